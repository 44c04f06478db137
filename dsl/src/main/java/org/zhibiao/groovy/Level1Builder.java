package org.zhibiao.groovy;

import java.util.Map;
import java.util.function.Consumer;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Level1;

/** Builds a {@link Level1} from {@code level1(name, required: …, weight: …) { … }}, for templates and additions. */
final class Level1Builder {

    private Level1Builder() {}

    static Level1 build(DslContext ctx, Map<String, ?> options, String name, Consumer<Level1Spec> body) {
        Position at = ctx.here();
        Options o = Options.of(ctx, options, Key.REQUIRED, Key.WEIGHT);
        String checked = ctx.name(name, "level1");
        Boolean required = ctx.bool(o.get(Key.REQUIRED), "required");
        Level1Spec spec = new Level1Spec(ctx);
        body.accept(spec);
        return new Level1(checked, required, ctx.decimal(o.get(Key.WEIGHT), "weight"), spec.children(), at);
    }
}
