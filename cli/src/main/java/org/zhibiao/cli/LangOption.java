package org.zhibiao.cli;

import org.zhibiao.diag.Lang;
import picocli.CommandLine.Option;

/** {@code --lang zh|en}: Chinese messages for finance clerks by default, English for engineers. */
final class LangOption {

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of messages: zh (default) or en.", converter = LangConverter.class)
    Lang lang = Lang.ZH;

    static final class LangConverter implements picocli.CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            return switch (value.toLowerCase()) {
                case "zh", "cn", "zh-cn" -> Lang.ZH;
                case "en" -> Lang.EN;
                default -> throw new picocli.CommandLine.TypeConversionException("zh or en expected, not " + value);
            };
        }
    }
}
