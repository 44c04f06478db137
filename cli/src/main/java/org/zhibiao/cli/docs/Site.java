package org.zhibiao.cli.docs;

import java.util.SortedMap;
import java.util.TreeMap;
import org.zhibiao.catalogue.Catalogue;

/**
 * The reference of a catalogue (DESIGN.md: docs derived from the model): Markdown pages — index,
 * one per template with its resolved indicator tree, one per library, the checker's rules — and one
 * self-contained HTML page with search. The same catalogue always gives the same bytes.
 */
public final class Site {

    /** The file a browser opens. */
    public static final String HTML = "index.html";

    private Site() {}

    /** Every page, by its path relative to the site root ({@code templates/hubei/public-security@2024.1.md}). */
    public static SortedMap<String, String> of(Catalogue catalogue) {
        Reference ref = new Reference(catalogue);
        SortedMap<String, String> site = new TreeMap<>();
        new MarkdownPages(ref).addTo(site);
        site.put(HTML, new HtmlPage(ref).render());
        return site;
    }
}
