package org.zhibiao.yaml;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;

/**
 * Finds YAML anchors, aliases and explicit tags at the event level, where every one of them has
 * a mark. Jackson's parser reports anchors on collections but not on scalars, so this pass
 * backs it up; it runs only when the text contains {@code &}, {@code *} or {@code !} at all,
 * which keeps it off the hot path for ordinary files.
 */
final class AnchorScan {

    private AnchorScan() {}

    static boolean mayContain(String text) {
        return text.indexOf('&') >= 0 || text.indexOf('*') >= 0 || text.indexOf('!') >= 0;
    }

    /** Reports the first anchor, alias or tag; true when there was none. */
    static boolean clean(String file, String text, Diagnostics out) {
        LoadSettings settings = LoadSettings.builder().build();
        ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
        try {
            while (parser.hasNext()) {
                Event event = parser.next();
                String found = feature(event);
                if (found != null) {
                    Position at = position(file, event.getStartMark());
                    out.report(found.startsWith("!") ? Problem.TAG : Problem.ANCHOR, at, found);
                    return false;
                }
            }
        } catch (YamlEngineException e) {
            return true; // a syntax error: the main reader reports it with its own position
        }
        return true;
    }

    private static String feature(Event event) {
        if (event instanceof AliasEvent alias) {
            return "*" + alias.getAlias().getValue();
        }
        if (event instanceof NodeEvent node && node.getAnchor().isPresent()) {
            return "&" + node.getAnchor().get().getValue();
        }
        Optional<String> tag = event instanceof ScalarEvent s
                ? s.getTag()
                : event instanceof CollectionStartEvent c ? c.getTag() : Optional.empty();
        return tag.map(t -> t.startsWith("!") ? t : "!" + t).orElse(null);
    }

    private static Position position(String file, Optional<Mark> mark) {
        return mark.map(m -> Position.of(file, m.getLine() + 1, m.getColumn() + 1))
                .orElse(Position.of(file, 1, 1));
    }
}
