package org.zhibiao.cli;

import java.util.Locale;
import org.zhibiao.diag.Lang;
import picocli.CommandLine.Option;

/** {@code --lang zh|en}: Chinese messages for finance clerks by default, English for engineers. */
final class LangOption {

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of messages: zh (default) or en.", converter = LangConverter.class)
    Lang lang = Lang.ZH;

    /**
     * The language the arguments ask for, read before picocli parses them: a usage error and the
     * help must speak it although parsing failed or never reached the option (#17). The last
     * {@code --lang} wins, as it does in picocli; an unknown value means Chinese.
     */
    static Lang scan(String[] args) {
        Lang lang = Lang.ZH;
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

    /** The language a value names, or null when it names none. */
    static Lang parse(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "zh", "cn", "zh-cn" -> Lang.ZH;
            case "en" -> Lang.EN;
            default -> null;
        };
    }

    static final class LangConverter implements picocli.CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            Lang lang = parse(value);
            if (lang == null) {
                // the message is not shown: UsageErrors reports the value against the option's label
                throw new picocli.CommandLine.TypeConversionException("zh|en");
            }
            return lang;
        }
    }
}
