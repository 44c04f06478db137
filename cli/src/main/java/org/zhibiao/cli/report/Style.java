package org.zhibiao.cli.report;

/** The review page's style sheet, inlined: the page may fetch nothing, not even its own CSS. */
final class Style {

    static final String CSS = """
            body{font-family:system-ui,sans-serif;margin:2em auto;max-width:1100px;padding:0 1em;color:#222}
            table{border-collapse:collapse;margin:1em 0}
            th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left;vertical-align:top}
            th{background:#f2f2f2}
            td.n{text-align:right}
            tr.unusable td{background:#fde8e8}
            .charts{display:flex;flex-wrap:wrap;gap:2em}
            figure{margin:0}
            .chart text{font-size:13px;fill:#222}
            .chart rect.bar{fill:#4a78b5}
            section{border-top:1px solid #ddd;margin-top:1em}
            p.file{color:#555}
            li.error b{color:#b00}
            li.warning b{color:#a60}
            li.info b{color:#357}
            li:target{background:#ffc}
            """;

    private Style() {}
}
