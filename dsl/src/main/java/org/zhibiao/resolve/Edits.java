package org.zhibiao.resolve;

import java.util.List;
import java.util.function.Function;
import org.zhibiao.diag.Diagnostics;
import org.zhibiao.diag.DidYouMean;
import org.zhibiao.diag.Position;
import org.zhibiao.diag.Problem;
import org.zhibiao.model.Addition;
import org.zhibiao.model.Change;
import org.zhibiao.model.Entry;
import org.zhibiao.model.Fill;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Level2;
import org.zhibiao.model.LibraryRef;
import org.zhibiao.model.Slot;

/**
 * A child template's edits, applied to the inherited tree by path. Each edit that names a path
 * the tree lacks is reported at the edit's own line, with the nearest existing name as a hint.
 */
final class Edits {

    private final Tree tree;
    private final Diagnostics out;

    Edits(Tree tree, Diagnostics out) {
        this.tree = tree;
        this.out = out;
    }

    void remove(String path, Position at) {
        List<String> parts = Paths.split(path);
        Tree.Branch branch = branch(parts.get(0), path, at);
        if (branch == null) {
            return;
        }
        if (parts.size() == 1) {
            tree.level1.remove(branch);
            return;
        }
        Tree.Twig twig = twig(branch, parts.get(1), path, at);
        if (twig == null) {
            return;
        }
        if (parts.size() == 2) {
            branch.children.remove(twig);
            return;
        }
        int index = row(twig, parts.get(2), path, at);
        if (index >= 0) {
            twig.entries.remove(index);
        }
    }

    void add(Addition addition) {
        List<String> parts = addition.to().isEmpty() ? List.of() : Paths.split(addition.to());
        Position at = addition.pos();
        if (parts.isEmpty()) {
            for (Level1 l1 : addition.level1()) {
                if (tree.find(l1.name()) != null) {
                    out.report(Problem.DUPLICATE_PATH, l1.pos(), l1.name());
                } else {
                    insert(tree.level1, Tree.Branch.of(l1), addition.after(), b -> b.node.name());
                }
            }
            return;
        }
        Tree.Branch branch = branch(parts.get(0), addition.to(), at);
        if (branch == null) {
            return;
        }
        if (parts.size() == 1) {
            for (Level2 l2 : addition.level2()) {
                if (branch.find(l2.name()) != null) {
                    out.report(Problem.DUPLICATE_PATH, l2.pos(), addition.to() + "/" + l2.name());
                } else {
                    insert(branch.children, Tree.Twig.of(l2), addition.after(), t -> t.node.name());
                }
            }
            return;
        }
        Tree.Twig twig = twig(branch, parts.get(1), addition.to(), at);
        if (twig != null) {
            for (Entry entry : addition.entries()) {
                if (twig.indexOf(Tree.nameOf(entry)) >= 0) {
                    out.report(Problem.DUPLICATE_PATH, entry.pos(), addition.to() + "/" + Tree.nameOf(entry));
                } else {
                    insert(twig.entries, entry, addition.after(), Tree::nameOf);
                }
            }
        }
    }

    void change(Change change) {
        List<String> parts = Paths.split(change.path());
        Position at = change.pos();
        Tree.Branch branch = branch(parts.get(0), change.path(), at);
        if (branch == null) {
            return;
        }
        if (parts.size() == 1) {
            Level1 n = branch.node;
            branch.node = new Level1(
                    change.name() != null ? change.name() : n.name(),
                    change.required() != null ? change.required() : n.required(),
                    change.weight() != null ? change.weight() : n.weight(),
                    n.children(),
                    n.pos());
            return;
        }
        Tree.Twig twig = twig(branch, parts.get(1), change.path(), at);
        if (twig == null) {
            return;
        }
        if (parts.size() == 2) {
            if (change.name() != null) {
                twig.node = new Level2(change.name(), twig.node.entries(), twig.node.pos());
            }
            return;
        }
        int index = row(twig, parts.get(2), change.path(), at);
        if (index >= 0) {
            twig.entries.set(index, changed(twig.entries.get(index), change));
        }
    }

    void fill(Fill fill) {
        for (Tree.Branch branch : tree.level1) {
            for (Tree.Twig twig : branch.children) {
                for (int i = 0; i < twig.entries.size(); i++) {
                    if (twig.entries.get(i) instanceof Slot s && s.slot().equals(fill.slot())) {
                        twig.entries.set(i, new Slot(s.slot(), s.label(), s.min(), s.max(), fill.entries(), s.pos()));
                        return;
                    }
                }
            }
        }
        out.report(Problem.UNKNOWN_SLOT, fill.pos(), fill.slot(), String.join(", ", slotIds()));
    }

    private List<String> slotIds() {
        return tree.level1.stream()
                .flatMap(b -> b.children.stream())
                .flatMap(t -> t.entries.stream())
                .filter(e -> e instanceof Slot)
                .map(e -> ((Slot) e).slot())
                .toList();
    }

    private static Entry changed(Entry entry, Change c) {
        if (entry instanceof LibraryRef r) {
            return new LibraryRef(
                    r.ref(),
                    or(c.name(), r.name()),
                    or(c.target(), r.target()),
                    or(c.halfYear(), r.halfYear()),
                    or(c.basis(), r.basis()),
                    or(c.category(), r.category()),
                    or(c.weight(), r.weight()),
                    r.pos());
        }
        if (entry instanceof Inline i) {
            return new Inline(
                    or(c.name(), i.name()),
                    or(c.target(), i.target()),
                    or(c.halfYear(), i.halfYear()),
                    i.kind(),
                    i.direction(),
                    i.unit(),
                    or(c.basis(), i.basis()),
                    or(c.category(), i.category()),
                    or(c.weight(), i.weight()),
                    i.ref(),
                    i.pos());
        }
        return entry;
    }

    private static <T> T or(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    private Tree.Branch branch(String name, String path, Position at) {
        Tree.Branch branch = tree.find(name);
        if (branch == null) {
            unknown(path, at, name, tree.level1.stream().map(b -> b.node.name()).toList());
        }
        return branch;
    }

    private Tree.Twig twig(Tree.Branch branch, String name, String path, Position at) {
        Tree.Twig twig = branch.find(name);
        if (twig == null) {
            unknown(
                    path,
                    at,
                    name,
                    branch.children.stream().map(t -> t.node.name()).toList());
        }
        return twig;
    }

    private int row(Tree.Twig twig, String name, String path, Position at) {
        int index = twig.indexOf(name);
        if (index < 0) {
            unknown(path, at, name, twig.entries.stream().map(Tree::nameOf).toList());
        }
        return index;
    }

    private void unknown(String path, Position at, String name, List<String> candidates) {
        out.add(Problem.UNKNOWN_PATH.at(at, path).withHint(DidYouMean.hint(name, candidates)));
    }

    private static <T> void insert(List<T> list, T item, String after, Function<T, String> name) {
        if (after != null) {
            for (int i = 0; i < list.size(); i++) {
                if (after.equals(name.apply(list.get(i)))) {
                    list.add(i + 1, item);
                    return;
                }
            }
        }
        list.add(item);
    }
}
