package jp.policygen.render.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.LocalChange;
import jp.policygen.policy.NumberingForm;
import jp.policygen.policy.Origin;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Run;
import jp.policygen.policy.Section;
import jp.policygen.policy.SectionLevel;

/**
 * Gives back the policy model from a snapshot.json ({@link Snapshot}), so that any earlier version, from a file or
 * from inside a generated .docx, can be compared. A snapshot of the first layout (no "format": sections with plain
 * text only) reads too: its sections come back side by side, each body as plain paragraphs, which is all that
 * layout kept.
 */
public final class SnapshotReader {

    /** A snapshot that cannot be read, with a message for the user (Japanese, naming what to do). */
    public static final class SnapshotException extends Exception {
        public SnapshotException(String message) {
            super(message);
        }
    }

    /** The root element (and its namespace) of the custom XML part that holds the snapshot in a .docx. */
    public static final String DOCX_ELEMENT = "policygen-snapshot";
    public static final String DOCX_NAMESPACE = "urn:policygen:snapshot";

    private SnapshotReader() {
    }

    /**
     * The policy stored inside a .docx this tool generated (a custom XML part under customXml/).
     *
     * @param source the file name, for messages
     */
    public static Policy readDocx(byte[] docx, String source) throws SnapshotException {
        return fromDocx(docx, source, null);
    }

    private static Policy fromDocx(byte[] docx, String source, Collection<String> editions) throws SnapshotException {
        int entries;
        java.util.List<String> jsons = new java.util.ArrayList<>();
        try {
            // every entry inflated within the tool's input limits: a small .docx that unpacks to gigabytes stops here
            entries = jp.policygen.io.InputLimits.eachZipEntry(new ByteArrayInputStream(docx), (e, content) -> {
                if (jsons.isEmpty() && e.getName().matches("customXml/item\\d+\\.xml")) {
                    String json = snapshotText(content.readAllBytes());
                    if (json != null) {
                        jsons.add(json);
                    }
                }
            });
        } catch (jp.policygen.io.InputLimits.TooLarge e) {
            throw new SnapshotException(source + ": エラー: " + e.getMessage());
        } catch (IOException e) {
            entries = 0;
        }
        if (!jsons.isEmpty()) {
            return read(jsons.get(0).getBytes(StandardCharsets.UTF_8), source, editions);
        }
        if (entries == 0) {
            throw new SnapshotException(source + ": Word 文書（.docx）として読めません。"
                    + "policygen が生成した .docx、snapshot.json、またはプロファイル（.yaml）を指定してください。");
        }
        throw new SnapshotException(source + ": この Word 文書には policygen の比較用データ（スナップショット）が"
                + "含まれていません。policygen の以前の版で作られたか、別のソフトで保存し直したときに失われた可能性が"
                + "あります。同じ出力フォルダの snapshot.json を指定してください。");
    }

    /** The JSON text of a custom XML part if it is our snapshot, else null. */
    private static String snapshotText(byte[] xml) {
        try {
            // silent: the JDK parser would print an English "[Fatal Error]" line for another program's part
            org.w3c.dom.Element root = jp.policygen.io.SafeXml.documentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
            if (DOCX_ELEMENT.equals(root.getLocalName()) && DOCX_NAMESPACE.equals(root.getNamespaceURI())) {
                return root.getTextContent();
            }
            return null;
        } catch (Exception e) {
            return null; // another program's part, or not XML: not ours
        }
    }

    /**
     * @param json   the snapshot's bytes
     * @param source where it came from, for messages (a file name)
     */
    public static Policy read(byte[] json, String source) throws SnapshotException {
        return read(json, source, null);
    }

    /**
     * Reads strictly: whatever is not as {@link Snapshot} writes it (a list where a text belongs, no document, an
     * empty or repeated clause id, a level or 版 this release does not know) is refused with the file, line and
     * column and what to do, never read as "nothing" — a comparison against a snapshot read as empty would list the
     * whole policy as 新設.
     *
     * @param editions the guideline editions this release knows, or null to accept any edition id
     */
    public static Policy read(byte[] json, String source, Collection<String> editions) throws SnapshotException {
        return new Reader(json, source, editions).policy();
    }

    /** The policy inside a .docx, checked as {@link #read(byte[], String, Collection)} checks a snapshot.json. */
    public static Policy readDocx(byte[] docx, String source, Collection<String> editions) throws SnapshotException {
        return fromDocx(docx, source, editions);
    }

    /** One reading of one snapshot: its text, where each value stands in it, and the checks. */
    private static final class Reader {
        private static final String REMAKE = "snapshot.json が壊れているか、書き換えられています。"
                + "generate で作り直すか、別の版の snapshot.json（または policygen が作成した .docx）を指定してください。";

        private final String source;
        private final String text;
        private final Collection<String> editions;
        /** JSON pointer → {line, column} of the value there (1-based). */
        private final Map<String, int[]> places = new HashMap<>();
        private int format;

        Reader(byte[] json, String source, Collection<String> editions) {
            this.source = source;
            this.text = new String(json, StandardCharsets.UTF_8);
            this.editions = editions;
        }

        Policy policy() throws SnapshotException {
            JsonNode root;
            try (JsonParser p = Json.mapper().getFactory().createParser(text)) {
                p.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
                root = Json.mapper().readTree(p);
                if (p.nextToken() != null) {
                    throw new SnapshotException(source + ": エラー: JSON の後ろに余分な文字があります。" + REMAKE);
                }
            } catch (IOException e) {
                String where = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                        ? ":" + j.getLocation().getLineNr() + ":" + j.getLocation().getColumnNr() : "";
                throw new SnapshotException(source + where + ": エラー: JSON として読めません（"
                        + firstLine(((Exception) e).getMessage()).replaceAll(" at \\[Source.*", "") + "）。"
                        + "policygen が書いた snapshot.json を指定してください。");
            }
            if (root == null || !root.isObject() || !root.has("documents")) {
                throw new SnapshotException(source + ": policygen の snapshot.json ではありません（\"documents\" がありません）。"
                        + "generate が出力フォルダに書いた snapshot.json を指定してください。");
            }
            locate();
            JsonNode f = root.path("format");
            if (root.has("format") && !(f.isInt() && f.asInt() >= 1)) {
                fail("/format", "\"format\" は 1 以上の整数でなければなりません（" + show(f) + "）。");
            }
            format = f.asInt(1);
            if (format > Snapshot.FORMAT) {
                throw new SnapshotException(source + ": このスナップショットは新しい policygen で作られています（形式 " + format
                        + "）。この policygen が読めるのは形式 " + Snapshot.FORMAT + " までです。policygen を更新してください。");
            }
            String edition = text(root, "", "edition", true);
            if (edition.isEmpty()) {
                fail("/edition", "ガイドラインの版（\"edition\"）が空です。");
            }
            if (editions != null && !editions.contains(edition)) {
                fail("/edition", "ガイドラインの版 \"" + edition + "\" を知りません（この policygen の版: "
                        + String.join("、", editions) + "）。新しい policygen で作られたなら policygen を更新してください。");
            }
            JsonNode documents = array(root, "", "documents");
            if (documents.isEmpty()) {
                fail("/documents", "文書が1つもありません（\"documents\": []）。");
            }
            List<Document> docs = new ArrayList<>();
            Set<String> kinds = new HashSet<>();
            for (int i = 0; i < documents.size(); i++) {
                String at = "/documents/" + i;
                JsonNode d = object(documents.get(i), at, (i + 1) + "番目の文書");
                Document doc = format == 1 ? firstLayout(d, at) : document(d, at);
                if (!kinds.add(doc.kind().id())) {
                    fail(at + "/kind", "文書の種類 \"" + doc.kind().id() + "\" が2回あります。");
                }
                docs.add(doc);
            }
            List<LocalChange> changes = format >= 3 ? localChanges(root) : List.of();
            return new Policy(edition, text(root, "", "edition_name", false), text(root, "", "profile", false), docs,
                    changes);
        }

        // ---- documents and sections

        private Document document(JsonNode d, String at) throws SnapshotException {
            DocumentKind kind = kind(d, at);
            DocumentInfo info = info(object(d.get("info"), at + "/info", "文書の情報（\"info\"）"), at + "/info");
            JsonNode list = array(d, at, "sections");
            // sections come flat, parents first; build the tree back from the parent ids
            Map<String, Node> byId = new HashMap<>();
            List<Node> top = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String sat = at + "/sections/" + i;
                JsonNode s = object(list.get(i), sat, "条項");
                String id = id(s, sat, byId.keySet());
                String parent = text(s, sat, "parent", false);
                Node p = parent.isEmpty() ? null : byId.get(parent);
                if (s.has("parent") && p == null) {
                    fail(sat + "/parent", "条項 " + id + " の親 \"" + parent + "\" が、それより前にありません。");
                }
                Node n = new Node(section(s, sat, id));
                (p == null ? top : p.children).add(n);
                byId.put(id, n);
            }
            List<Section> sections = new ArrayList<>();
            for (Node n : top) {
                sections.add(n.section());
            }
            return new Document(kind, text(d, at, "title", true), info, sections);
        }

        /** A clause's id: present, not empty, not one the document already has. */
        private String id(JsonNode s, String at, Set<String> seen) throws SnapshotException {
            String id = text(s, at, "id", true);
            if (id.isBlank()) {
                fail(at + "/id", "条項の \"id\" が空です。");
            }
            if (seen.contains(id)) {
                fail(at + "/id", "条項の id \"" + id + "\" が同じ文書に2回あります。");
            }
            return id;
        }

        /** The section without its children (the tree is built afterwards). */
        private Section section(JsonNode s, String at, String id) throws SnapshotException {
            JsonNode blocksNode = array(s, at, "blocks");
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < blocksNode.size(); i++) {
                blocks.add(block(blocksNode.get(i), at + "/blocks/" + i));
            }
            String plain = text(s, at, "text", false); // derived from the blocks: checked, not used
            if (format == 2) {
                blocks = recoverParagraphNumbers(blocks, plain);
            }
            String level = text(s, at, "level", true);
            SectionLevel l = null;
            for (SectionLevel x : SectionLevel.values()) {
                if (x.name().equalsIgnoreCase(level)) {
                    l = x;
                }
            }
            if (l == null) {
                fail(at + "/level", "条項 " + id + " の階層 \"" + level + "\" を知りません。");
            }
            return new Section(id, l, text(s, at, "label", true), text(s, at, "number", true),
                    text(s, at, "title", true), text(s, at, "source", false), origin(s, at),
                    text(s, at, "reason", false), blocks, List.of());
        }

        private Origin origin(JsonNode s, String at) throws SnapshotException {
            String o = text(s, at, "origin", true);
            for (Origin x : Origin.values()) {
                if (x.json().equals(o)) {
                    return x;
                }
            }
            fail(at + "/origin", "条項の由来 \"" + o + "\" を知りません（guideline、override、appended、deleted、local のいずれか）。");
            return null;
        }

        private DocumentKind kind(JsonNode d, String at) throws SnapshotException {
            String kind = text(d, at, "kind", true);
            try {
                return DocumentKind.fromId(kind);
            } catch (IllegalArgumentException e) {
                throw new SnapshotException(where(at + "/kind") + ": エラー: 文書の種類 \"" + kind + "\" を知りません。"
                        + "新しい policygen で作られたスナップショットなら、policygen を更新してください。");
            }
        }

        private DocumentInfo info(JsonNode i, String at) throws SnapshotException {
            List<DocumentInfo.HistoryEntry> history = new ArrayList<>();
            JsonNode h = array(i, at, "history");
            for (int k = 0; k < h.size(); k++) {
                String hat = at + "/history/" + k;
                JsonNode e = object(h.get(k), hat, "改定履歴の行");
                history.add(new DocumentInfo.HistoryEntry(text(e, hat, "date", true), text(e, hat, "note", true),
                        text(e, hat, "version", false)));
            }
            String form = text(i, at, "form", true);
            if (!form.equals("articles") && !form.equals("outline")) {
                fail(at + "/form", "番号の形式 \"" + form + "\" を知りません（outline または articles）。");
            }
            JsonNode landscape = i.get("landscape");
            if (landscape != null && !landscape.isBoolean()) {
                fail(at + "/landscape", "\"landscape\" は true か false でなければなりません。");
            }
            return new DocumentInfo(text(i, at, "body", true), text(i, at, "version", true),
                    text(i, at, "effective", true), text(i, at, "adoption", true), text(i, at, "marking", false),
                    history, form.equals("articles") ? NumberingForm.ARTICLES : NumberingForm.OUTLINE,
                    landscape != null && landscape.asBoolean());
        }

        // ---- blocks

        private Block block(JsonNode b, String at) throws SnapshotException {
            object(b, at, "本文のまとまり");
            String type = text(b, at, "type", true);
            switch (type) {
                case "paragraph":
                    return new Block.Paragraph(text(b, at, "number", false), runs(b, at));
                case "list":
                    return new Block.ItemList(items(array(b, at, "items"), at + "/items"));
                case "table":
                    List<Block.Cell> header = new ArrayList<>();
                    JsonNode h = array(b, at, "header");
                    for (int i = 0; i < h.size(); i++) {
                        header.add(cell(h.get(i), at + "/header/" + i));
                    }
                    List<List<Block.Cell>> rows = new ArrayList<>();
                    JsonNode rs = array(b, at, "rows");
                    for (int r = 0; r < rs.size(); r++) {
                        JsonNode row = rs.get(r);
                        if (!row.isArray()) {
                            fail(at + "/rows/" + r, "表の行は [ ] の並びでなければなりません（" + show(row) + "）。");
                        }
                        List<Block.Cell> cells = new ArrayList<>();
                        for (int c = 0; c < row.size(); c++) {
                            cells.add(cell(row.get(c), at + "/rows/" + r + "/" + c));
                        }
                        rows.add(cells);
                    }
                    List<Double> weights = new ArrayList<>();
                    if (b.has("weights")) {
                        JsonNode ws = array(b, at, "weights");
                        for (int w = 0; w < ws.size(); w++) {
                            if (!ws.get(w).isNumber()) {
                                fail(at + "/weights/" + w, "列の幅は数でなければなりません（" + show(ws.get(w)) + "）。");
                            }
                            weights.add(ws.get(w).asDouble());
                        }
                    }
                    return new Block.Table(header, rows, weights);
                default:
                    fail(at + "/type", "本文のまとまりの種類 \"" + type + "\" を知りません（paragraph、list、table のいずれか）。");
                    return null;
            }
        }

        private List<Block.ListItem> items(JsonNode items, String at) throws SnapshotException {
            List<Block.ListItem> out = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String iat = at + "/" + i;
                JsonNode item = object(items.get(i), iat, "列挙の項目");
                List<Block.ListItem> children = item.has("items") ? items(array(item, iat, "items"), iat + "/items")
                        : List.of();
                out.add(new Block.ListItem(text(item, iat, "label", true), runs(item, iat), children));
            }
            return out;
        }

        private Block.Cell cell(JsonNode c, String at) throws SnapshotException {
            if (c.isTextual()) {
                return new Block.Cell(List.of(Run.plain(c.asText())));
            }
            object(c, at, "表のます");
            return new Block.Cell(runs(c, at));
        }

        /** "text", or "runs" when some run is underlined (then "text" must be their text). */
        private List<Run> runs(JsonNode n, String at) throws SnapshotException {
            String whole = text(n, at, "text", true);
            if (!n.has("runs")) {
                return List.of(Run.plain(whole));
            }
            JsonNode rs = array(n, at, "runs");
            List<Run> out = new ArrayList<>();
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < rs.size(); i++) {
                String rat = at + "/runs/" + i;
                JsonNode r = object(rs.get(i), rat, "文字の並び");
                String u = text(r, rat, "underline", true);
                Run.Underline underline = switch (u) {
                    case "none" -> Run.Underline.NONE;
                    case "single" -> Run.Underline.SINGLE;
                    case "double" -> Run.Underline.DOUBLE;
                    default -> null;
                };
                if (underline == null) {
                    fail(rat + "/underline", "下線の種類 \"" + u + "\" を知りません（none、single、double のいずれか）。");
                }
                String t = text(r, rat, "text", true);
                joined.append(t);
                out.add(new Run(t, underline));
            }
            if (!joined.toString().equals(whole)) {
                fail(at + "/text", "\"text\" が \"runs\" の文字をつないだものと違います。");
            }
            return out;
        }

        // ---- the body's own changes (format 3)

        private List<LocalChange> localChanges(JsonNode root) throws SnapshotException {
            if (!root.has("local_changes")) {
                return List.of();
            }
            JsonNode list = array(root, "", "local_changes");
            List<LocalChange> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String at = "/local_changes/" + i;
                JsonNode c = object(list.get(i), at, "独自変更");
                String doc = text(c, at, "document", true);
                DocumentKind kind;
                try {
                    kind = DocumentKind.fromId(doc);
                } catch (IllegalArgumentException e) {
                    fail(at + "/document", "文書の種類 \"" + doc + "\" を知りません。");
                    return null;
                }
                String k = text(c, at, "kind", true);
                LocalChange.Kind changeKind = null;
                for (LocalChange.Kind x : LocalChange.Kind.values()) {
                    if (x.json().equals(k)) {
                        changeKind = x;
                    }
                }
                if (changeKind == null) {
                    fail(at + "/kind", "独自変更の種類 \"" + k + "\" を知りません。");
                }
                out.add(new LocalChange(text(c, at, "id", true), kind, text(c, at, "number", true),
                        text(c, at, "title", true), changeKind, text(c, at, "guideline_text", true),
                        text(c, at, "local_text", true), text(c, at, "reason", true), text(c, at, "source", true)));
            }
            return out;
        }

        // ---- the first layout

        /**
         * The first layout: sections in reading order with their full number, title and body as plain text, nothing
         * about the tree or the document's 版 and 施行日. Each section comes back at the top level, its number as its
         * label, its text as one paragraph per line.
         */
        private Document firstLayout(JsonNode d, String at) throws SnapshotException {
            DocumentKind kind = kind(d, at);
            JsonNode list = array(d, at, "sections");
            List<Section> sections = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                String sat = at + "/sections/" + i;
                JsonNode s = object(list.get(i), sat, "条項");
                String id = id(s, sat, seen);
                seen.add(id);
                List<Block> blocks = new ArrayList<>();
                String body = text(s, sat, "text", false);
                if (!body.isEmpty()) {
                    for (String line : body.split("\n", -1)) {
                        blocks.add(Block.Paragraph.of(line));
                    }
                }
                String number = text(s, sat, "number", false);
                sections.add(new Section(id, SectionLevel.ITEM, number, number, text(s, sat, "title", false),
                        text(s, sat, "source", false), s.has("origin") ? origin(s, sat) : Origin.GUIDELINE,
                        text(s, sat, "reason", false), blocks, List.of()));
            }
            DocumentInfo info = new DocumentInfo("", "", "", "", "", List.of(), NumberingForm.OUTLINE, false);
            return new Document(kind, text(d, at, "title", false), info, sections);
        }

        // ---- typed access with the place in the file

        private String text(JsonNode n, String at, String field, boolean required) throws SnapshotException {
            JsonNode v = n.get(field);
            if (v == null) {
                if (required) {
                    fail(at, "\"" + field + "\" がありません。");
                }
                return "";
            }
            if (!v.isTextual()) {
                fail(at + "/" + field, "\"" + field + "\" は文字列（\"…\"）でなければなりません（" + show(v) + "）。");
            }
            return v.asText();
        }

        private JsonNode array(JsonNode n, String at, String field) throws SnapshotException {
            JsonNode v = n.get(field);
            if (v == null) {
                fail(at, "\"" + field + "\" がありません。");
            }
            if (!v.isArray()) {
                fail(at + "/" + field, "\"" + field + "\" は [ ] の並びでなければなりません（" + show(v) + "）。");
            }
            return v;
        }

        private JsonNode object(JsonNode v, String at, String what) throws SnapshotException {
            if (v == null) {
                fail(at.substring(0, Math.max(0, at.lastIndexOf('/'))), what + "がありません。");
            }
            if (!v.isObject()) {
                fail(at, what + "は { } のまとまりでなければなりません（" + show(v) + "）。");
            }
            return v;
        }

        private static String show(JsonNode v) {
            String s = v.toString();
            return s.length() > 40 ? s.substring(0, 40) + "…" : s;
        }

        private void fail(String pointer, String message) throws SnapshotException {
            throw new SnapshotException(where(pointer) + ": エラー: " + message + REMAKE);
        }

        /** file:line:column of the value at the pointer (or of the nearest enclosing value that has a place). */
        private String where(String pointer) {
            String p = pointer;
            while (true) {
                int[] lc = places.get(p);
                if (lc != null) {
                    return source + ":" + lc[0] + ":" + lc[1];
                }
                if (p.isEmpty()) {
                    return source;
                }
                p = p.substring(0, p.lastIndexOf('/'));
            }
        }

        /** Where each value starts, by JSON pointer, from a second pass of the streaming parser. */
        private void locate() {
            try (JsonParser p = Json.mapper().getFactory().createParser(text)) {
                for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                    if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                        continue;
                    }
                    JsonStreamContext c = t.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
                    String pointer = c == null ? "" : c.pathAsPointer().toString();
                    JsonLocation l = p.currentTokenLocation();
                    places.putIfAbsent(pointer, new int[] {l.getLineNr(), l.getColumnNr()});
                }
            } catch (IOException e) {
                // the tree was read already: a second pass does not fail, and places are only for messages
            }
        }
    }

    /**
     * Format 2 did not keep a 項's number in its block, but the section's plain "text" prints it before the 項's
     * text (「２　…」): the number is taken back from there, so that last year's snapshot of an articles-form rule
     * still compares without a 変更 row for every 項.
     */
    static List<Block> recoverParagraphNumbers(List<Block> blocks, String text) {
        List<Block> out = new ArrayList<>();
        int pos = 0;
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p && p.number().isEmpty()) {
                int space = text.indexOf('　', pos);
                String lead = space < 0 ? "" : text.substring(pos, space);
                if (!lead.isEmpty() && lead.length() <= 6 && lead.chars().allMatch(Character::isDigit)
                        && text.startsWith(p.text(), space + 1)) {
                    b = p.numbered(lead);
                }
            }
            pos = Math.min(text.length(), pos + b.plainText().length() + 1);
            out.add(b);
        }
        return out;
    }

    /** A section of the snapshot with the sections that name it as their parent. */
    private static final class Node {
        final Section section;
        final List<Node> children = new ArrayList<>();

        Node(Section section) {
            this.section = section;
        }

        Section section() {
            List<Section> kids = new ArrayList<>();
            for (Node c : children) {
                kids.add(c.section());
            }
            return new Section(section.id(), section.level(), section.label(), section.number(), section.title(),
                    section.source(), section.origin(), section.reason(), section.blocks(), kids);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
