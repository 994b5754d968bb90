package jp.policygen.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON Schema that editors and the serve form use (schema/profile.schema.json) and the profile reader agree
 * both ways: the same keys at every level, the same allowed values, the same required keys, and every example the
 * schema shows is a value the reader accepts. Every property carries a Japanese title, description and example.
 */
class ProfileSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode schema() throws IOException {
        return JSON.readTree(Path.of("schema/profile.schema.json").toFile());
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> out = new TreeSet<>();
        node.get("properties").fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void schemaKeysMatchTheReader() throws IOException {
        JsonNode s = schema();
        JsonNode p = s.get("properties");
        assertEquals(new TreeSet<>(ProfileBuilder.ROOT), keys(s));
        assertEquals(new TreeSet<>(ProfileBuilder.MUNICIPALITY), keys(p.get("municipality")));
        assertEquals(new TreeSet<>(ProfileBuilder.POLICY), keys(p.get("policy")));
        assertEquals(new TreeSet<>(ProfileBuilder.REPLACES), keys(p.get("policy").get("properties").get("replaces")));
        assertEquals(new TreeSet<>(ProfileBuilder.HISTORY),
                keys(p.get("policy").get("properties").get("history").get("items")));
        assertEquals(new TreeSet<>(ProfileBuilder.ORGANIZATION), keys(p.get("organization")));
        assertEquals(new TreeSet<>(ProfileBuilder.CSIRT), keys(p.get("organization").get("properties").get("csirt")));
        assertEquals(new TreeSet<>(ProfileBuilder.NETWORK), keys(p.get("network")));
        assertEquals(new TreeSet<>(ProfileBuilder.ALPHA_PRIME),
                keys(p.get("network").get("properties").get("alpha_prime")));
        assertEquals(new TreeSet<>(ProfileBuilder.CLOUD), keys(p.get("cloud")));
        assertEquals(new TreeSet<>(ProfileBuilder.SERVICE), keys(p.get("cloud").get("properties").get("services").get("items")));
        assertEquals(new TreeSet<>(ProfileBuilder.FEATURES), keys(p.get("features")));
        assertEquals(new TreeSet<>(Parameter.keys()), keys(p.get("parameters")));
        assertEquals(new TreeSet<>(ProfileBuilder.OVERRIDE), keys(p.get("overrides").get("additionalProperties")));
        assertEquals(new TreeSet<>(ProfileBuilder.INSERT),
                keys(p.get("overrides").get("additionalProperties").get("properties").get("insert")));
    }

    @Test
    void schemaValuesMatchTheReader() throws IOException {
        JsonNode p = schema().get("properties");
        assertEquals(BodyKind.ids(), strings(p.at("/municipality/properties/kind/enum")));
        assertEquals(ProfileReader.FORMS, strings(p.at("/policy/properties/form/enum")));
        assertEquals(ProfileBuilder.ARTICLE_NUMBERS, strings(p.at("/policy/properties/article_numbers/enum")));
        assertEquals(ProfileBuilder.ITEM_NUMBERS, strings(p.at("/policy/properties/item_numbers/enum")));
        assertEquals(ProfileBuilder.JOINT_ADOPTION, strings(p.at("/policy/properties/joint_adoption/enum")));
        assertEquals(ProfileBuilder.RULES, strings(p.at("/policy/properties/rules/enum")));
        assertEquals(ProfileReader.MODELS, strings(p.at("/network/properties/model/enum")));
        assertEquals(ProfileReader.CASES, strings(p.at("/network/properties/alpha_prime/properties/case/enum")));
        JsonNode sanitization = p.at("/network/properties/sanitization/items");
        assertEquals(ProfileReader.SANITIZATION_ORDER, strings(sanitization.get("enum")));
        for (Sanitization method : Sanitization.values()) {
            assertEquals(method.label(), sanitization.at("/x-enum-labels/" + method.id()).asText(),
                    "the form shows the name the documents print");
        }
        for (Parameter x : Parameter.ALL) {
            JsonNode n = p.get("parameters").get("properties").get(x.key());
            assertEquals(x.fallback(), n.get("default").asText(), x.key() + ": the schema documents the default the tool uses");
            if (x.choices().isEmpty()) {
                assertEquals(x.min(), n.get("minimum").asInt(), x.key());
                assertEquals(x.max(), n.get("maximum").asInt(), x.key());
            } else {
                assertEquals(List.copyOf(x.choices().keySet()), strings(n.get("enum")), x.key());
            }
        }
    }

    /** Every property, at any depth, with its dotted path (overrides.*.insert.after for the per-clause mapping). */
    private static Map<String, JsonNode> properties(JsonNode schema) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        walk("", schema, out);
        return out;
    }

    private static void walk(String path, JsonNode node, Map<String, JsonNode> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            out.put(p, e.getValue());
            walk(p, e.getValue(), out);
        }
        if (node.path("items").isObject()) {
            walk(path + "[]", node.get("items"), out);
        }
        if (node.path("additionalProperties").isObject()) {
            out.put(path + ".*", node.get("additionalProperties"));
            walk(path + ".*", node.get("additionalProperties"), out);
        }
    }

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

    @Test
    void everyPropertyHasAJapaneseTitleDescriptionAndExample() throws IOException {
        Map<String, JsonNode> all = properties(schema());
        assertTrue(all.size() > 70, "the walk found the nested properties too: " + all.size());
        List<String> missing = new ArrayList<>();
        all.forEach((path, n) -> {
            for (String k : List.of("title", "description")) {
                if (!JAPANESE.matcher(n.path(k).asText("")).find()) {
                    missing.add(path + " の " + k);
                }
            }
            if (!n.path("examples").isArray() || n.get("examples").isEmpty()) {
                missing.add(path + " の examples");
            }
        });
        assertEquals(List.of(), missing);
    }

    @Test
    void everyEnumValueHasAJapaneseLabel() throws IOException {
        List<String> problems = new ArrayList<>();
        int enums = 0;
        for (Map.Entry<String, JsonNode> e : properties(schema()).entrySet()) {
            JsonNode n = e.getValue().has("enum") ? e.getValue() : e.getValue().path("items");
            if (!n.has("enum")) {
                continue;
            }
            enums++;
            JsonNode labels = n.path("x-enum-labels");
            List<String> labelled = new ArrayList<>();
            labels.fieldNames().forEachRemaining(labelled::add);
            if (!labelled.equals(strings(n.get("enum")))) {
                problems.add(e.getKey() + ": x-enum-labels " + labelled + " ≠ enum " + strings(n.get("enum")));
            }
            labels.forEach(l -> {
                if (!JAPANESE.matcher(l.asText()).find()) {
                    problems.add(e.getKey() + ": label 「" + l.asText() + "」");
                }
            });
        }
        assertEquals(List.of(), problems);
        assertTrue(enums >= 10, "enums found: " + enums);
    }

    @Test
    void everyExampleFitsItsOwnProperty() throws IOException {
        List<String> problems = new ArrayList<>();
        properties(schema()).forEach((path, n) -> n.path("examples").forEach(x -> {
            if (n.has("enum") && !strings(n.get("enum")).contains(x.asText())) {
                problems.add(path + ": " + x);
            }
            String type = n.path("type").asText("");
            boolean fits = switch (type) {
                case "string" -> x.isTextual() && x.asText().length() <= n.path("maxLength").asInt(Integer.MAX_VALUE)
                        && (!n.has("pattern") || Pattern.compile(n.get("pattern").asText()).matcher(x.asText()).find());
                case "integer" -> x.isInt() && x.asInt() >= n.path("minimum").asInt(Integer.MIN_VALUE)
                        && x.asInt() <= n.path("maximum").asInt(Integer.MAX_VALUE);
                case "boolean" -> x.isBoolean();
                case "array" -> x.isArray();
                case "object" -> x.isObject();
                default -> true;
            };
            if (!fits) {
                problems.add(path + ": " + x + " is not a " + type);
            }
        }));
        assertEquals(List.of(), problems);
    }

    /**
     * YAML readers that follow YAML 1.1 (SnakeYAML, PyYAML, js-yaml) turn an unquoted 2026-04-01 into a date value,
     * not a string; a schema saying "type": "string" would reject the very profiles the tool reads. Date properties
     * therefore constrain only strings (pattern, format) and the reader takes both spellings.
     */
    @Test
    void datesAcceptWhatYamlReadersProduce() throws IOException {
        Map<String, Object> loaded = new Yaml().load(TestProfiles.MINIMAL);
        @SuppressWarnings("unchecked")
        Object effective = ((Map<String, Object>) loaded.get("policy")).get("effective");
        assertInstanceOf(java.util.Date.class, effective, "SnakeYAML reads an unquoted date as a date value");

        List<String> dates = new ArrayList<>();
        properties(schema()).forEach((path, n) -> {
            if ("date".equals(n.path("format").asText())) {
                dates.add(path);
                assertFalse(n.has("type"), path + ": a type would refuse the date values YAML readers make");
                Pattern pattern = Pattern.compile(n.get("pattern").asText());
                for (String ok : List.of("2026-04-01", "2026-4-1")) {
                    assertTrue(pattern.matcher(ok).find(), path + " accepts " + ok);
                }
                assertFalse(pattern.matcher("令和8年4月1日").find(), path + " refuses 和暦");
            }
        });
        assertEquals(List.of("policy.effective", "policy.adopted", "policy.history[].date", "policy.history[].adopted",
                "law.published", "law.existing_contracts[].ends"), dates);

        for (String spelling : List.of("2026-04-01", "\"2026-04-01\"", "'2026-4-1'")) {
            Profile p = TestProfiles.profile(TestProfiles.MINIMAL.replace("effective: 2026-04-01",
                    "effective: " + spelling + "\n  history:\n    - { date: " + spelling + ", note: 策定 }"));
            assertEquals(java.time.LocalDate.of(2026, 4, 1), p.policy().effective(), spelling);
        }
    }

    // ---- the reader accepts every example and requires exactly what the schema requires ----

    private static final String BASE = TestProfiles.MINIMAL.replace("guideline: \"2024-10\"", "guideline: \"2025-03\"");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> base() {
        Map<String, Object> m = (Map<String, Object>) new Yaml().load(BASE);
        ((Map<String, Object>) m.get("policy")).put("effective", "2026-04-01"); // dumped quoted, not as a timestamp
        return m;
    }

    private static String dump(Map<String, Object> profile) {
        DumperOptions o = new DumperOptions();
        o.setAllowUnicode(true);
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(o).dump(profile);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> root, String path) {
        Map<String, Object> m = root;
        if (!path.isEmpty()) {
            for (String k : path.split("\\.")) {
                m = (Map<String, Object>) m.computeIfAbsent(k, x -> new LinkedHashMap<String, Object>());
            }
        }
        return m;
    }

    private static List<String> errors(String yaml) {
        return TestProfiles.read(yaml).findings().stream().filter(Finding::isError).map(Finding::format).toList();
    }

    /** The objects whose properties the test sets one by one (the lists and the overrides have tests below). */
    private static final List<String> OBJECTS = List.of("", "municipality", "policy", "policy.replaces", "organization",
            "organization.csirt", "network", "network.alpha_prime", "cloud", "features", "parameters");

    private static JsonNode at(JsonNode schema, String path) {
        JsonNode n = schema;
        if (!path.isEmpty()) {
            for (String k : path.split("\\.")) {
                n = n.get("properties").get(k);
            }
        }
        return n;
    }

    @Test
    void theReaderAcceptsEveryExampleOfTheSchema() throws IOException {
        JsonNode schema = schema();
        assertEquals(List.of(), errors(BASE));
        List<String> problems = new ArrayList<>();
        int tried = 0;
        for (String obj : OBJECTS) {
            for (Iterator<Map.Entry<String, JsonNode>> it = at(schema, obj).get("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = obj.isEmpty() ? e.getKey() : obj + "." + e.getKey();
                if (OBJECTS.contains(path) && !path.equals("network.alpha_prime")) {
                    continue; // set key by key
                }
                for (JsonNode x : e.getValue().get("examples")) {
                    Map<String, Object> p = base();
                    if (object(p, obj).isEmpty() && !obj.isEmpty()) { // policy.replaces: its other required keys
                        object(p, obj).putAll(JSON.convertValue(at(schema, obj).get("examples").get(0), Map.class));
                    }
                    object(p, obj).put(e.getKey(), JSON.convertValue(x, Object.class));
                    if (path.startsWith("network.alpha_prime")) {
                        object(p, "network").put("model", "alpha-prime");
                    }
                    if (obj.equals("network") && e.getKey().equals("model") && x.asText().startsWith("beta")) {
                        object(p, "network").put("edr", true);
                        object(p, "network").put("log_monitoring", true);
                    }
                    tried++;
                    List<String> errs = errors(dump(p));
                    if (!errs.isEmpty()) {
                        problems.add(path + " = " + x + ": " + errs);
                    }
                }
            }
        }
        for (String key : List.of("overrides", "overrides.*", "overrides.*.insert")) {
            JsonNode n = properties(schema).get(key);
            for (JsonNode x : n.get("examples")) {
                Object value = JSON.convertValue(x, Object.class);
                Map<String, Object> p = base();
                object(p, "overrides").putAll(switch (key) {
                    case "overrides" -> JSON.convertValue(x, Map.class);
                    case "overrides.*" -> Map.of("std.human.passwords", value);
                    default -> Map.of("local.example", Map.of("insert", value, "reason", "本市独自の規定"));
                });
                tried++;
                List<String> errs = errors(dump(p));
                if (!errs.isEmpty()) {
                    problems.add(key + " = " + x + ": " + errs);
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(tried > 50, "examples tried: " + tried);
    }

    @Test
    void theReaderRequiresExactlyWhatTheSchemaRequires() throws IOException {
        JsonNode schema = schema();
        List<String> problems = new ArrayList<>();
        for (String obj : List.of("", "municipality", "policy", "organization", "organization.csirt", "network")) {
            List<String> required = strings(at(schema, obj).path("required"));
            for (String key : object(base(), obj).keySet()) {
                Map<String, Object> p = base();
                object(p, obj).remove(key);
                boolean refused = !errors(dump(p)).isEmpty();
                if (refused != required.contains(key)) {
                    problems.add((obj.isEmpty() ? "" : obj + ".") + key + (refused ? " is required by the reader only"
                            : " is required by the schema only"));
                }
            }
        }
        assertEquals(List.of(), problems);
    }
}
