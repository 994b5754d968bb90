package jp.policygen.yaml;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Edits a YAML text in place, the way a careful person would with a text editor: a value is changed,
 * added or removed at a key path, and every other character — comments, blank lines, key order, quoting
 * and flow style of untouched values — stays exactly as the user wrote it.
 *
 * <p>It works on the text with the positions SnakeYAML reports for each node (no round trip through
 * objects, which would drop comments). A path is a list of segments: mapping keys (clause ids with dots
 * are one segment) and, inside sequences, {@link Integer} indexes.
 *
 * <p>Values: {@link String} (multi-line text becomes a {@code |} block in block context), {@link Boolean},
 * {@link Number}, {@link LocalDate}, {@link List} and {@link Map} of those. A {@link Plain} writes its text
 * unquoted when YAML reads it back as the same kind of scalar (dates typed in a form: {@code 2026-04-01}).
 */
public final class YamlEditor {
    private static final int INDENT = 2;
    private static final Pattern PLAIN_SAFE = Pattern.compile("[^\\s\\-?:,\\[\\]{}#&*!|>'\"%@`][^\\[\\]{},#]*");
    private static final Resolver RESOLVER = new Resolver();

    private String text;

    public YamlEditor(String text) {
        this.text = text;
    }

    /** A scalar to write without quotes when YAML would read it as such (a date, a number typed in a form). */
    public record Plain(String text) {
    }

    public String text() {
        return text;
    }

    /** The node at a path of the current text, if there is one. */
    public Optional<Node> node(List<?> path) {
        Node n = root();
        for (Object seg : path) {
            if (n == null) {
                return Optional.empty();
            }
            n = child(n, seg).map(Entry::value).orElse(null);
        }
        return Optional.ofNullable(n);
    }

    /** Sets the value at a path, adding the key (and missing parents) when it is not there; null removes it. */
    public void set(List<?> path, Object value) {
        if (value == null) {
            remove(path);
            return;
        }
        if (path.isEmpty()) {
            throw new IllegalArgumentException("the root cannot be replaced");
        }
        Node root = root();
        if (root == null) {
            text = text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + block(path.get(path.size() - 1), value, 0,
                    path.subList(0, path.size() - 1)).substring(1) + "\n";
            return;
        }
        // walk down to the deepest node that exists
        Node parent = root;
        int i = 0;
        while (i < path.size() - 1) {
            Optional<Entry> c = child(parent, path.get(i));
            if (c.isEmpty() || isNull(c.get().value())) {
                break;
            }
            parent = c.get().value();
            i++;
        }
        if (i == path.size() - 1) {
            Optional<Entry> existing = child(parent, path.get(i));
            if (existing.isPresent() && !isNull(existing.get().value())) {
                replace(existing.get(), value);
                return;
            }
        }
        // build the missing rest as nested maps and add it under the deepest existing key
        Object rest = value;
        for (int j = path.size() - 1; j > i; j--) {
            rest = Map.of(path.get(j).toString(), rest);
        }
        Object key = path.get(i);
        Optional<Entry> nullEntry = child(parent, key);
        if (nullEntry.isPresent()) { // "cloud:" with nothing after it
            replaceNull(nullEntry.get(), rest);
        } else if (parent instanceof MappingNode m) {
            insert(m, key.toString(), rest);
        } else if (parent instanceof SequenceNode s && key instanceof Integer idx && idx == s.getValue().size()) {
            append(s, rest);
        } else {
            throw new IllegalArgumentException("cannot add " + path + " here");
        }
    }

    /** Removes the key at a path (and a mapping left empty by it); nothing when it is not there. */
    public void remove(List<?> path) {
        if (path.isEmpty()) {
            return;
        }
        Node parent = node(path.subList(0, path.size() - 1)).orElse(null);
        if (parent == null) {
            return;
        }
        Optional<Entry> e = child(parent, path.get(path.size() - 1));
        if (e.isEmpty()) {
            return;
        }
        int size = parent instanceof MappingNode m ? m.getValue().size() : ((SequenceNode) parent).getValue().size();
        if (size == 1 && path.size() > 1) {
            remove(path.subList(0, path.size() - 1));
            return;
        }
        Entry entry = e.get();
        if (inFlow(parent)) {
            int start = entry.start();
            int end = index(entry.value().getEndMark().getIndex());
            List<?> siblings = parent instanceof MappingNode m ? m.getValue() : ((SequenceNode) parent).getValue();
            int pos = entry.position();
            if (pos + 1 < siblings.size()) { // "a, " → take up to the next entry
                end = startOf(siblings.get(pos + 1));
            } else if (pos > 0) { // ", a" → from the end of the previous entry
                start = index(endOf(siblings.get(pos - 1)));
            }
            text = text.substring(0, start) + text.substring(end);
        } else {
            int start = lineStart(entry.start());
            int end = lineEndAfter(contentEnd(entry.value()));
            text = text.substring(0, start) + text.substring(end);
        }
    }

    // ---- reading the current text

    private Node root() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setProcessComments(false);
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options);
        return yaml.compose(new StringReader(text));
    }

    /** A key's value (or a sequence item) with where its key or item starts in the text. */
    private record Entry(Node key, Node value, int start, int position) {
    }

    private Optional<Entry> child(Node n, Object seg) {
        if (n instanceof MappingNode m) {
            List<NodeTuple> tuples = m.getValue();
            for (int i = 0; i < tuples.size(); i++) {
                NodeTuple t = tuples.get(i);
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(seg.toString())) {
                    return Optional.of(new Entry(k, t.getValueNode(), index(k.getStartMark().getIndex()), i));
                }
            }
        } else if (n instanceof SequenceNode s && seg instanceof Integer i && i >= 0 && i < s.getValue().size()) {
            Node item = s.getValue().get(i);
            int start = index(item.getStartMark().getIndex());
            if (s.getFlowStyle() != DumperOptions.FlowStyle.FLOW) {
                start = text.lastIndexOf('-', start);
            }
            return Optional.of(new Entry(null, item, start, i));
        }
        return Optional.empty();
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode s && s.getTag().equals(Tag.NULL) && s.getValue().isEmpty();
    }

    /** SnakeYAML counts code points; Java strings count UTF-16 units. */
    private int index(int codePoints) {
        return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
    }

    private int startOf(Object tupleOrNode) {
        Node n = tupleOrNode instanceof NodeTuple t ? t.getKeyNode() : (Node) tupleOrNode;
        return index(n.getStartMark().getIndex());
    }

    private int endOf(Object tupleOrNode) {
        Node n = tupleOrNode instanceof NodeTuple t ? t.getValueNode() : (Node) tupleOrNode;
        return n.getEndMark().getIndex();
    }

    /** Where the characters of a value end: for block collections the end of their last value, not the next key. */
    private int contentEnd(Node n) {
        if (n instanceof MappingNode m && m.getFlowStyle() != DumperOptions.FlowStyle.FLOW && !m.getValue().isEmpty()) {
            return contentEnd(m.getValue().get(m.getValue().size() - 1).getValueNode());
        }
        if (n instanceof SequenceNode s && s.getFlowStyle() != DumperOptions.FlowStyle.FLOW && !s.getValue().isEmpty()) {
            return contentEnd(s.getValue().get(s.getValue().size() - 1));
        }
        int end = index(n.getEndMark().getIndex());
        if (n instanceof ScalarNode s && (s.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
                || s.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED)) {
            while (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r' || text.charAt(end - 1) == ' ')) {
                end--;
            }
        }
        return end;
    }

    private int lineStart(int i) {
        return text.lastIndexOf('\n', i - 1) + 1;
    }

    /** The index just after the line break ending the line that holds index i (or the text's end). */
    private int lineEndAfter(int i) {
        int nl = text.indexOf('\n', i);
        return nl < 0 ? text.length() : nl + 1;
    }

    private int lineEnd(int i) {
        int nl = text.indexOf('\n', i);
        return nl < 0 ? text.length() : (nl > 0 && text.charAt(nl - 1) == '\r' ? nl - 1 : nl);
    }

    private int column(int i) {
        return i - lineStart(i);
    }

    private static boolean inFlow(Node container) {
        return container instanceof org.yaml.snakeyaml.nodes.CollectionNode<?> c
                && c.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
    }

    // ---- changing it

    private void replace(Entry e, Object value) {
        Node old = e.value();
        Node container = containerOf(e);
        boolean flow = container != null && inFlow(container);
        int keyColumn = column(e.start());
        int childIndent = keyColumn + INDENT;
        if (e.key() == null) { // a sequence item "- value": its children line up after "- "
            childIndent = keyColumn + 2;
        }
        if (value instanceof Map<?, ?> map && old instanceof MappingNode) {
            for (Map.Entry<?, ?> me : map.entrySet()) {
                // one key at a time keeps what the user wrote around each of them
                set(append(pathOf(e), me.getKey()), me.getValue());
            }
            return;
        }
        boolean oldBlockCollection = (old instanceof MappingNode || old instanceof SequenceNode) && !inFlow(old);
        int valueStart = index(old.getStartMark().getIndex());
        int start = valueStart;
        int end = contentEnd(old);
        String replacement;
        if (flow) {
            replacement = flow(value);
        } else if (isBlockValue(value) || oldBlockCollection) {
            // the new value follows "key:"; a comment on the key's line stays on it
            int from = afterColon(e, valueStart);
            int keyLineEnd = lineEnd(from);
            String comment = "";
            if (oldBlockCollection) {
                String between = text.substring(from, keyLineEnd).stripTrailing();
                comment = between.strip().startsWith("#") ? between : "";
            } else {
                String trailing = text.substring(end, lineEnd(end)).strip();
                if (trailing.startsWith("#")) {
                    comment = " " + trailing;
                    end = lineEnd(end);
                }
            }
            start = from;
            if (value instanceof String s && s.contains("\n")) {
                replacement = " |" + comment + literal(s, childIndent);
            } else if (isBlockValue(value)) {
                int indent = oldBlockCollection && old instanceof SequenceNode
                        ? column(text.lastIndexOf('-', valueStart)) : childIndent;
                replacement = comment + blockBody(value, indent);
            } else {
                replacement = " " + flow(value) + comment;
            }
        } else {
            replacement = flow(value);
        }
        text = text.substring(0, start) + replacement + text.substring(end);
    }

    /** The index just after "key:" of an entry (for a sequence item, after "-"). */
    private int afterColon(Entry e, int limit) {
        int from = e.key() == null ? e.start() : index(e.key().getEndMark().getIndex());
        int colon = e.key() == null ? from : text.indexOf(':', from);
        return Math.min(colon + 1, limit);
    }

    private void replaceNull(Entry e, Object value) {
        int at = afterColon(e, text.length());
        int end = index(e.value().getEndMark().getIndex());
        int keyColumn = column(e.start());
        Node container = containerOf(e);
        String replacement = container != null && inFlow(container) ? " " + flow(value)
                : isBlockValue(value) ? (value instanceof String s ? " |" + literal(s, keyColumn + INDENT)
                : blockBody(value, keyColumn + INDENT)) : " " + flow(value);
        text = text.substring(0, at) + replacement + text.substring(Math.max(at, end));
    }

    private void insert(MappingNode m, String key, Object value) {
        List<NodeTuple> tuples = m.getValue();
        if (inFlow(m)) {
            String entry = flowKey(key) + ": " + flow(value);
            if (tuples.isEmpty()) {
                int close = text.lastIndexOf('}', index(m.getEndMark().getIndex()));
                text = text.substring(0, close) + " " + entry + " " + text.substring(close);
            } else {
                int at = contentEnd(tuples.get(tuples.size() - 1).getValueNode());
                text = text.substring(0, at) + ", " + entry + text.substring(at);
            }
            return;
        }
        int indent = column(index(tuples.get(0).getKeyNode().getStartMark().getIndex()));
        int at = lineEnd(contentEnd(tuples.get(tuples.size() - 1).getValueNode()));
        String addition = block(key, value, indent, List.of());
        if (at == text.length() && !text.endsWith("\n")) {
            text = text + addition + "\n";
        } else {
            text = text.substring(0, at) + addition + text.substring(at);
        }
    }

    private void append(SequenceNode s, Object value) {
        List<Node> items = s.getValue();
        if (inFlow(s) || items.isEmpty()) {
            int close = text.lastIndexOf(']', index(s.getEndMark().getIndex()));
            text = text.substring(0, close) + (items.isEmpty() ? "" : ", ") + flow(value) + text.substring(close);
            return;
        }
        int dash = text.lastIndexOf('-', index(items.get(0).getStartMark().getIndex()));
        int indent = column(dash);
        int at = lineEnd(contentEnd(items.get(items.size() - 1)));
        text = text.substring(0, at) + "\n" + " ".repeat(indent) + "- " + itemText(value, indent + 2) + text.substring(at);
    }

    /** "\n" + indent + "key: value" in block style, for a key added to a block mapping. */
    private String block(Object key, Object value, int indent, List<?> unused) {
        String head = "\n" + " ".repeat(indent) + flowKey(key.toString()) + ":";
        if (value instanceof String s && s.contains("\n")) {
            return head + " |" + literal(s, indent + INDENT);
        }
        if (isBlockValue(value)) {
            return head + blockBody(value, indent + INDENT);
        }
        return head + " " + flow(value);
    }

    /** Lines (each starting with "\n") of a mapping or a sequence of mappings in block style. */
    private String blockBody(Object value, int indent) {
        StringBuilder sb = new StringBuilder();
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getValue() != null) {
                    sb.append(block(e.getKey(), e.getValue(), indent, List.of()));
                }
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                sb.append('\n').append(" ".repeat(indent)).append("- ").append(itemText(item, indent + 2));
            }
        } else if (value instanceof String s) {
            sb.append(literal(s, indent));
        }
        return sb.toString();
    }

    /** A sequence item after "- ": mappings of scalars as { … } (as the samples write them). */
    private String itemText(Object item, int indent) {
        if (item instanceof Map<?, ?> map && map.values().stream().anyMatch(YamlEditor::isBlockValue)) {
            return blockBody(item, indent).substring(indent + 1);
        }
        return flow(item);
    }

    private static boolean isBlockValue(Object v) {
        if (v instanceof String s) {
            return s.contains("\n");
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        if (v instanceof List<?> l) {
            return l.stream().anyMatch(i -> i instanceof Map<?, ?> || i instanceof List<?>);
        }
        return false;
    }

    /** " |" content: "\n" + each line indented; a trailing line break is implied by the | style. */
    private static String literal(String s, int indent) {
        String body = s.replace("\r\n", "\n");
        while (body.endsWith("\n")) {
            body = body.substring(0, body.length() - 1);
        }
        StringBuilder sb = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            sb.append('\n');
            if (!line.isEmpty()) {
                sb.append(" ".repeat(indent)).append(line);
            }
        }
        return sb.toString();
    }

    /** A value in flow style: scalars, [a, b], { k: v }. */
    static String flow(Object v) {
        if (v instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (e.getValue() != null) {
                    parts.add(flowKey(e.getKey().toString()) + ": " + flow(e.getValue()));
                }
            }
            return parts.isEmpty() ? "{}" : "{ " + String.join(", ", parts) + " }";
        }
        if (v instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object o : list) {
                parts.add(flow(o));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        if (v instanceof Boolean || v instanceof Number || v instanceof LocalDate) {
            return v.toString();
        }
        if (v instanceof Plain p) {
            Tag tag = RESOLVER.resolve(org.yaml.snakeyaml.nodes.NodeId.scalar, p.text(), true);
            if (PLAIN_SAFE.matcher(p.text()).matches() && !p.text().endsWith(" ") && !p.text().contains(": ")
                    && !p.text().contains(" #") && !tag.equals(Tag.NULL) && !tag.equals(Tag.BOOL)) {
                return p.text();
            }
            return quoted(p.text());
        }
        return string(v.toString());
    }

    private static String flowKey(String key) {
        return string(key);
    }

    /** A string, unquoted when YAML would read it back as the same string, double-quoted otherwise. */
    static String string(String s) {
        if (PLAIN_SAFE.matcher(s).matches() && !s.endsWith(" ") && !s.contains(": ") && !s.contains(" #")
                && !s.endsWith(":") && RESOLVER.resolve(org.yaml.snakeyaml.nodes.NodeId.scalar, s, true).equals(Tag.STR)) {
            return s;
        }
        return quoted(s);
    }

    private static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    // ---- paths of entries (recomputed: each edit re-reads the text)

    private Node containerOf(Entry e) {
        return containerOf(root(), e.value());
    }

    private static Node containerOf(Node n, Node target) {
        if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getValueNode() == target) {
                    return m;
                }
                Node found = containerOf(t.getValueNode(), target);
                if (found != null) {
                    return found;
                }
            }
        } else if (n instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                if (item == target) {
                    return s;
                }
                Node found = containerOf(item, target);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private List<Object> pathOf(Entry e) {
        List<Object> path = new ArrayList<>();
        pathOf(root(), e.start(), path);
        return path;
    }

    /** The path of the key or item starting at a text index. */
    private boolean pathOf(Node n, int start, List<Object> path) {
        if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                String k = ((ScalarNode) t.getKeyNode()).getValue();
                path.add(k);
                if (index(t.getKeyNode().getStartMark().getIndex()) == start || pathOf(t.getValueNode(), start, path)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        } else if (n instanceof SequenceNode s) {
            for (int i = 0; i < s.getValue().size(); i++) {
                path.add(i);
                Entry item = child(s, i).orElseThrow();
                if (item.start() == start || pathOf(s.getValue().get(i), start, path)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        return false;
    }

    private static List<Object> append(List<Object> path, Object seg) {
        List<Object> p = new ArrayList<>(path);
        p.add(seg);
        return p;
    }
}
