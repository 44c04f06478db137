package org.zhibiao.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.zhibiao.diag.Severity;

/** The built-in rule codes are one enum, and every message of a built-in rule uses a code of it (issue 17). */
class RuleCodeTest {

    private static final Set<String> CODES =
            Arrays.stream(RuleCode.values()).map(RuleCode::code).collect(Collectors.toSet());

    @Test
    void a_code_is_its_constant_in_kebab_case() {
        assertThat(RuleCode.FUNDS_SUM.code()).isEqualTo("funds-sum");
        assertThat(RuleCode.RATE_ABOVE_100.code()).isEqualTo("rate-above-100");
        assertThat(RuleCode.LEVEL1_NOT_IN_TABLE.code()).isEqualTo("level1-not-in-table");
        assertThat(CODES).allSatisfy(code -> assertThat(code).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"));
    }

    @Test
    void every_built_in_rule_has_a_code_of_the_enum() {
        assertThat(Rules.all()).allSatisfy(rule -> assertThat(CODES).contains(rule.code()));
    }

    @Test
    void every_message_of_the_rules_has_a_code_of_the_enum_and_every_code_a_message() throws Exception {
        // given: the Message constants of every class beside the rules (check and score)
        Set<String> used = new TreeSet<>();
        for (Class<?> type : classes("org.zhibiao.check", "org.zhibiao.score")) {
            used.addAll(messageCodes(type));
        }
        // then: the enum is exactly the codes the messages use, none missing, none left over
        assertThat(used).isNotEmpty();
        assertThat(new TreeSet<>(CODES)).isEqualTo(used);
    }

    @Test
    void a_message_made_from_a_code_prints_that_code() {
        // given
        Message message = new Message(RuleCode.WEIGHTS, Severity.ERROR, "甲", "a");
        // then
        assertThat(message.code()).isEqualTo("weights");
    }

    @Test
    void no_built_in_message_spells_its_code_as_a_string() throws IOException {
        // given: the main sources of the packages whose rules report built-in findings
        Path sources = Path.of("src/main/java/org/zhibiao");
        List<String> spelled = new ArrayList<>();
        for (String folder : List.of("check", "score")) {
            try (Stream<Path> files = Files.list(sources.resolve(folder))) {
                for (Path file :
                        files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    if (STRING_CODE.matcher(Files.readString(file)).find()) {
                        spelled.add(file.getFileName().toString());
                    }
                }
            }
        }
        // then: every Message names a RuleCode constant, so a typo is a compile error
        assertThat(spelled).isEmpty();
    }

    private static final Pattern STRING_CODE = Pattern.compile("new Message\\(\\s*\"");

    private static List<String> messageCodes(Class<?> type) throws IllegalAccessException {
        List<String> codes = new ArrayList<>();
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Message.class) {
                field.setAccessible(true);
                codes.add(((Message) field.get(null)).code());
            }
        }
        return codes;
    }

    /** The classes compiled from a package's main sources, nested ones included. */
    private static List<Class<?>> classes(String... packages)
            throws IOException, URISyntaxException, ClassNotFoundException {
        // the main classes' folder, not the first on the class path (the tests share the package)
        Path main = Path.of(Message.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> out = new ArrayList<>();
        for (String name : packages) {
            Path folder = main.resolve(name.replace('.', '/'));
            List<Path> files;
            try (Stream<Path> listed = Files.list(folder)) {
                files = listed.filter(p -> p.toString().endsWith(".class")).toList();
            }
            for (Path file : files) {
                String simple = file.getFileName().toString().replace(".class", "");
                out.add(Class.forName(name + "." + simple, false, Message.class.getClassLoader()));
            }
        }
        return out;
    }
}
