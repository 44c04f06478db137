package org.zhibiao.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Text;

/**
 * picocli's usage-help strings in the user's language, taken from the message catalogue (#17):
 * the section headings ({@code 用法：}, {@code 选项：}, {@code 命令：}) and the standard help and
 * version options. A bundle built in code, so help costs no properties file read at start-up.
 */
final class HelpTexts extends ResourceBundle {

    private static final Map<String, Text> KEYS = Map.of(
            "usage.synopsisHeading", Text.HELP_USAGE,
            "usage.optionListHeading", Text.HELP_OPTIONS,
            "usage.commandListHeading", Text.HELP_COMMANDS,
            "usage.parameterListHeading", Text.HELP_PARAMETERS,
            "mixinStandardHelpOptions.help", Text.HELP_HELP,
            "mixinStandardHelpOptions.version", Text.HELP_VERSION);

    private final Lang lang;

    HelpTexts(Lang lang) {
        this.lang = lang;
    }

    /** The raw template: picocli fills the {@code %n} of the headings itself. */
    @Override
    protected Object handleGetObject(String key) {
        Text text = KEYS.get(key);
        return text == null ? null : text.template(lang);
    }

    @Override
    protected Set<String> handleKeySet() {
        return KEYS.keySet();
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(KEYS.keySet());
    }
}
