package org.zhibiao.yaml;

import java.util.List;
import java.util.Map;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Text;

/**
 * A located document node: what the strict reader builds from YAML or JSON before binding it to
 * the model. Keeping positions here is what lets every model node carry its own.
 */
sealed interface Node permits Node.Mapping, Node.Sequence, Node.Scalar, Node.Null {

    Position pos();

    /** A human word for the node's shape, used in wrong-type messages. */
    String shape(boolean chinese);

    /**
     * A mapping with its keys in document order; each key keeps its own position. The map is the
     * reader's own, handed over once and never changed, so it is not copied (#7: reading cost).
     */
    record Mapping(Map<String, Entry> entries, Position pos) implements Node {

        @Override
        public String shape(boolean chinese) {
            return Text.WORD_MAPPING.template(chinese ? Lang.ZH : Lang.EN);
        }
    }

    /** One key of a mapping. */
    record Entry(String key, Position keyPos, Node value) {}

    record Sequence(List<Node> items, Position pos) implements Node {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String shape(boolean chinese) {
            return Text.WORD_LIST.template(chinese ? Lang.ZH : Lang.EN);
        }
    }

    /**
     * A scalar exactly as written; {@code quoted} tells a typed {@code "2024"} from a plain one.
     *
     * @param text the scalar's text; numbers keep their spelling ({@code 0101} stays {@code 0101})
     * @param number whether the reader saw a plain number
     */
    record Scalar(String text, boolean number, Position pos) implements Node {
        @Override
        public String shape(boolean chinese) {
            return (number ? Text.WORD_NUMBER : Text.WORD_TEXT).template(chinese ? Lang.ZH : Lang.EN);
        }
    }

    record Null(Position pos) implements Node {
        @Override
        public String shape(boolean chinese) {
            return Text.WORD_NULL.template(chinese ? Lang.ZH : Lang.EN);
        }
    }
}
