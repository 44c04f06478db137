package org.zhibiao.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.zhibiao.diag.Lang;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang zh|en}: Chinese messages for finance clerks by default, English for engineers. */
final class LangOption {

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", converter = LangConverter.class)
    Lang lang = Lang.ZH;

    /**
     * The language the arguments ask for, read before picocli parses them: a usage error and the
     * help must speak it although parsing failed or never reached the option (#17). The last
     * {@code --lang} wins, as it does in picocli; an unknown value means Chinese.
     */
    static Lang scan(String[] args) {
        return scan(args, Lang.ZH);
    }

    /** As {@link #scan(String[])}, with {@code otherwise} when the arguments name no language. */
    static Lang scan(String[] args, Lang otherwise) {
        Lang lang = otherwise;
        for (int i = 0; args != null && i < args.length; i++) {
            String value = null;
            if ("--lang".equals(args[i]) && i + 1 < args.length) {
                value = args[++i];
            } else if (args[i] != null && args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            } else if ("--".equals(args[i])) {
                break;
            }
            if (value != null) {
                lang = parse(value) == Lang.EN ? Lang.EN : Lang.ZH;
            }
        }
        return lang;
    }

    /**
     * The arguments with the {@code --lang} options written before the command moved behind it, so
     * that {@code zhibiao --lang en check x} runs as {@code zhibiao check --lang en x} (#17); behind
     * the subcommand of a group ({@code zhibiao --lang en catalogue list} as {@code catalogue list
     * --lang en}: the group itself takes no {@code --lang}). Before a command that takes no
     * {@code --lang} ({@code help}, completion, a group alone) or before none they are dropped:
     * {@link #scan} has already read the language from the arguments as typed.
     *
     * @param groups the subcommands of each command that has them, by the command's name
     */
    static String[] behindCommand(
            String[] args, Set<String> commands, Set<String> withoutLang, Map<String, Set<String>> groups) {
        List<String> lang = leading(args);
        if (lang.isEmpty()) {
            return args;
        }
        int i = lang.size();
        List<String> out = new ArrayList<>();
        if (i < args.length && commands.contains(args[i])) {
            String command = args[i++];
            out.add(command);
            if (i < args.length && groups.getOrDefault(command, Set.of()).contains(args[i])) {
                out.add(args[i++]);
                out.addAll(lang);
            } else if (!withoutLang.contains(command) && !groups.containsKey(command)) {
                out.addAll(lang);
            }
        }
        out.addAll(Arrays.asList(args).subList(i, args.length));
        return out.toArray(new String[0]);
    }

    /** The {@code --lang} options at the start of {@code args}, one element per argument. */
    private static List<String> leading(String[] args) {
        List<String> lang = new ArrayList<>();
        int i = 0;
        while (i < args.length && args[i] != null) {
            if ("--lang".equals(args[i]) && i + 1 < args.length) {
                lang.addAll(List.of(args[i], args[i + 1]));
                i += 2;
            } else if (args[i].startsWith("--lang=")) {
                lang.add(args[i]);
                i++;
            } else {
                break;
            }
        }
        return lang;
    }

    /** The language a value names, or null when it names none. */
    static Lang parse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "zh", "cn", "zh-cn" -> Lang.ZH;
            case "en" -> Lang.EN;
            default -> null;
        };
    }

    static final class LangConverter implements ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            Lang lang = parse(value);
            if (lang == null) {
                // the message is not shown: UsageErrors reports the value against the option's label
                throw new TypeConversionException("zh|en");
            }
            return lang;
        }
    }
}
