package org.zhibiao.upgrade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhibiao.compile.Compiler;
import org.zhibiao.diag.Diagnostic;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import org.zhibiao.diff.Difference;
import org.zhibiao.diff.RowPairs;
import org.zhibiao.diff.TemplateDiff;
import org.zhibiao.model.Declaration;
import org.zhibiao.model.Entry;
import org.zhibiao.model.Function;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Level2;
import org.zhibiao.model.Profile;
import org.zhibiao.model.Slot;
import org.zhibiao.model.Table;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.Template;
import org.zhibiao.resolve.IndicatorIndex;

/**
 * Carries a filled declaration from the template version it was compiled from to another one
 * ({@code zhibiao upgrade}): whatever the department wrote stays, standard rows follow the new
 * template, removed rows are listed, new required slots appear as rows to fill, and a value the
 * department typed on a row whose meaning changed is kept and reported as a conflict.
 *
 * <p>What a department typed is told from what the template supplied by compiling the old
 * template again with the declaration's own header: a value that differs from that starter was
 * typed. Which old row became which new row is the template diff's pairing ({@link RowPairs}), so
 * {@code catalogue diff} and {@code upgrade} agree on every rename, move and removal.
 */
public final class Upgrader {

    final Template older;
    final Template newer;
    final RowPairs pairs;
    final Map<List<String>, List<Difference>> changes = new HashMap<>();
    final Map<String, SlotPlace> olderSlots;
    final Map<String, SlotPlace> newerSlots;
    final Diagnostics out = new Diagnostics();
    final Tally tally = new Tally();
    /** The new slots already reported: a slot shown in two tables is one change. */
    final Set<String> announced = new HashSet<>();

    /** Where a slot stands in a template: its 一级 and the 二级 that holds it. */
    record SlotPlace(String level1, Level2 level2, Slot slot) {}

    /** How many rows an upgrade removed and added, and how many conflicts it found, for the summary. */
    public static final class Tally {
        int removed;
        int added;
        int conflicts;

        public int removed() {
            return removed;
        }

        public int added() {
            return added;
        }

        public int conflicts() {
            return conflicts;
        }
    }

    /**
     * The upgraded declaration and the findings that say what changed.
     *
     * @param declaration the upgraded declaration, null only when the templates do not compile
     * @param findings what changed, located in the declaration (or, for what is new, in the template)
     * @param tally the counts of the summary line
     */
    public record Upgrade(Declaration declaration, List<Diagnostic> findings, Tally tally) {}

    private Upgrader(Template older, Template newer) {
        this.older = older;
        this.newer = newer;
        this.pairs = RowPairs.between(older, newer);
        for (Difference d : TemplateDiff.between(older, newer)) {
            changes.computeIfAbsent(d.path(), k -> new ArrayList<>()).add(d);
        }
        this.olderSlots = slots(older);
        this.newerSlots = slots(newer);
    }

    /**
     * Carries {@code filled} from {@code older} to {@code newer}, with the findings that say what changed.
     *
     * @param filled the department's declaration, compiled from {@code older}
     * @param older the template version it names, resolved
     * @param olderIndex the libraries {@code older} draws on
     * @param newer the template version to carry it to, resolved
     * @param newerIndex the libraries {@code newer} draws on
     */
    public static Upgrade upgrade(
            Declaration filled, Template older, IndicatorIndex olderIndex, Template newer, IndicatorIndex newerIndex) {
        Upgrader upgrader = new Upgrader(older, newer);
        Profile header = header(filled);
        Result<Declaration> baseline = Compiler.compile(older, header, null, olderIndex);
        Result<Declaration> fresh = Compiler.compile(newer, header, null, newerIndex);
        if (baseline.value() == null || fresh.value() == null) {
            List<Diagnostic> why = new ArrayList<>(baseline.diagnostics());
            why.addAll(fresh.diagnostics());
            return new Upgrade(null, why, upgrader.tally);
        }
        Declaration upgraded = upgrader.declaration(filled, baseline.value(), fresh.value());
        List<Diagnostic> findings = new ArrayList<>(upgrader.out.list());
        String file = filled.pos().file();
        findings.sort(
                Comparator.comparing((Diagnostic d) -> !d.position().file().equals(file))
                        .thenComparingInt(d -> d.position().line())
                        .thenComparingInt(d -> d.position().column()));
        return new Upgrade(upgraded, findings, upgrader.tally);
    }

    /**
     * What the compiler needs of the declaration to build the same starter again: its header, with
     * no indicators of its own (slots then get their defaults or a row to fill, as in a starter).
     */
    private static Profile header(Declaration d) {
        List<Function> functions = d.functions().stream()
                .map(f -> new Function(f.name(), f.keyWork(), List.of(), f.pos()))
                .toList();
        return new Profile(
                d.department(),
                d.code(),
                d.year(),
                d.contact(),
                functions,
                d.tasks(),
                d.organisation(),
                d.funds(),
                d.projects(),
                d.goals(),
                List.of(),
                null,
                null);
    }

    private Declaration declaration(Declaration filled, Declaration baseline, Declaration fresh) {
        Map<String, Table> given = byName(filled.tables());
        Map<String, Table> base = byName(baseline.tables());
        Map<String, TableDef> newDefs = new LinkedHashMap<>();
        if (newer.form() != null) {
            newer.form().tables().forEach(t -> newDefs.putIfAbsent(t.name(), t));
        }
        Map<String, TableDef> oldDefs = new LinkedHashMap<>();
        if (older.form() != null) {
            older.form().tables().forEach(t -> oldDefs.putIfAbsent(t.name(), t));
        }
        List<Table> tables = new ArrayList<>();
        for (Table f : fresh.tables()) {
            Table d = given.get(f.name());
            tables.add(new TableUpgrade(this, oldDefs.get(f.name()), newDefs.get(f.name()))
                    .table(d, base.get(f.name()), f));
        }
        for (Table d : filled.tables()) {
            if (!newDefs.containsKey(d.name()) && !d.rows().isEmpty()) {
                out.add(Problem.UPGRADE_TABLE_REMOVED.at(
                        d.pos(), newer.reference(), d.name(), d.rows().size()));
                tally.removed += d.rows().size();
            }
        }
        return new Declaration(
                newer.reference(),
                filled.department(),
                filled.code(),
                filled.year(),
                filled.unit() != null ? filled.unit() : fresh.unit(),
                filled.contact(),
                filled.functions(),
                filled.tasks(),
                filled.organisation(),
                filled.funds(),
                filled.projects(),
                filled.goals(),
                tables,
                filled.pos());
    }

    private static Map<String, Table> byName(List<Table> tables) {
        Map<String, Table> out = new LinkedHashMap<>();
        tables.forEach(t -> out.putIfAbsent(t.name(), t));
        return out;
    }

    private static Map<String, SlotPlace> slots(Template template) {
        Map<String, SlotPlace> out = new LinkedHashMap<>();
        for (Level1 l1 : template.indicators()) {
            for (Level2 l2 : l1.children()) {
                for (Entry e : l2.entries()) {
                    if (e instanceof Slot s) {
                        out.putIfAbsent(s.slot(), new SlotPlace(l1.name(), l2, s));
                    }
                }
            }
        }
        return out;
    }
}
