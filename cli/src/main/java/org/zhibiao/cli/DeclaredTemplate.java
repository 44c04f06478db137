package org.zhibiao.cli;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.zhibiao.catalogue.Catalogue;
import org.zhibiao.catalogue.TemplateIds;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.DidYouMean;
import org.zhibiao.diag.Hint;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Text;
import org.zhibiao.resolve.Resolver;

/**
 * The rule for a template reference written in a department's document (issue 13 §1): it names a
 * template of the catalogue by id, or it is refused before any file is opened. A declaration that
 * could name {@code ./evil.groovy} would run its own code in {@code zhibiao check}, one that could
 * name {@code ./mine.yaml} would check itself against rules it switched off.
 */
final class DeclaredTemplate {

    private static final List<String> SOURCE_EXTENSIONS = List.of(".yaml", ".yml", ".json", ".groovy");

    private DeclaredTemplate() {}

    /** Why {@code reference} names no template of {@code catalogue}, at {@code at}; or null when it does. */
    static Diagnostic refusal(String reference, Catalogue catalogue, Supplier<Position> at) {
        if (reference == null || reference.isBlank()) {
            return Problem.MISSING_KEY.at(at.get(), "template");
        }
        if (!TemplateIds.isReference(reference)) {
            // a file name that is an id once its path and extension are gone suggests that very id
            String id = asId(reference);
            Hint nearest = catalogue.ids().contains(id) ? Hint.didYouMean(id) : DidYouMean.hint(id, catalogue.ids());
            Text why = looksLikeFile(reference) ? Text.TEMPLATE_REF_FILE : Text.TEMPLATE_REF_MALFORMED;
            return refuse(reference, at, why, nearest);
        }
        String[] parts = Resolver.splitReference(reference);
        if (catalogue.template(parts[0], parts[1]).isPresent()) {
            return null;
        }
        List<String> versions = catalogue.versions(parts[0]);
        if (!versions.isEmpty()) {
            return refuse(reference, at, Text.TEMPLATE_REF_VERSIONS, Hint.NONE, String.join(", ", versions));
        }
        return refuse(reference, at, Text.TEMPLATE_REF_MISSING, DidYouMean.hint(parts[0], catalogue.ids()));
    }

    /** A path, a file name or something with a source extension: said so, so a clerk knows why. */
    static boolean looksLikeFile(String reference) {
        String lower = reference.toLowerCase(Locale.ROOT);
        return lower.startsWith(".")
                || lower.startsWith("/")
                || lower.startsWith("~")
                || lower.contains("\\")
                || lower.contains("/.")
                || lower.matches("^[a-z]:.*")
                || SOURCE_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /** What the clerk probably meant: {@code ./hubei/public-security.yaml} → {@code hubei/public-security}. */
    private static String asId(String reference) {
        String id = reference
                .strip()
                .replace('\\', '/')
                .replaceFirst("^(\\./)+", "")
                .toLowerCase(Locale.ROOT);
        for (String extension : SOURCE_EXTENSIONS) {
            if (id.endsWith(extension)) {
                return id.substring(0, id.length() - extension.length());
            }
        }
        return id;
    }

    private static Diagnostic refuse(String reference, Supplier<Position> at, Text why, Hint hint, Object... args) {
        return Problem.TEMPLATE_NOT_IN_CATALOGUE
                .at(at.get(), new Object[] {reference, why.format(Lang.ZH, args)}, new Object[] {
                    reference, why.format(Lang.EN, args)
                })
                .withHint(hint);
    }
}
