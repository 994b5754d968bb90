package jp.policygen.upgrade;

import java.util.List;
import java.util.Optional;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import jp.policygen.yaml.YamlEditor;

/**
 * The user's profile file, edited as text for an upgrade: only what the new edition needs changes (the guideline,
 * the new keys with a comment saying what to decide, override keys of clauses renamed or removed), every other
 * character — comments, key order, quoting — stays as written.
 */
final class ProfileText {
    private YamlEditor editor;

    ProfileText(String text) {
        this.editor = new YamlEditor(text);
    }

    String text() {
        return editor.text();
    }

    /** Changes the value of {@code guideline:} keeping its quotes; adds the key on top when the file has none. */
    void setGuideline(String edition) {
        Optional<Node> n = editor.node(List.of("guideline"));
        if (n.isPresent() && n.get() instanceof ScalarNode s) {
            splice(s, edition);
        } else {
            String t = editor.text();
            int at = firstKeyLine(t);
            replaceText(t.substring(0, at) + "guideline: \"" + edition + "\"\n" + t.substring(at));
        }
    }

    /** Adds a key the new edition introduces (when absent), with a comment line above saying what to decide. */
    void addKey(List<String> path, Object value, String comment) {
        if (editor.node(path).isPresent()) {
            return;
        }
        editor.set(path, value);
        Node key = keyNode(path);
        String t = editor.text();
        int start = index(t, key.getStartMark().getIndex());
        int lineStart = t.lastIndexOf('\n', start - 1) + 1;
        String indent = t.substring(lineStart, start);
        if (!indent.isBlank()) { // a key in a flow mapping: the comment goes on the line above that mapping
            indent = indent.substring(0, indent.length() - indent.stripLeading().length());
        }
        replaceText(t.substring(0, lineStart) + indent + "# " + comment + "\n" + t.substring(lineStart));
    }

    /** Sets a value of the profile (policy.effective, policy.version), adding the key when absent. */
    void set(List<String> path, String value) {
        Optional<Node> n = editor.node(path);
        if (n.isPresent() && n.get() instanceof ScalarNode s && !s.getValue().isEmpty()) {
            splice(s, value);
        } else {
            editor.set(path, new YamlEditor.Plain(value));
        }
    }

    /** Adds a row at the end of policy.history (the list made when the profile has none). */
    void addHistory(java.util.Map<String, Object> row, int rows) {
        if (rows == 0) {
            editor.set(List.of("policy", "history"), List.of(row));
        } else {
            editor.set(List.of("policy", "history", rows), row);
        }
    }

    /** Renames an override's key (the clause has another id in the new edition), keeping its value as written. */
    void renameOverride(String from, String to) {
        Node key = keyNode(List.of("overrides", from));
        splice((ScalarNode) key, to);
    }

    /** Renames a clause's key in the pinned numbering (policy.numbering.&lt;document&gt;), keeping its position. */
    void renamePinned(String document, String from, String to) {
        Node key = keyNode(List.of("policy", "numbering", document, from));
        splice((ScalarNode) key, to);
    }

    /** Points a clause of the body's own (insert:) at the clause that now stands where its old one did. */
    void setInsertAfter(String id, String after) {
        Node n = editor.node(List.of("overrides", id, "insert", "after")).orElseThrow();
        splice((ScalarNode) n, after);
    }

        void removeOverride(String id) {
        editor.remove(List.of("overrides", id));
    }

    private Node keyNode(List<String> path) {
        Node parent = editor.node(path.subList(0, path.size() - 1)).orElseThrow();
        for (var t : ((org.yaml.snakeyaml.nodes.MappingNode) parent).getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(path.get(path.size() - 1))) {
                return k;
            }
        }
        throw new IllegalStateException("no key " + path);
    }

    /** Replaces a scalar's characters, inside its quotes when it has them. */
    private void splice(ScalarNode s, String value) {
        String t = editor.text();
        int start = index(t, s.getStartMark().getIndex());
        int end = index(t, s.getEndMark().getIndex());
        DumperOptions.ScalarStyle style = s.getScalarStyle();
        if (style == DumperOptions.ScalarStyle.DOUBLE_QUOTED || style == DumperOptions.ScalarStyle.SINGLE_QUOTED) {
            start++;
            end--;
        }
        replaceText(t.substring(0, start) + value + t.substring(end));
    }

    private void replaceText(String t) {
        // YamlEditor keeps no state beyond its text: a new one over the changed text continues the edit
        editor = new YamlEditor(t);
    }

    private static int index(String t, int codePoints) {
        return t.offsetByCodePoints(0, Math.min(codePoints, t.codePointCount(0, t.length())));
    }

    /** The start of the first line that is neither blank nor a comment (a key goes before it). */
    private static int firstKeyLine(String t) {
        int i = 0;
        while (i < t.length()) {
            int nl = t.indexOf('\n', i);
            String line = t.substring(i, nl < 0 ? t.length() : nl).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                return i;
            }
            if (nl < 0) {
                return t.length();
            }
            i = nl + 1;
        }
        return t.length();
    }
}
