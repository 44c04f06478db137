package org.zhibiao.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhibiao.check.Message;
import org.zhibiao.check.Rule;
import org.zhibiao.check.Rules;
import org.zhibiao.score.ScoreFindings;

/**
 * The message catalogue (#17): every entry has Chinese and English text with the same
 * placeholders, so neither language can print a raw {@code %s} or drop an argument; {@link Text}
 * keys are unique and sorted so that parallel additions merge line by line.
 */
class MessageCatalogueTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("%(?:(\\d+)\\$)?([a-zA-Z%])");

    @Test
    void every_entry_has_both_languages_with_the_same_placeholders() throws Exception {
        Map<String, String[]> entries = entries();

        assertThat(entries).hasSizeGreaterThan(100);
        entries.forEach((name, text) -> {
            assertThat(text[0]).as(name + " zh").isNotBlank();
            assertThat(text[1]).as(name + " en").isNotBlank();
            assertThat(placeholders(text[1]))
                    .as(name + ": " + text[0] + " | " + text[1])
                    .isEqualTo(placeholders(text[0]));
        });
    }

    @Test
    void text_keys_are_unique_and_sorted() {
        List<String> keys = Arrays.stream(Text.values()).map(Text::key).toList();
        assertThat(keys).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void placeholders_compare_by_argument_not_by_position_in_the_sentence() {
        assertThat(placeholders("“%s”的占比 %s%%")).isEqualTo(placeholders("the share %2$s%% of '%1$s'"));
        assertThat(placeholders("%s 与 %s")).isNotEqualTo(placeholders("%s"));
        assertThat(placeholders("%n命令：%n")).isEqualTo(placeholders("%nCommands:%n"));
    }

    /**
     * What each argument index is formatted as: {@code %s %s} and {@code %2$s %1$s} both use
     * arguments 1 and 2 as strings. Line breaks and percent signs are no arguments.
     */
    static Map<Integer, Set<Character>> placeholders(String template) {
        Map<Integer, Set<Character>> used = new TreeMap<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int next = 1;
        while (m.find()) {
            char conversion = m.group(2).charAt(0);
            if (conversion == 'n' || conversion == '%') {
                continue;
            }
            int index = m.group(1) != null ? Integer.parseInt(m.group(1)) : next++;
            used.computeIfAbsent(index, i -> new HashSet<>()).add(Character.toLowerCase(conversion));
        }
        return used;
    }

    /** Every catalogue entry by name: zh and en text. */
    static Map<String, String[]> entries() throws Exception {
        Map<String, String[]> entries = new TreeMap<>();
        for (Problem p : Problem.values()) {
            entries.put("Problem." + p, new String[] {p.template(Lang.ZH), p.template(Lang.EN)});
        }
        for (Text t : Text.values()) {
            entries.put("Text." + t, new String[] {t.template(Lang.ZH), t.template(Lang.EN)});
        }
        for (String type :
                List.of("org.zhibiao.groovy.GroovyProblem", "org.zhibiao.target.Reason", "org.zhibiao.diff.What")) {
            for (Object constant : Class.forName(type).getEnumConstants()) {
                entries.put(type + "." + constant, new String[] {field(constant, "zh"), field(constant, "en")});
            }
        }
        for (Message m : ruleMessages()) {
            entries.put("Message." + m.code() + "." + m.zh(), new String[] {m.zh(), m.en()});
        }
        for (Message m : messagesOf(ScoreFindings.class)) {
            entries.put("Message." + m.code() + "." + m.zh(), new String[] {m.zh(), m.en()});
        }
        for (Rule r : Rules.all()) {
            entries.put("explain." + r.code(), new String[] {r.explain(Lang.ZH), r.explain(Lang.EN)});
        }
        for (Severity s : Severity.values()) {
            entries.put("Severity." + s, new String[] {s.label(Lang.ZH), s.label(Lang.EN)});
        }
        return entries;
    }

    /** The {@code static final Message} constants of the checker's rule classes. */
    private static List<Message> ruleMessages() throws IOException, ReflectiveOperationException {
        List<Message> messages = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/zhibiao/check"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().replace(".java", "");
                Class<?> type = Class.forName("org.zhibiao.check." + name);
                for (Field f : type.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) && f.getType() == Message.class) {
                        f.setAccessible(true);
                        messages.add((Message) f.get(null));
                    }
                }
            }
        }
        assertThat(messages).hasSizeGreaterThan(50);
        return messages;
    }

    /** The {@code static final Message} constants of one class. */
    private static List<Message> messagesOf(Class<?> type) throws ReflectiveOperationException {
        List<Message> messages = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Message.class) {
                messages.add((Message) f.get(null));
            }
        }
        return messages;
    }

    private static String field(Object owner, String name) throws ReflectiveOperationException {
        Field f = owner.getClass().getDeclaredField(name);
        f.setAccessible(true);
        return (String) f.get(owner);
    }
}
