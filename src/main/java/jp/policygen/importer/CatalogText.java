package jp.policygen.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;

/**
 * The catalog's text under one edition for the body's facts, as the matcher compares it: every paragraph, list item
 * and table row of every clause of the 基本方針, 対策基準 and 特則, in reading order, with the clause it belongs to.
 */
final class CatalogText {
    enum Kind { TEXT, ITEM, ROW }

    /** @param printedIn the id of the section that prints it: a section the form makes up (std.org.text) or {@code section}'s */
    record Para(int index, int section, Kind kind, String text, String key, int[] grams, String printedIn) {
    }

    record Clause(int index, String id, String number, String title, String document, int depth, int parent,
                  Section section) {
    }

    final Policy policy;
    final List<Clause> clauses = new ArrayList<>();
    final List<Para> paras = new ArrayList<>();
    final Map<String, Integer> byId = new HashMap<>();

    /** The catalog's own clause ids: a section the 例規 form makes up (a chapter's text as an article) has none. */
    private final java.util.Set<String> ids;

    CatalogText(Policy policy, java.util.Set<String> ids) {
        this.policy = policy;
        this.ids = ids;
        for (Document d : policy.documents()) {
            if (d.kind() != DocumentKind.BASIC_POLICY && d.kind() != DocumentKind.STANDARD
                    && d.kind() != DocumentKind.CLOUD_PROVISIONS && d.kind() != DocumentKind.POLICY) {
                continue;
            }
            for (Section s : d.sections()) {
                if (d.kind() == DocumentKind.POLICY && s.partUnit().equals("編")) {
                    // one rule in parts: each 編 is the document it is made of, numbered (and pinned) as such
                    String kind = (s.title().contains("基本方針") ? DocumentKind.BASIC_POLICY : DocumentKind.STANDARD).id();
                    s.children().forEach(c -> add(kind, c, 0, -1));
                } else {
                    add(d.kind() == DocumentKind.POLICY ? DocumentKind.STANDARD.id() : d.kind().id(), s, 0, -1);
                }
            }
        }
    }

    private void add(String document, Section s, int depth, int parent) {
        if (ids != null && parent >= 0 && !ids.contains(s.id())) {
            // made up by the form: its text is its parent's (std.org.text is std.org's text as 第２条)
            blocks(parent, s, s.id());
            for (Section c : s.children()) {
                add(document, c, depth, parent);
            }
            return;
        }
        int index = clauses.size();
        clauses.add(new Clause(index, s.id(), s.number(), s.title(), document, depth, parent, s));
        byId.put(s.id(), index);
        blocks(index, s, s.id());
        for (Section c : s.children()) {
            add(document, c, depth + 1, index);
        }
    }

    private void blocks(int index, Section s, String printedIn) {
        for (Block b : s.blocks()) {
            if (b instanceof Block.Paragraph p) {
                para(index, Kind.TEXT, p.text(), printedIn);
            } else if (b instanceof Block.ItemList l) {
                items(index, l.items(), printedIn);
            } else if (b instanceof Block.Table t) {
                t.rowCells().forEach(r -> para(index, Kind.ROW,
                        String.join("　", r.stream().map(Block.Cell::text).toList()), printedIn));
            }
        }
    }

    private void items(int section, List<Block.ListItem> items, String printedIn) {
        for (Block.ListItem i : items) {
            para(section, Kind.ITEM, i.text(), printedIn);
            items(section, i.children(), printedIn);
        }
    }

    private void para(int section, Kind kind, String text, String printedIn) {
        String key = Norm.key(text);
        paras.add(new Para(paras.size(), section, kind, text, key, Norm.grams(key), printedIn));
    }

    /** The ancestors of a clause, itself first. */
    List<Clause> chain(int clause) {
        List<Clause> out = new ArrayList<>();
        for (int c = clause; c >= 0; c = clauses.get(c).parent()) {
            out.add(clauses.get(c));
        }
        return out;
    }

    /** Whether {@code inner} is {@code outer} or lies inside it. */
    boolean within(int inner, int outer) {
        for (int c = inner; c >= 0; c = clauses.get(c).parent()) {
            if (c == outer) {
                return true;
            }
        }
        return false;
    }
}
