package org.zhibiao.resolve;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.DidYouMean;
import org.zhibiao.diag.Lang;
import org.zhibiao.diag.Problem;
import org.zhibiao.diag.Result;
import org.zhibiao.diag.Text;
import org.zhibiao.model.Column;
import org.zhibiao.model.Form;
import org.zhibiao.model.Library;
import org.zhibiao.model.RuleSetting;
import org.zhibiao.model.StandardColumns;
import org.zhibiao.model.TableDef;
import org.zhibiao.model.Template;

/**
 * Turns a template as written into a resolved one: its parent chain applied (add, override,
 * remove, fill, by path), every library reference replaced by the library's definition, and
 * every row given its 指标值确定依据 and 指标分类. Downstream stages see only resolved templates.
 */
public final class Resolver {

    private final TemplateSource source;
    private final Diagnostics out = new Diagnostics();
    private final Deque<String> chain = new ArrayDeque<>();

    private Resolver(TemplateSource source) {
        this.source = source;
    }

    public static Result<Template> resolve(Template written, TemplateSource source) {
        Resolver resolver = new Resolver(source);
        Template resolved = resolver.resolveChain(written);
        if (resolved != null && resolved.form() != null) {
            resolver.columns(resolved.form());
        }
        return Result.of(resolved, resolver.out);
    }

    /**
     * A column written as a bare word names a standard column; a typo there (指标直) would make a
     * text column nobody meant, so it is refused with the standard words. A table declares each
     * column once.
     */
    private void columns(Form form) {
        for (TableDef table : form.tables()) {
            Set<String> ids = new HashSet<>();
            for (Column c : table.columns()) {
                if (StandardColumns.isUnknownWord(c)) {
                    List<String> words = StandardColumns.words().subList(0, 7);
                    out.add(Problem.UNKNOWN_COLUMN_WORD
                            .at(
                                    c.pos(),
                                    new Object[] {c.id(), String.join(Text.LIST_SEPARATOR.format(Lang.ZH), words)},
                                    new Object[] {c.id(), String.join(Text.LIST_SEPARATOR.format(Lang.EN), words)})
                            .withHint(DidYouMean.hint(c.id(), StandardColumns.words())));
                } else if (!ids.add(c.id())) {
                    out.report(Problem.DUPLICATE_COLUMN, c.pos(), table.name(), c.id());
                }
            }
        }
    }

    /** Parses {@code id@version} into its two parts; the version is null when not pinned. */
    public static String[] splitReference(String reference) {
        int at = reference.lastIndexOf('@');
        return at < 0
                ? new String[] {reference.strip(), null}
                : new String[] {
                    reference.substring(0, at).strip(),
                    reference.substring(at + 1).strip()
                };
    }

    private Template resolveChain(Template written) {
        if (chain.contains(written.id())) {
            List<String> path = new ArrayList<>(chain);
            Collections.reverse(path);
            out.report(Problem.EXTENDS_CYCLE, written.pos(), String.join(" → ", path) + " → " + written.id());
            return null;
        }
        chain.push(written.id());
        try {
            Template parent = written.parent() == null ? null : parent(written);
            if (written.parent() != null && parent == null) {
                return null;
            }
            return apply(written, parent);
        } finally {
            chain.pop();
        }
    }

    private Template parent(Template child) {
        String[] ref = splitReference(child.parent());
        Template written = source.template(ref[0], ref[1]).orElse(null);
        if (written == null) {
            List<String> versions = source.versions(ref[0]);
            if (ref[1] != null && !versions.isEmpty()) {
                out.report(Problem.UNKNOWN_VERSION, child.pos(), ref[0], ref[1], String.join(", ", versions));
            } else {
                out.report(Problem.UNKNOWN_TEMPLATE, child.pos(), child.parent());
            }
            return null;
        }
        return resolveChain(written);
    }

    private Template apply(Template child, Template parent) {
        List<String> libraryIds =
                child.libraries().isEmpty() && parent != null ? parent.libraries() : child.libraries();
        IndicatorIndex index = new IndicatorIndex(libraries(libraryIds, child));
        Tree tree = Tree.of(parent == null ? List.of() : parent.indicators());
        child.indicators().forEach(l1 -> tree.level1.add(Tree.Branch.of(l1)));
        Edits edits = new Edits(tree, out);
        child.remove().forEach(path -> edits.remove(path, child.pos()));
        child.add().forEach(edits::add);
        child.overrides().forEach(edits::change);
        child.fill().forEach(edits::fill);
        var form = child.form() != null ? child.form() : parent == null ? null : parent.form();
        var inliner = new Inliner(index, form, out);
        return new Template(
                child.id(),
                child.version(),
                child.title() != null ? child.title() : parent == null ? null : parent.title(),
                child.scope() != null ? child.scope() : parent == null ? null : parent.scope(),
                child.parent(),
                libraryIds,
                form,
                inliner.tree(tree.build()),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                rules(parent == null ? List.of() : parent.rules(), child.rules()),
                child.pos());
    }

    private List<Library> libraries(List<String> ids, Template child) {
        List<Library> found = new ArrayList<>();
        for (String id : ids) {
            source.library(id)
                    .ifPresentOrElse(
                            found::add, () -> out.add(Problem.UNKNOWN_TEMPLATE.at(child.pos(), "library " + id)));
        }
        return found;
    }

    /** A child's setting for a rule replaces the parent's; new rules are appended. */
    private static List<RuleSetting> rules(List<RuleSetting> inherited, List<RuleSetting> own) {
        Map<String, RuleSetting> byRule = new LinkedHashMap<>();
        inherited.forEach(r -> byRule.put(r.rule(), r));
        own.forEach(r -> byRule.put(r.rule(), r));
        return List.copyOf(byRule.values());
    }
}
