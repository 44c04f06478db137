package org.zhibiao.resolve;

import java.util.ArrayList;
import java.util.List;
import org.zhibiao.model.Entry;
import org.zhibiao.model.Inline;
import org.zhibiao.model.Level1;
import org.zhibiao.model.Level2;
import org.zhibiao.model.LibraryRef;
import org.zhibiao.model.Slot;

/**
 * The indicator tree while a child template's edits are applied to its parent's: mutable on
 * purpose and private to resolution; the records before and after stay immutable.
 */
final class Tree {

    final List<Branch> level1 = new ArrayList<>();

    static Tree of(List<Level1> nodes) {
        Tree tree = new Tree();
        nodes.forEach(n -> tree.level1.add(Branch.of(n)));
        return tree;
    }

    List<Level1> build() {
        return level1.stream().map(Branch::build).toList();
    }

    Branch find(String name) {
        return level1.stream()
                .filter(b -> b.node.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    /** A 一级 and its mutable 二级. */
    static final class Branch {
        Level1 node;
        final List<Twig> children = new ArrayList<>();

        static Branch of(Level1 node) {
            Branch b = new Branch();
            b.node = node;
            node.children().forEach(c -> b.children.add(Twig.of(c)));
            return b;
        }

        Twig find(String name) {
            return children.stream()
                    .filter(t -> t.node.name().equals(name))
                    .findFirst()
                    .orElse(null);
        }

        Level1 build() {
            return new Level1(
                    node.name(),
                    node.required(),
                    node.weight(),
                    children.stream().map(Twig::build).toList(),
                    node.pos());
        }
    }

    /** A 二级 and its mutable rows. */
    static final class Twig {
        Level2 node;
        final List<Entry> entries = new ArrayList<>();

        static Twig of(Level2 node) {
            Twig t = new Twig();
            t.node = node;
            t.entries.addAll(node.entries());
            return t;
        }

        int indexOf(String name) {
            for (int i = 0; i < entries.size(); i++) {
                if (name.equals(nameOf(entries.get(i)))) {
                    return i;
                }
            }
            return -1;
        }

        Level2 build() {
            return new Level2(node.name(), entries, node.pos());
        }
    }

    /** The name a row is addressed by in paths: its printed name, or its ref, or its slot id. */
    static String nameOf(Entry entry) {
        if (entry instanceof Inline i) {
            return i.name();
        }
        if (entry instanceof LibraryRef r) {
            return r.name() != null ? r.name() : r.ref();
        }
        return ((Slot) entry).slot();
    }
}
