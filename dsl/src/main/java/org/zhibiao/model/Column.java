package org.zhibiao.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.zhibiao.diag.Position;

/**
 * One column of a form's indicator table, as the template declares it (DESIGN.md, "columns are
 * data"). The same declaration drives the YAML and JSON key of the value ({@code id}), the CSV
 * and workbook header a reader looks for ({@code header}, {@code aliases}), the schema's property,
 * the docs and the rules that ask whether the form has the column. A new province's layout is a
 * template file, not Java.
 *
 * <p>A template may write a column as a bare word: one of the standard value columns by its
 * printed name (前年, 上年, 指标值, 半年指标值, 全年指标值), which is what every template wrote
 * before columns were declared; {@code StandardColumns} expands it.
 *
 * @param id the key of the value in a declaration row ({@code target}, {@code basis}, {@code nature})
 * @param header the header the form prints (指标值, 指标性质)
 * @param aliases other headers provinces print for the same column (度量单位 for 计量单位)
 * @param type what the cells hold; text when absent
 * @param values the allowed values of a choice column, in the form's order
 * @param preset the value a new row gets ({@code default:} in a template)
 * @param required whether every filled row must give it
 * @param parts for a 指标值 the form prints in several cells (operator | number | unit), those
 *     cells in order; empty when it prints one cell ({@code ≥95%})
 * @param width the printed width in characters, for the Office forms
 */
public record Column(
        @Required String id,
        String header,
        List<String> aliases,
        ColumnType type,
        List<String> values,
        @JsonProperty("default") String preset,
        Boolean required,
        List<Column> parts,
        Integer width,
        @JsonIgnore Position pos)
        implements Labelled {

    public Column {
        aliases = Lists.copy(aliases);
        values = Lists.copy(values);
        parts = Lists.copy(parts);
        pos = pos == null ? Position.NONE : pos;
    }

    /** A column with an id, a header and a type, as code builds one. */
    public static Column of(String id, String header, ColumnType type) {
        return new Column(id, header, List.of(), type, List.of(), null, null, List.of(), null, Position.NONE);
    }

    /** The header the form prints, or the id when the template gives none. */
    @Override
    @JsonIgnore
    public String label() {
        return header == null || header.isEmpty() ? id : header;
    }

    /** The column's type, text when the template gives none. */
    @JsonIgnore
    public ColumnType kind() {
        return type == null ? ColumnType.TEXT : type;
    }

    @JsonIgnore
    public boolean isRequired() {
        return Boolean.TRUE.equals(required);
    }

    /** Whether a printed header names this column: its header, an alias or its id. */
    public boolean answersTo(String printed) {
        // 岳阳楼区 marks the columns it requires with a star: *指标值, ＊指标解释
        String h = printed.strip().replaceFirst("^[*＊]+\\s*", "");
        return h.equals(label()) || h.equals(id) || aliases.contains(h);
    }

    public Column withPreset(String value) {
        return new Column(id, header, aliases, type, values, value, required, parts, width, pos);
    }

    public Column withValues(List<String> choices) {
        return new Column(id, header, aliases, type, choices, preset, required, parts, width, pos);
    }
}
