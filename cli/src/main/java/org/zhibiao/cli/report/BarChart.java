package org.zhibiao.cli.report;

import java.util.List;
import org.zhibiao.cli.docs.Html;

/**
 * A horizontal bar chart as inline SVG: one bar per label, its count written after it. No script,
 * no font or image to fetch, so the page stays self-contained under its content security policy.
 */
final class BarChart {

    /** One bar. */
    record Bar(String label, long count) {}

    private static final int LABEL = 120;
    private static final int BARS = 360;
    private static final int ROW = 24;

    private BarChart() {}

    /** The SVG element; {@code id} names it, {@code title} is read out by screen readers. */
    static String svg(String id, String title, List<Bar> bars) {
        long max = bars.stream().mapToLong(Bar::count).max().orElse(0);
        int height = ROW * bars.size() + 8;
        StringBuilder out = new StringBuilder();
        out.append("<svg id=\"")
                .append(id)
                .append("\" class=\"chart\" role=\"img\"")
                .append(" width=\"")
                .append(LABEL + BARS + 60)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(LABEL + BARS + 60)
                .append(' ')
                .append(height)
                .append("\">")
                .append("<title>")
                .append(Html.esc(title))
                .append("</title>");
        int y = 4;
        for (Bar bar : bars) {
            long width = max == 0 ? 0 : Math.max(bar.count() > 0 ? 1 : 0, bar.count() * BARS / max);
            out.append("<text x=\"")
                    .append(LABEL - 6)
                    .append("\" y=\"")
                    .append(y + 16)
                    .append("\" text-anchor=\"end\">")
                    .append(Html.esc(bar.label()))
                    .append("</text>")
                    .append("<rect class=\"bar\" x=\"")
                    .append(LABEL)
                    .append("\" y=\"")
                    .append(y + 3)
                    .append("\" width=\"")
                    .append(width)
                    .append("\" height=\"")
                    .append(ROW - 6)
                    .append("\"/>")
                    .append("<text x=\"")
                    .append(LABEL + width + 6)
                    .append("\" y=\"")
                    .append(y + 16)
                    .append("\">")
                    .append(bar.count())
                    .append("</text>");
            y += ROW;
        }
        return out.append("</svg>").toString();
    }
}
