package jp.policygen.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import jp.policygen.profile.Finding;
import jp.policygen.serve.FormSchema.Field;
import jp.policygen.serve.FormSchema.Kind;
import jp.policygen.yaml.YamlEditor;

/**
 * Between the form and the YAML: the values the form shows (as the user wrote them in the file), and the
 * edits a submitted form makes to the text. Only values the user changed are touched, through
 * {@link YamlEditor}, so the rest of the file — comments, order, keys the form does not know — stays as it was.
 */
final class ProfileForm {
    private final FormSchema schema;

    ProfileForm(FormSchema schema) {
        this.schema = schema;
    }

    /** The values of the form's fields in a profile text: strings, lists of strings, lists of string maps. */
    Map<String, Object> values(String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        YamlEditor e = new YamlEditor(text);
        Optional<Node> root;
        try {
            root = e.node(List.of());
        } catch (RuntimeException bad) {
            return out; // not YAML: the page shows the messages and the text editor
        }
        if (root.isEmpty()) {
            return out;
        }
        for (Field f : schema.fields()) {
            Node n = find(root.get(), f.path());
            if (n != null) {
                out.put(f.path(), plain(n));
            }
        }
        return out;
    }

    private static Node find(Node root, String path) {
        Node n = root;
        for (String seg : path.split("\\.")) {
            if (!(n instanceof MappingNode m)) {
                return null;
            }
            Node next = null;
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(seg)) {
                    next = t.getValueNode();
                }
            }
            n = next;
        }
        return n;
    }

    private static Object plain(Node n) {
        if (n instanceof ScalarNode s) {
            return s.getValue();
        }
        if (n instanceof SequenceNode s) {
            List<Object> l = new ArrayList<>();
            s.getValue().forEach(i -> l.add(plain(i)));
            return l;
        }
        if (n instanceof MappingNode m) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    map.put(k.getValue(), plain(t.getValueNode()));
                }
            }
            return map;
        }
        return "";
    }

    /** The profile text with the submitted form's changes made to it. */
    String apply(String text, Request req) {
        YamlEditor e = new YamlEditor(text);
        Map<String, Object> current = values(text);
        for (Field f : schema.fields()) {
            if (!req.form.containsKey(f.path()) && f.kind() != Kind.TABLE) {
                continue; // not on the submitted form: leave it as it is
            }
            List<Object> path = new ArrayList<>(List.of((Object[]) f.path().split("\\.")));
            Object old = current.get(f.path());
            switch (f.kind()) {
                case BOOLEAN -> {
                    boolean b = "true".equals(req.last(f.path()));
                    boolean was = old instanceof String s ? truthy(s) : "true".equals(f.defaultValue());
                    if (b != was) {
                        e.set(path, b);
                    }
                }
                case CHOICES, LINES -> {
                    List<String> v = f.kind() == Kind.CHOICES
                            ? req.all(f.path()).stream().filter(s -> !s.isEmpty()).toList()
                            : req.field(f.path()).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
                    if (v.isEmpty()) {
                        e.remove(path);
                    } else if (!v.equals(old)) {
                        e.set(path, v);
                    }
                }
                case TABLE -> table(e, f, path, old, req);
                default -> scalar(e, f, path, old, req.field(f.path()));
            }
        }
        return e.text();
    }

    private static void scalar(YamlEditor e, Field f, List<Object> path, Object old, String submitted) {
        String v = submitted.strip();
        if (v.isEmpty()) {
            if (old != null) {
                e.remove(path);
            }
        } else if (!v.equals(old)) {
            e.set(path, value(f, v));
        }
    }

    private static Object value(Field f, String v) {
        return switch (f.kind()) {
            case DATE, INTEGER -> new YamlEditor.Plain(v);
            case BOOLEAN -> truthy(v);
            default -> v;
        };
    }

    private static boolean truthy(String s) {
        return List.of("true", "yes", "on").contains(s.toLowerCase(Locale.ROOT));
    }

    @SuppressWarnings("unchecked")
    private static void table(YamlEditor e, Field f, List<Object> path, Object old, Request req) {
        TreeMap<Integer, Map<String, String>> rows = new TreeMap<>();
        String prefix = f.path() + ".";
        boolean present = req.form.containsKey(f.path());
        for (String name : req.form.keySet()) {
            if (!name.startsWith(prefix)) {
                continue;
            }
            String[] rest = name.substring(prefix.length()).split("\\.", 2);
            if (rest.length == 2 && rest[0].matches("\\d{1,3}")) {
                rows.computeIfAbsent(Integer.parseInt(rest[0]), i -> new LinkedHashMap<>()).put(rest[1], req.field(name).strip());
                present = true;
            }
        }
        if (!present) {
            return;
        }
        List<Map<String, String>> kept = rows.values().stream().filter(r -> r.values().stream().anyMatch(v -> !v.isEmpty())).toList();
        List<Object> oldRows = old instanceof List<?> l ? (List<Object>) l : List.of();
        if (kept.isEmpty()) {
            if (old != null) {
                e.remove(path);
            }
            return;
        }
        if (oldRows.size() == kept.size() && oldRows.stream().allMatch(r -> r instanceof Map)) {
            for (int i = 0; i < kept.size(); i++) {
                Map<String, Object> was = (Map<String, Object>) oldRows.get(i);
                for (Field c : f.columns()) {
                    List<Object> cell = new ArrayList<>(path);
                    cell.add(i);
                    cell.add(c.key());
                    String v = kept.get(i).getOrDefault(c.key(), "");
                    Object w = was.get(c.key());
                    if (c.kind() == Kind.BOOLEAN && w instanceof String s && !v.isEmpty() && truthy(s) == truthy(v)) {
                        continue;
                    }
                    scalar(e, c, cell, w, v);
                }
            }
            return;
        }
        List<Object> list = new ArrayList<>();
        for (Map<String, String> r : kept) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (Field c : f.columns()) {
                String v = r.getOrDefault(c.key(), "");
                if (!v.isEmpty()) {
                    m.put(c.key(), value(c, v));
                }
            }
            list.add(m);
        }
        e.set(path, list);
    }

    /** Messages by field path: each finding goes to the field whose path is the longest prefix of its key. */
    Map<String, List<Finding>> messages(List<Finding> findings, List<Finding> general) {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        List<Field> fields = schema.fields();
        for (Finding fd : findings) {
            String key = fd.key().replaceAll("\\[\\d+\\]", "");
            Field best = null;
            for (Field f : fields) {
                if ((key.equals(f.path()) || key.startsWith(f.path() + ".")) && (best == null || f.path().length() > best.path().length())) {
                    best = f;
                }
            }
            if (best == null) { // network.alpha_prime: the first field inside it
                best = fields.stream().filter(f -> !key.isEmpty() && f.path().startsWith(key + ".")).findFirst().orElse(null);
            }
            if (best == null) {
                general.add(fd);
            } else {
                out.computeIfAbsent(best.path(), k -> new ArrayList<>()).add(fd);
            }
        }
        return out;
    }
}
