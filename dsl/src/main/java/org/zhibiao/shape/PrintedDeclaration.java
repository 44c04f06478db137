package org.zhibiao.shape;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhibiao.compile.Compiler;
import org.zhibiao.diag.Position;
import org.zhibiao.model.Contact;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Origin;
import org.zhibiao.model.Profile;
import org.zhibiao.model.Project;
import org.zhibiao.model.Row;
import org.zhibiao.model.Table;
import org.zhibiao.model.Template;
import org.zhibiao.resolve.IndicatorIndex;
import org.zhibiao.sheet.SheetCell;

/**
 * The declaration fields a printed form shows in its header block, both ways: which label fills
 * which field when a form is read, and the lines a writer prints so that they read back.
 */
public final class PrintedDeclaration {

    private static final List<String> DEPARTMENT = List.of("部门（单位）名称", "单位名称", "部门名称", "填报单位");

    private PrintedDeclaration() {}

    /**
     * The declaration a printed form (CSV, workbook) holds, read by {@code template}: its tables and
     * header block, with the template's own rows known again ({@link #attached}). Every reader of a
     * printed form comes through here, so {@code check}, {@code convert} and {@code upgrade} see
     * the same rows: a fixed row such as Hubei's 联系部门满意度 is the template's, not the
     * department's, wherever the form was read (issue 14).
     */
    public static Declaration read(Template template, LayoutReader.Read read, Position at) {
        Declaration printed = of(template.reference(), read, at);
        // the starter names no library entry of its own: an empty index is all a bare profile needs
        Declaration starter = Compiler.compile(template, Profile.of(null, null), null, new IndicatorIndex(List.of()))
                .value();
        return starter == null ? printed : attached(printed, starter);
    }

    /** A declaration of {@code template} with the tables and header block read from a printed form. */
    public static Declaration of(String template, LayoutReader.Read read, Position at) {
        Map<String, SheetCell> h = read.header();
        String department = first(h, DEPARTMENT);
        String project = first(h, List.of("项目名称"));
        String preparer = first(h, List.of("联系人", "填报人"));
        String phone = first(h, List.of("联系电话", "电话"));
        String date = first(h, List.of("填报日期"));
        String yearText = first(h, List.of("年度"));
        Integer year = null;
        if (yearText != null && yearText.replaceAll("[年度\\s]", "").matches("\\d{4}")) {
            year = Integer.valueOf(yearText.replaceAll("[年度\\s]", ""));
        }
        Contact contact = preparer == null && phone == null && date == null
                ? null
                : new Contact(preparer, phone, date, Position.NONE);
        List<Project> projects = project == null
                ? null
                : List.of(new Project(
                        project, null, null, null, null, null, h.get("项目名称").pos()));
        return new Declaration(
                template,
                department,
                null,
                year,
                null,
                contact,
                null,
                null,
                null,
                null,
                projects,
                null,
                read.tables(),
                at);
    }

    /**
     * A declaration read from a printed form with its template rows known again: a CSV prints no
     * {@code ref}, {@code origin} or {@code slot}, so every row read from it looks typed by a person,
     * and an upgrade would keep each as the department's own row beside the template's new one. A
     * row whose 一级 › 二级 › 三级 is a template row of {@code starter} (the template's own starter,
     * compiled with no profile) takes that row's ref, origin and slot; its values stay as read.
     */
    public static Declaration attached(Declaration read, Declaration starter) {
        Map<String, Row> standard = new HashMap<>();
        for (Table t : starter.tables()) {
            for (Row r : t.rows()) {
                if (r.origin() == Origin.TEMPLATE && r.level3() != null) {
                    standard.putIfAbsent(key(t, r), r);
                }
            }
        }
        List<Table> tables = new ArrayList<>();
        for (Table t : read.tables()) {
            List<Row> rows = new ArrayList<>();
            for (Row r : t.rows()) {
                Row known = r.ref() == null ? standard.get(key(t, r)) : null;
                rows.add(known == null ? r : r.attachedTo(known.ref(), known.origin(), known.slot()));
            }
            tables.add(new Table(t.name(), rows, t.pos()));
        }
        return read.atStage(read.stage(), read.funds(), read.goals(), tables);
    }

    private static String key(Table t, Row r) {
        return t.name() + "\u0000" + r.level1() + "\u0000" + r.level2() + "\u0000" + r.level3();
    }

    /**
     * The header block lines of a declaration, {@code 标签：值}, for the fields it has: first the
     * template it was written for ({@link HeaderBlock#TEMPLATE}), so that the CSV reads back, is
     * checked and upgraded without {@code --template}, as a workbook zhibiao wrote is.
     */
    public static List<String> lines(Declaration d) {
        List<String> out = new ArrayList<>();
        add(out, HeaderBlock.TEMPLATE, d.template());
        add(out, DEPARTMENT.get(1), d.department());
        if (d.projects().size() == 1) {
            add(out, "项目名称", d.projects().get(0).name());
        }
        add(out, "年度", d.year() == null ? null : d.year().toString());
        if (d.contact() != null) {
            add(out, "联系人", d.contact().preparer());
            add(out, "联系电话", d.contact().phone());
            add(out, "填报日期", d.contact().date());
        }
        return out;
    }

    private static void add(List<String> out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.add(label + "：" + value);
        }
    }

    private static String first(Map<String, SheetCell> h, List<String> labels) {
        for (String label : labels) {
            SheetCell c = h.get(label);
            if (c != null && !c.text().isBlank()) {
                return c.text().strip();
            }
        }
        return null;
    }
}
