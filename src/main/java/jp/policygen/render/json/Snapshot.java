package jp.policygen.render.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.policy.Block;
import jp.policygen.policy.BlockVisitor;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.LocalChange;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Run;
import jp.policygen.policy.Section;
import jp.policygen.render.Recent;

/**
 * snapshot.json: the resolved policy as data, for diffs and upgrades later. Format 2 keeps what the spec's first
 * layout has (../shared/spec/cli.md: per document a flat list of sections with id, number, title, text, source,
 * origin), so a reader of that layout still works, and adds what it takes to give the policy model back
 * ({@link SnapshotReader}): a header (edition, 版, 施行日, adoption), each document's own information, each
 * section's level, printed label and parent, and its body as structured blocks (so a word in a table cell can be
 * compared). Format 3 adds what format 2 still lost (issue 20): each 項's number ({@code "number"} of a paragraph
 * block, 例規 form) and the body's own changes ({@code "local_changes"}, what the 独自変更一覧 is written from), so
 * that reading a snapshot gives back the very model the writers and the comparer read.
 */
public final class Snapshot {
    /** The format this class writes; a snapshot without "format" is of the first layout (format 1). */
    public static final int FORMAT = 3;

    private Snapshot() {
    }

    /** The snapshots of the last few policies written (see {@link #bytes}). */
    private static final Recent<Policy, byte[]> RECENT = new Recent<>(4);

    /**
     * snapshot.json's bytes for the policy. generate writes them beside the documents and inside each Word file,
     * five or six times for one policy: they are made once and kept for the last few policies (by object, so two
     * equal policies of two runs are each written afresh).
     */
    public static byte[] bytes(Policy policy) {
        return RECENT.get(policy, SnapshotJson::bytes);
    }

    /**
     * The snapshot as maps and lists, for {@link Json#bytes}: what {@link #bytes} writes, byte for byte, without the
     * maps (SnapshotJsonTest holds the two equal).
     */
    public static Map<String, Object> of(Policy policy) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("edition", policy.edition());
        root.put("edition_name", policy.editionName());
        root.put("profile", policy.profileName());
        if (!policy.documents().isEmpty()) {
            DocumentInfo info = policy.documents().get(0).info();
            root.put("body", info.bodyName());
            root.put("version", info.version());
            root.put("effective", info.effective());
            root.put("adoption", info.adoption());
        }
        List<Object> docs = new ArrayList<>();
        for (Document d : policy.documents()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("kind", d.kind().id());
            dm.put("title", d.title());
            dm.put("info", info(d.info()));
            List<Object> sections = new ArrayList<>();
            for (Section s : d.sections()) {
                sections(s, null, sections);
            }
            dm.put("sections", sections);
            docs.add(dm);
        }
        root.put("documents", docs);
        List<Object> changes = new ArrayList<>();
        for (LocalChange c : policy.localChanges()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("id", c.id());
            cm.put("document", c.document().id());
            cm.put("number", c.number());
            cm.put("title", c.title());
            cm.put("kind", c.kind().json());
            cm.put("guideline_text", c.guidelineText());
            cm.put("local_text", c.localText());
            cm.put("reason", c.reason());
            cm.put("source", c.source());
            changes.add(cm);
        }
        root.put("local_changes", changes);
        return root;
    }

    private static Map<String, Object> info(DocumentInfo info) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("body", info.bodyName());
        m.put("version", info.version());
        m.put("effective", info.effective());
        m.put("adoption", info.adoption());
        m.put("marking", info.marking());
        m.put("form", info.form().name().toLowerCase(java.util.Locale.ROOT));
        m.put("landscape", info.landscape());
        List<Object> history = new ArrayList<>();
        for (DocumentInfo.HistoryEntry h : info.history()) {
            Map<String, Object> hm = new LinkedHashMap<>();
            hm.put("date", h.date());
            hm.put("note", h.note());
            hm.put("version", h.version());
            history.add(hm);
        }
        m.put("history", history);
        return m;
    }

    /** The section and its descendants, in reading order, each naming its parent. */
    private static void sections(Section s, String parent, List<Object> out) {
        Map<String, Object> sm = new LinkedHashMap<>();
        sm.put("id", s.id());
        sm.put("number", s.number());
        sm.put("title", s.title());
        sm.put("text", s.plainText());
        sm.put("source", s.source());
        sm.put("origin", s.origin().json());
        if (!s.reason().isEmpty()) {
            sm.put("reason", s.reason());
        }
        if (parent != null) {
            sm.put("parent", parent);
        }
        sm.put("level", s.level().name().toLowerCase(java.util.Locale.ROOT));
        sm.put("label", s.label());
        List<Object> blocks = new ArrayList<>();
        for (Block b : s.blocks()) {
            blocks.add(b.accept(BLOCKS));
        }
        sm.put("blocks", blocks);
        out.add(sm);
        for (Section c : s.children()) {
            sections(c, s.id(), out);
        }
    }

    private static final BlockVisitor<Map<String, Object>, RuntimeException> BLOCKS = new BlockVisitor<>() {
        @Override
        public Map<String, Object> paragraph(Block.Paragraph p) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", "paragraph");
            if (!p.number().isEmpty()) {
                m.put("number", p.number()); // the 項 number (２, ３ …) printed before the text in 例規 form
            }
            runs(m, p.runs());
            return m;
        }

        @Override
        public Map<String, Object> list(Block.ItemList list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", "list");
            m.put("items", items(list.items()));
            return m;
        }

        @Override
        public Map<String, Object> table(Block.Table table) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", "table");
            m.put("header", table.headerCells().stream().map(Snapshot::cell).toList());
            m.put("rows", table.rowCells().stream().map(r -> r.stream().map(Snapshot::cell).toList()).toList());
            if (!table.weights().isEmpty()) {
                m.put("weights", table.weights()); // the columns' fixed shares (権限・責任等一覧表)
            }
            return m;
        }
    };

    private static List<Object> items(List<Block.ListItem> items) {
        List<Object> out = new ArrayList<>();
        for (Block.ListItem i : items) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", i.label());
            runs(m, i.runs());
            if (!i.children().isEmpty()) {
                m.put("items", items(i.children()));
            }
            out.add(m);
        }
        return out;
    }

    /** A cell is its text; a cell of several runs or with underlined words is an object with its runs. */
    private static Object cell(Block.Cell c) {
        if (c.runs().size() == 1 && !c.runs().get(0).underlined()) {
            return c.text();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        runs(m, c.runs());
        return m;
    }

    /**
     * "text"; and "runs" too when the text is not exactly one run (a defined term and its definition) or some run is
     * underlined (a policy never is: a 新旧対照表 may be), so that the runs read back are the runs written.
     */
    private static void runs(Map<String, Object> m, List<Run> runs) {
        m.put("text", runs.stream().map(Run::text).reduce("", String::concat));
        if (runs.size() != 1 || runs.get(0).underlined()) {
            List<Object> rs = new ArrayList<>();
            for (Run r : runs) {
                Map<String, Object> rm = new LinkedHashMap<>();
                rm.put("text", r.text());
                rm.put("underline", r.underline().name().toLowerCase(java.util.Locale.ROOT));
                rs.add(rm);
            }
            m.put("runs", rs);
        }
    }
}
