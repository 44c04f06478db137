package org.zhibiao.groovy;

/**
 * The body of {@code slot} and {@code fill}: the rows a slot offers when the department gives
 * none, e.g. {@code fill('core-output') { ref '出警率', target: '=100%' }}.
 *
 * @since 0.1
 */
public final class SlotSpec extends EntriesSpec {

    SlotSpec(DslContext ctx) {
        super(ctx);
    }
}
