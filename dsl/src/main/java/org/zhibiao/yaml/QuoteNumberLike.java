package org.zhibiao.yaml;

import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Quotes every string another YAML reader could take for a number: versions ({@code "2024.1"}
 * would become 2024.1, and {@code "2024.10"} 2024.1), unit codes with leading zeros, phone
 * numbers. Text that starts like a number is quoted; the rest stays plain and readable.
 */
final class QuoteNumberLike extends StringQuotingChecker.Default {

    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteValue(String value) {
        if (super.needToQuoteValue(value)) {
            return true;
        }
        if (value.isEmpty()) {
            return true;
        }
        char first = value.charAt(0);
        return Character.isDigit(first)
                || first == '+'
                || first == '-'
                || first == '.'
                || ".inf".equalsIgnoreCase(value)
                || ".nan".equalsIgnoreCase(value);
    }
}
