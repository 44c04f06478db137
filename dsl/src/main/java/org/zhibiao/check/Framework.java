package org.zhibiao.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.zhibiao.diag.DidYouMean;
import org.zhibiao.model.Direction;
import org.zhibiao.model.Entry;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Level2;
import org.zhibiao.model.Slot;
import org.zhibiao.model.Stage;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.Template;
import org.zhibiao.shape.FormShape;
import org.zhibiao.shape.TableShape;
import org.zhibiao.target.Target;
import org.zhibiao.target.TargetException;
import org.zhibiao.target.Targets;

/**
 * What every check against one resolved template needs of it, indexed once: the 一级 and 二级 by
 * name, the template rows by 二级 and by 三级, each 二级's fixed rows, the form's tables, and
 * the 指标值 texts already parsed.
 *
 * <p>Built once per template, not once per declaration: a province checks ten thousand
 * declarations of the same template, and re-indexing it and re-parsing the same {@code ≥95%} for
 * each was a third of {@code zhibiao check}'s time (#7). Read-only after construction except for
 * the parse cache, which is concurrent and bounded, so one instance serves every thread of a batch.
 */
final class Framework {

    /** Distinct 指标值 texts kept parsed; past this a batch of odd texts parses without caching. */
    private static final int PARSE_CACHE_LIMIT = 20_000;

    private static final Inline AMBIGUOUS =
            new Inline(null, null, null, null, null, null, null, null, null, null, null);

    private final Template template;
    private final Map<String, Level1> level1s = new LinkedHashMap<>();
    private final Map<String, Map<String, Level2>> level2s = new HashMap<>();
    private final IdentityHashMap<Level2, Map<String, Inline>> rowsByLevel2 = new IdentityHashMap<>();
    private final Map<String, Inline> rowsByName = new HashMap<>();
    private final IdentityHashMap<Level2, List<Inline>> fixedRows = new IdentityHashMap<>();
    private final IdentityHashMap<Level2, List<String>> fixedNames = new IdentityHashMap<>();
    private final IdentityHashMap<Level2, Boolean> hasSlot = new IdentityHashMap<>();
    private final Map<String, TableDef> tableDefs = new LinkedHashMap<>();
    private final FormShape shape;
    /** The same framework seen by a stage's document: the shape with the stage's columns (issue 16). */
    private final Map<Stage, Framework> stages;

    private final Map<String, Object> parsed = new ConcurrentHashMap<>();
    private final Map<String, Object> guessedDirections = new ConcurrentHashMap<>();

    Framework(Template template) {
        this.template = template;
        for (Level1 l1 : template.indicators()) {
            level1s.putIfAbsent(l1.name(), l1);
            Map<String, Level2> children = level2s.computeIfAbsent(l1.name(), k -> new HashMap<>());
            for (Level2 l2 : l1.children()) {
                children.putIfAbsent(l2.name(), l2);
                Map<String, Inline> rows = rowsByLevel2.computeIfAbsent(l2, k -> new HashMap<>());
                index(rows, l2.entries());
                List<Inline> fixed = new ArrayList<>();
                boolean slot = false;
                for (Entry entry : l2.entries()) {
                    if (entry instanceof Inline inline && !Facts.isOpen(l2)) {
                        fixed.add(inline);
                    }
                    slot |= entry instanceof Slot;
                }
                fixedRows.put(l2, List.copyOf(fixed));
                fixedNames.put(l2, fixed.stream().map(Inline::name).toList());
                hasSlot.put(l2, slot);
            }
        }
        if (template.form() != null) {
            template.form().tables().forEach(t -> tableDefs.putIfAbsent(t.name(), t));
        }
        shape = FormShape.of(template);
        stages = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            stages.put(stage, new Framework(this, FormShape.of(template, stage)));
        }
    }

    /** A view sharing every index of {@code base}, with a stage's shape. */
    private Framework(Framework base, FormShape stageShape) {
        this.template = base.template;
        this.level1s.putAll(base.level1s);
        this.level2s.putAll(base.level2s);
        this.rowsByLevel2.putAll(base.rowsByLevel2);
        this.rowsByName.putAll(base.rowsByName);
        this.fixedRows.putAll(base.fixedRows);
        this.fixedNames.putAll(base.fixedNames);
        this.hasSlot.putAll(base.hasSlot);
        this.tableDefs.putAll(base.tableDefs);
        this.shape = stageShape;
        this.stages = Map.of();
    }

    /** This framework as a document of {@code stage} sees it; itself for a declaration. */
    Framework forStage(Stage stage) {
        return stage == null ? this : stages.get(stage);
    }

    /** The complete columns of a table of the form, or null for a table the form does not have. */
    public TableShape shape(String table) {
        return shape.table(table);
    }

    @SuppressWarnings("ReferenceEquality") // AMBIGUOUS is a sentinel, and a row met twice is one row
    private void index(Map<String, Inline> rows, List<Entry> entries) {
        for (Entry entry : entries) {
            if (entry instanceof Inline row) {
                rows.putIfAbsent(row.name(), row);
                rowsByName.merge(row.name(), row, (a, b) -> a == b ? a : AMBIGUOUS);
            } else if (entry instanceof Slot slot) {
                index(rows, slot.defaults());
            }
        }
    }

    public Template template() {
        return template;
    }

    /** The template's 一级 by name, in template order. */
    public Map<String, Level1> level1s() {
        return Collections.unmodifiableMap(level1s);
    }

    /**
     * The template's name for a 一级 as a declaration writes it: the name itself, or the name a
     * printed label stands for — forms print 产出指标, 效益指标, 满意度指标, 成本指标 where the
     * framework says 产出, 效益, 满意度, 成本, and the other way round (issue 14). A name the
     * template does not know comes back unchanged.
     */
    String level1Name(String typed) {
        if (typed == null || level1s.containsKey(typed)) {
            return typed;
        }
        if (typed.endsWith(LABEL) && level1s.containsKey(typed.substring(0, typed.length() - LABEL.length()))) {
            return typed.substring(0, typed.length() - LABEL.length());
        }
        return level1s.containsKey(typed + LABEL) ? typed + LABEL : typed;
    }

    private static final String LABEL = "指标";

    /** The template 二级 of that exact name under that 一级, or null. */
    Level2 exactLevel2(String level1, String level2) {
        Map<String, Level2> children = level2s.get(level1Name(level1));
        return children == null ? null : children.get(level2);
    }

    /** The template row named {@code level3} under a template 二级, or null. */
    Inline row(Level2 level2, String level3) {
        Map<String, Inline> rows = rowsByLevel2.get(level2);
        return rows == null ? null : rows.get(level3);
    }

    /** The template row with this 三级 name when exactly one has it, or null. */
    @SuppressWarnings("ReferenceEquality") // AMBIGUOUS is a sentinel
    Inline uniqueRow(String level3) {
        Inline row = rowsByName.get(level3);
        return row == AMBIGUOUS ? null : row;
    }

    /** The 二级's own rows, not a slot's defaults (the department may replace those); none for an open 二级. */
    List<Inline> fixedRows(Level2 level2) {
        return fixedRows.getOrDefault(level2, List.of());
    }

    /** The names of {@link #fixedRows}. */
    List<String> fixedNames(Level2 level2) {
        return fixedNames.getOrDefault(level2, List.of());
    }

    /** Whether the 二级 offers a slot, so rows of any name may stand in it. */
    boolean hasSlot(Level2 level2) {
        return hasSlot.getOrDefault(level2, false);
    }

    /** The form's tables by name, in form order. */
    public Map<String, TableDef> tableDefs() {
        return Collections.unmodifiableMap(tableDefs);
    }

    /** A 指标值 parsed: a Target, or the TargetException that says why not. Same text, same object. */
    Object parse(String raw) {
        Object known = parsed.get(raw);
        if (known != null) {
            return known;
        }
        Object result = parseOnce(raw);
        if (parsed.size() < PARSE_CACHE_LIMIT) {
            parsed.putIfAbsent(raw, result);
        }
        return result;
    }

    /** {@link Directions#guess} of a 三级 name, remembered: the same names recur in every declaration. */
    Direction guessDirection(String name) {
        if (name == null) {
            return null;
        }
        Object known = guessedDirections.get(name);
        if (known == null) {
            Direction guess = Directions.guess(name);
            known = guess == null ? NO_DIRECTION : guess;
            if (guessedDirections.size() < PARSE_CACHE_LIMIT) {
                guessedDirections.putIfAbsent(name, known);
            }
        }
        return known == NO_DIRECTION ? null : (Direction) known;
    }

    private static final Object NO_DIRECTION = new Object();

    private final Map<String, Object> words = new ConcurrentHashMap<>();

    /**
     * A 三级 name as {@code prepare} makes it ready for near-duplicate comparisons, or null where it
     * gives null, remembered: the same names recur in every declaration of a batch, and preparing
     * them (strip, lower, letter set) was a sixth of the near-duplicate rule's time (#14).
     */
    DidYouMean.Word word(String name, Function<String, DidYouMean.Word> prepare) {
        Object known = words.get(name);
        if (known == null) {
            DidYouMean.Word word = prepare.apply(name);
            known = word == null ? NOT_A_WORD : word;
            if (words.size() < PARSE_CACHE_LIMIT) {
                words.putIfAbsent(name, known);
            }
        }
        return known == NOT_A_WORD ? null : (DidYouMean.Word) known;
    }

    private static final Object NOT_A_WORD = new Object();

    private final Map<Pattern, Map<String, Boolean>> found = new ConcurrentHashMap<>();

    /**
     * Whether {@code pattern} finds a match in {@code text}, remembered per pattern and text: a rule
     * asks it of every value, and the same 完全相符 recurs in every declaration of a batch.
     */
    boolean finds(Pattern pattern, String text) {
        Map<String, Boolean> known = found.computeIfAbsent(pattern, p -> new ConcurrentHashMap<>());
        Boolean result = known.get(text);
        if (result == null) {
            result = pattern.matcher(text).find();
            if (known.size() < PARSE_CACHE_LIMIT) {
                known.putIfAbsent(text, result);
            }
        }
        return result;
    }

    private static Object parseOnce(String text) {
        try {
            return Targets.parse(text);
        } catch (TargetException e) {
            // =健全 from a form's operator cell is the level, with a warning of its own (issue 14)
            Target words = QualitativeOperator.words(text);
            return words != null ? words : e;
        }
    }
}
