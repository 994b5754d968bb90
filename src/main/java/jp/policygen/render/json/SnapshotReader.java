package jp.policygen.render.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.DocumentKind;
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
            return read(jsons.get(0).getBytes(StandardCharsets.UTF_8), source);
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
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new SnapshotException(source + ": JSON として読めません（" + firstLine(e.getMessage()) + "）。"
                    + "policygen が書いた snapshot.json を指定してください。");
        }
        if (root == null || !root.isObject() || !root.path("documents").isArray()) {
            throw new SnapshotException(source + ": policygen の snapshot.json ではありません（\"documents\" がありません）。"
                    + "generate が出力フォルダに書いた snapshot.json を指定してください。");
        }
        int format = root.path("format").asInt(1);
        if (format > Snapshot.FORMAT) {
            throw new SnapshotException(source + ": このスナップショットは新しい policygen で作られています（形式 " + format
                    + "）。この policygen が読めるのは形式 " + Snapshot.FORMAT + " までです。policygen を更新してください。");
        }
        List<Document> docs = new ArrayList<>();
        for (JsonNode d : root.path("documents")) {
            docs.add(format == 1 ? firstLayout(d, root, source) : document(d, source));
        }
        return new Policy(root.path("edition").asText(""), root.path("edition_name").asText(""),
                root.path("profile").asText(""), docs);
    }

    private static Document document(JsonNode d, String source) throws SnapshotException {
        DocumentKind kind = kind(d, source);
        DocumentInfo info = info(d.path("info"));
        // sections come flat, parents first; build the tree back from the parent ids
        Map<String, Node> byId = new HashMap<>();
        List<Node> top = new ArrayList<>();
        for (JsonNode s : d.path("sections")) {
            Node n = new Node(s);
            String parent = s.path("parent").asText("");
            Node p = parent.isEmpty() ? null : byId.get(parent);
            if (!parent.isEmpty() && p == null) {
                throw new SnapshotException(source + ": 条項 " + n.json.path("id").asText() + " の親 " + parent
                        + " が見つかりません。snapshot.json が壊れています。generate で作り直してください。");
            }
            (p == null ? top : p.children).add(n);
            byId.put(n.json.path("id").asText(), n);
        }
        List<Section> sections = new ArrayList<>();
        for (Node n : top) {
            sections.add(n.section());
        }
        return new Document(kind, d.path("title").asText(""), info, sections);
    }

    private static DocumentKind kind(JsonNode d, String source) throws SnapshotException {
        String kind = d.path("kind").asText("");
        try {
            return DocumentKind.fromId(kind);
        } catch (IllegalArgumentException e) {
            throw new SnapshotException(source + ": 文書の種類 \"" + kind + "\" を知りません。"
                    + "新しい policygen で作られたスナップショットなら、policygen を更新してください。");
        }
    }

    private static DocumentInfo info(JsonNode i) {
        List<DocumentInfo.HistoryEntry> history = new ArrayList<>();
        for (JsonNode h : i.path("history")) {
            history.add(new DocumentInfo.HistoryEntry(h.path("date").asText(""), h.path("note").asText(""),
                    h.path("version").asText("")));
        }
        NumberingForm form = "articles".equals(i.path("form").asText("")) ? NumberingForm.ARTICLES
                : NumberingForm.OUTLINE;
        return new DocumentInfo(i.path("body").asText(""), i.path("version").asText(""),
                i.path("effective").asText(""), i.path("adoption").asText(""), i.path("marking").asText(""), history,
                form, i.path("landscape").asBoolean(false));
    }

    /** A section of the snapshot with the sections that name it as their parent. */
    private static final class Node {
        final JsonNode json;
        final List<Node> children = new ArrayList<>();

        Node(JsonNode json) {
            this.json = json;
        }

        Section section() {
            List<Block> blocks = new ArrayList<>();
            for (JsonNode b : json.path("blocks")) {
                blocks.add(block(b));
            }
            List<Section> kids = new ArrayList<>();
            for (Node c : children) {
                kids.add(c.section());
            }
            return new Section(json.path("id").asText(""), level(json.path("level").asText("")),
                    json.path("label").asText(""), json.path("number").asText(""), json.path("title").asText(""),
                    json.path("source").asText(""), origin(json.path("origin").asText("")),
                    json.path("reason").asText(""), blocks, kids);
        }
    }

    private static Block block(JsonNode b) {
        return switch (b.path("type").asText("")) {
            case "list" -> new Block.ItemList(items(b.path("items")));
            case "table" -> {
                List<Block.Cell> header = new ArrayList<>();
                b.path("header").forEach(c -> header.add(new Block.Cell(runs(c))));
                List<List<Block.Cell>> rows = new ArrayList<>();
                for (JsonNode r : b.path("rows")) {
                    List<Block.Cell> row = new ArrayList<>();
                    r.forEach(c -> row.add(new Block.Cell(runs(c))));
                    rows.add(row);
                }
                List<Double> weights = new ArrayList<>();
                b.path("weights").forEach(w -> weights.add(w.asDouble()));
                yield new Block.Table(header, rows, weights);
            }
            default -> new Block.Paragraph(runs(b));
        };
    }

    private static List<Block.ListItem> items(JsonNode items) {
        List<Block.ListItem> out = new ArrayList<>();
        for (JsonNode i : items) {
            out.add(new Block.ListItem(i.path("label").asText(""), runs(i), items(i.path("items"))));
        }
        return out;
    }

    /** A text node, or an object with "text" and maybe "runs". */
    private static List<Run> runs(JsonNode n) {
        if (n.isTextual()) {
            return List.of(Run.plain(n.asText()));
        }
        if (n.path("runs").isArray()) {
            List<Run> out = new ArrayList<>();
            for (JsonNode r : n.path("runs")) {
                Run.Underline u = switch (r.path("underline").asText("")) {
                    case "single" -> Run.Underline.SINGLE;
                    case "double" -> Run.Underline.DOUBLE;
                    default -> Run.Underline.NONE;
                };
                out.add(new Run(r.path("text").asText(""), u));
            }
            return out;
        }
        return List.of(Run.plain(n.path("text").asText("")));
    }

    private static SectionLevel level(String name) {
        for (SectionLevel l : SectionLevel.values()) {
            if (l.name().equalsIgnoreCase(name)) {
                return l;
            }
        }
        return SectionLevel.ITEM;
    }

    private static Origin origin(String json) {
        for (Origin o : Origin.values()) {
            if (o.json().equals(json)) {
                return o;
            }
        }
        return Origin.GUIDELINE;
    }

    /**
     * The first layout: sections in reading order with their full number, title and body as plain text, nothing
     * about the tree or the document's 版 and 施行日. Each section comes back at the top level, its number as its
     * label, its text as one paragraph per line.
     */
    private static Document firstLayout(JsonNode d, JsonNode root, String source) throws SnapshotException {
        List<Section> sections = new ArrayList<>();
        for (JsonNode s : d.path("sections")) {
            List<Block> blocks = new ArrayList<>();
            String text = s.path("text").asText("");
            if (!text.isEmpty()) {
                for (String line : text.split("\n", -1)) {
                    blocks.add(Block.Paragraph.of(line));
                }
            }
            String number = s.path("number").asText("");
            sections.add(new Section(s.path("id").asText(""), SectionLevel.ITEM, number, number,
                    s.path("title").asText(""), s.path("source").asText(""), origin(s.path("origin").asText("")),
                    s.path("reason").asText(""), blocks, List.of()));
        }
        DocumentInfo info = new DocumentInfo("", "", "", "", "", List.of(), NumberingForm.OUTLINE, false);
        return new Document(kind(d, source), d.path("title").asText(""), info, sections);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
