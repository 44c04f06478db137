package org.zhibiao.groovy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhibiao.diag.DidYouMean;

/**
 * The named arguments of one DSL call, read by {@link Key}; a key the call does not take is
 * reported at the call with a "did you mean" hint, so a typo is never silently a new key.
 */
final class Options {

    private final Map<String, ?> map;

    Options(DslContext ctx, Map<String, ?> map, Set<Key> allowed) {
        this.map = map == null ? Map.of() : map;
        for (Object key : this.map.keySet()) {
            if (!isAllowed(String.valueOf(key), allowed)) {
                List<String> names = names(allowed);
                ctx.report(GroovyProblem.UNKNOWN_OPTION.hinted(
                        ctx.here(), DidYouMean.hint(key.toString(), names), key, String.join(", ", names)));
            }
        }
    }

    static Options of(DslContext ctx, Map<String, ?> map, Key first, Key... rest) {
        return new Options(ctx, map, EnumSet.of(first, rest));
    }

    Object get(Key key) {
        Object value = map.get(key.en);
        return value != null ? value : map.get(key.zh);
    }

    String text(Key key) {
        return DslContext.text(get(key));
    }

    private static boolean isAllowed(String name, Set<Key> allowed) {
        return allowed.stream().anyMatch(k -> k.en.equals(name) || k.zh.equals(name));
    }

    private static List<String> names(Set<Key> allowed) {
        List<String> out = new ArrayList<>();
        allowed.forEach(k -> {
            out.add(k.en);
            out.add(k.zh);
        });
        return out;
    }
}
