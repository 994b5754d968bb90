package jp.policygen.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The profile form, built from schema/profile.schema.json (shipped in the jar) so that the form and the schema
 * cannot drift: one group per top-level object, one field per property with the schema's title as label,
 * its description as help text, its enum as the allowed values (labelled by {@code x-enum-labels} when the
 * schema gives them), its default, and whether it is required. {@code overrides} has its own page.
 */
public final class FormSchema {

    public enum Kind { TEXT, DATE, INTEGER, BOOLEAN, CHOICE, CHOICES, LINES, TABLE }

    public record Option(String value, String label) {
    }

    /**
     * @param path     key path in the profile, dotted (policy.effective)
     * @param key      the last key
     * @param columns  for a TABLE (a list of mappings): its columns
     */
    public record Field(String path, String key, String label, String help, Kind kind, List<Option> options,
                 List<Field> columns, boolean required, String defaultValue, String example) {
        /** The default as the form names it: the allowed value's label for a choice. */
        public String defaultLabel() {
            return options.stream().filter(o -> o.value().equals(defaultValue)).map(Option::label).findFirst()
                    .orElse(defaultValue);
        }

        /** An HTML id made of the path (CSS selectors cannot hold dots). */
        public String id() {
            return "f-" + path.replaceAll("[^A-Za-z0-9_-]", "-");
        }

        public String messageId() {
            return "m-" + path.replaceAll("[^A-Za-z0-9_-]", "-");
        }

        public String getKind() {
            return kind.name();
        }
    }

    /**
     * A top-level object of the profile; its nested objects (csirt, alpha_prime, replaces) are {@link Part}s of
     * their own with the schema's title and description.
     */
    public record Group(String key, String label, String help, List<Part> parts) {
        public List<Field> fields() {
            List<Field> all = new ArrayList<>();
            parts.forEach(p -> all.addAll(p.fields()));
            return all;
        }
    }

    /** Fields printed together: the object's own (nested = false), or a nested object's with its label and help. */
    public record Part(String path, String label, String help, boolean nested, List<Field> fields) {
    }

    private final List<Group> groups;
    private final Map<String, Field> overrideFields;

    private FormSchema(List<Group> groups, Map<String, Field> overrideFields) {
        this.groups = List.copyOf(groups);
        this.overrideFields = Map.copyOf(overrideFields);
    }

    /**
     * The keys of one clause's change (replace, omit, append, title, reason, insert.after, insert.title, insert.text)
     * with the schema's label and help, for the clause editor.
     */
    Map<String, Field> overrideFields() {
        return overrideFields;
    }

    List<Group> groups() {
        return groups;
    }

    List<Field> fields() {
        List<Field> all = new ArrayList<>();
        groups.forEach(g -> all.addAll(g.fields()));
        return all;
    }

    static FormSchema load() {
        try (InputStream in = FormSchema.class.getResourceAsStream("/schema/profile.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("schema/profile.schema.json is not in the jar");
            }
            return of(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FormSchema of(JsonNode schema) {
        List<Group> groups = new ArrayList<>();
        List<Field> basics = new ArrayList<>();
        JsonNode props = schema.path("properties");
        List<String> required = strings(schema.path("required"));
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode p = e.getValue();
            if (key.equals("overrides") || key.equals("insert")) {
                continue; // the clauses page edits these
            }
            if ("object".equals(p.path("type").asText()) && p.has("properties")) {
                List<Part> parts = new ArrayList<>();
                object(key, p, parts);
                groups.add(new Group(key, label(key, p), help(p), parts));
            } else if (!"object".equals(p.path("type").asText())) {
                basics.add(field(key, key, p, required.contains(key)));
            }
        }
        if (!basics.isEmpty()) {
            groups.add(0, new Group("", "ガイドラインの版", "", List.of(new Part("", "", "", false, basics))));
        }
        Map<String, Field> overrideFields = new LinkedHashMap<>();
        JsonNode change = props.path("overrides").path("additionalProperties");
        for (Iterator<Map.Entry<String, JsonNode>> it = change.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            overrideFields.put(e.getKey(), field(e.getKey(), e.getKey(), e.getValue(), false));
            for (Iterator<Map.Entry<String, JsonNode>> in = e.getValue().path("properties").fields(); in.hasNext(); ) {
                Map.Entry<String, JsonNode> i = in.next();
                String k = e.getKey() + "." + i.getKey();
                overrideFields.put(k, field(k, i.getKey(), i.getValue(), false));
            }
        }
        return new FormSchema(groups, overrideFields);
    }

    /** An object's scalar fields first as one part, then each nested object as a part of its own. */
    private static void object(String path, JsonNode obj, List<Part> parts) {
        List<String> required = strings(obj.path("required"));
        List<Field> own = new ArrayList<>();
        List<Part> nested = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String p = path + "." + e.getKey();
            JsonNode n = e.getValue();
            if ("object".equals(n.path("type").asText()) && n.has("properties")) {
                List<Part> inner = new ArrayList<>();
                object(p, n, inner);
                List<Field> fields = new ArrayList<>();
                inner.forEach(x -> fields.addAll(x.fields()));
                nested.add(new Part(p, label(e.getKey(), n), help(n), true, fields));
            } else {
                own.add(field(p, e.getKey(), n, required.contains(e.getKey())));
            }
        }
        if (!own.isEmpty()) {
            parts.add(new Part(path, "", "", false, own));
        }
        parts.addAll(nested);
    }

    private static Field field(String path, String key, JsonNode n, boolean required) {
        String type = n.path("type").asText();
        Kind kind;
        List<Option> options = List.of();
        List<Field> columns = List.of();
        if (n.has("enum")) {
            kind = Kind.CHOICE;
            options = options(n);
        } else if ("boolean".equals(type)) {
            kind = Kind.BOOLEAN;
        } else if ("integer".equals(type) || "number".equals(type)) {
            kind = Kind.INTEGER;
        } else if ("array".equals(type)) {
            JsonNode items = n.path("items");
            if (items.has("enum")) {
                kind = Kind.CHOICES;
                options = options(items);
            } else if ("object".equals(items.path("type").asText())) {
                kind = Kind.TABLE;
                List<Field> cols = new ArrayList<>();
                List<String> req = strings(items.path("required"));
                for (Iterator<Map.Entry<String, JsonNode>> it = items.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> c = it.next();
                    cols.add(field(path + "." + c.getKey(), c.getKey(), c.getValue(), req.contains(c.getKey())));
                }
                columns = cols;
            } else {
                kind = Kind.LINES;
            }
        } else if ("date".equals(n.path("format").asText())) {
            kind = Kind.DATE;
        } else {
            kind = Kind.TEXT;
        }
        String def = n.has("default") ? n.get("default").asText() : "";
        return new Field(path, key, label(key, n), help(n), kind, options, columns, required, def, example(n, options));
    }

    /** The schema's first example as the form would show it (allowed values by their labels), or "". */
    private static String example(JsonNode n, List<Option> options) {
        JsonNode ex = n.path("examples").path(0);
        if (ex.isMissingNode() || ex.isObject() || ex.isArray() && ex.size() > 0 && ex.get(0).isObject()) {
            return "";
        }
        List<String> values = new ArrayList<>();
        if (ex.isArray()) {
            ex.forEach(v -> values.add(v.asText()));
        } else {
            values.add(ex.asText());
        }
        return String.join("、", values.stream().map(v -> options.stream().filter(o -> o.value().equals(v))
                .map(Option::label).findFirst().orElse(v)).toList());
    }

    private static List<Option> options(JsonNode n) {
        JsonNode labels = n.path("x-enum-labels");
        List<Option> out = new ArrayList<>();
        for (JsonNode v : n.path("enum")) {
            String value = v.asText();
            out.add(new Option(value, labels.has(value) ? labels.get(value).asText() : value));
        }
        return out;
    }

    /** The schema's title; else its description up to the first 「（」 or 「。」; else the key. */
    private static String label(String key, JsonNode n) {
        if (n.hasNonNull("title")) {
            return n.get("title").asText();
        }
        String d = n.path("description").asText("");
        if (d.isEmpty()) {
            return key;
        }
        int cut = d.length();
        for (String stop : List.of("（", "。", ":", "：")) {
            int i = d.indexOf(stop);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        return d.substring(0, cut);
    }

    private static String help(JsonNode n) {
        String d = n.path("description").asText("");
        return n.hasNonNull("title") ? d : (label("", n).equals(d) ? "" : d);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(s -> out.add(s.asText()));
        return out;
    }

    static Map<String, Field> byPath(List<Field> fields) {
        Map<String, Field> m = new LinkedHashMap<>();
        fields.forEach(f -> m.put(f.path(), f));
        return m;
    }
}
