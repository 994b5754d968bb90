package jp.policygen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jp.policygen.profile.Parameter;
import jp.policygen.profile.TestProfiles;

/**
 * Conditions decides a `when:`/`declared:`/`stated:` exactly as FreeMarker's {@code <#if>} does: every condition of
 * every shipped edition (and of Parameter), against the data model of every sample profile, each of those with every
 * value of every name changed one at a time, and seeded random mixtures of all of them.
 */
class ConditionsEvaluationTest {
    private final TemplateEngine engine = new TemplateEngine();

    @Test
    void everyConditionOfTheCatalogDecidesAsFreeMarkerOverEverySampleAndEveryValue() throws IOException {
        Set<String> conditions = catalogConditions();
        assertTrue(conditions.size() > 30, "conditions found: " + conditions.size());
        List<Map<String, Object>> models = models();
        int decided = 0;
        for (String c : conditions) {
            Conditions.Condition own = Conditions.read(c).orElseThrow(() -> new AssertionError("not read: " + c));
            for (Map<String, Object> model : models) {
                Boolean mine = own.test(model);
                assertNotNull(mine, () -> c + " left to FreeMarker for " + model);
                assertEquals(engine.freeMarkerTest("t", c, model), mine, () -> c + " over " + model);
                assertEquals(mine, engine.test("t", c, model), c);
                decided++;
            }
        }
        assertTrue(decided > 10_000, "decisions compared: " + decided);
    }

    /**
     * FreeMarker compares strings with the Collator of the locale (Japanese); Conditions with equals, which is the
     * same for the values a condition can compare: Conditions.problem admits only these values in the catalog, and
     * the profile reader gives the data model no others.
     */
    @Test
    void theCollatorOfFreeMarkerTellsTheValuesApartAsEqualsDoes() {
        Collator collator = Collator.getInstance(Locale.JAPAN);
        for (List<String> values : Conditions.CHOICES.values()) {
            for (String a : values) {
                for (String b : values) {
                    assertEquals(a.equals(b), collator.compare(a, b) == 0, a + " / " + b);
                }
            }
        }
    }

    @Test
    void formsOutsideTheLanguageAreLeftToFreeMarker() {
        Map<String, Object> model = TestModels.of();
        for (String c : List.of("body.name == \"架空県\"", "body.name?length > 2", "net.model == \"${x}\"",
                "compress?has_content", "ref?has_content", "body.prefecture == \"true\"", "net.model =\u000b\"alpha\"",
                "net.model == \"alpha\" == true")) {
            boolean read = Conditions.read(c).map(x -> x.test(model) != null).orElse(false);
            assertFalse(read, c);
        }
        // and FreeMarker gives its own answer (or its own error) for them, as before
        assertTrue(engine.test("t", "body.name == \"架空県\"", model));
        for (String ownName : List.of("ref?has_content", "compress?has_content", "within?has_content")) {
            assertEquals(engine.freeMarkerTest("t", ownName, model), engine.test("t", ownName, model), ownName);
        }
        assertThrows(CatalogException.class, () -> engine.test("t", "body.nothing", model));
        assertThrows(CatalogException.class, () -> engine.test("t", "!net.model", model));
    }

    @Test
    void notBindsToTheNameAsInFreeMarker() {
        Map<String, Object> model = TestModels.of();
        // (!features.telework) == false, not !(features.telework == false)
        String c = "!features.telework == false";
        assertEquals(engine.freeMarkerTest("t", c, model), Conditions.read(c).orElseThrow().test(model));
        String d = "!net.model == \"alpha\"";
        assertEquals(null, Conditions.read(d).orElseThrow().test(model), "FreeMarker's error: ! of a string");
    }

    private Set<String> catalogConditions() {
        Catalog catalog = new Catalog();
        Set<String> out = new LinkedHashSet<>();
        for (EditionInfo e : catalog.editions()) {
            Edition edition = catalog.edition(e.id());
            for (CatalogDocument d : edition.documents()) {
                d.when().ifPresent(out::add);
            }
            for (Clause c : edition.allClauses()) {
                c.when().ifPresent(out::add);
            }
            for (Requirement r : edition.requirements()) {
                r.when().ifPresent(out::add);
                r.declared().ifPresent(out::add);
                r.stated().ifPresent(out::add);
            }
        }
        for (Parameter p : Parameter.ALL) {
            if (!p.when().isEmpty()) {
                out.add(p.when());
            }
        }
        return out;
    }

    /** The sample profiles' models, each changed one value at a time, and random mixtures of all values. */
    private static List<Map<String, Object>> models() throws IOException {
        List<Map<String, Object>> bases = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("profiles"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                bases.add(DataModel.of(TestProfiles.sample(p.getFileName().toString())));
            }
        }
        assertEquals(4, bases.size());
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> base : bases) {
            out.add(base);
            for (Map.Entry<String, List<String>> choice : Conditions.CHOICES.entrySet()) {
                for (String v : choice.getValue()) {
                    out.add(with(base, choice.getKey(), v));
                }
            }
            for (String flag : Conditions.FLAGS) {
                out.add(with(base, flag, true));
                out.add(with(base, flag, false));
            }
            for (String content : Conditions.CONTENTS) {
                out.add(with(base, content, empty(get(base, content))));
                out.add(with(base, content, full(get(base, content))));
            }
        }
        Random random = new Random(26);
        for (int i = 0; i < 400; i++) {
            Map<String, Object> m = bases.get(random.nextInt(bases.size()));
            for (Map.Entry<String, List<String>> choice : Conditions.CHOICES.entrySet()) {
                m = with(m, choice.getKey(), choice.getValue().get(random.nextInt(choice.getValue().size())));
            }
            for (String flag : Conditions.FLAGS) {
                m = with(m, flag, random.nextBoolean());
            }
            for (String content : Conditions.CONTENTS) {
                Object v = get(m, content);
                m = with(m, content, random.nextBoolean() ? empty(v) : full(v));
            }
            out.add(m);
        }
        return out;
    }

    private static Object empty(Object v) {
        return v instanceof String ? "" : List.of();
    }

    private static Object full(Object v) {
        if (v instanceof String) {
            return "ある";
        }
        return v instanceof List<?> l && !l.isEmpty() ? l : List.of(Map.of("name", "x"));
    }

    @SuppressWarnings("unchecked")
    private static Object get(Map<String, Object> model, String path) {
        Object o = model;
        for (String part : path.split("\\.")) {
            o = ((Map<String, Object>) o).get(part);
        }
        return o;
    }

    /** A copy of the model with one value set (the maps on its path copied). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> with(Map<String, Object> model, String path, Object value) {
        String[] parts = path.split("\\.");
        Map<String, Object> root = new LinkedHashMap<>(model);
        Map<String, Object> at = root;
        for (int i = 0; i < parts.length - 1; i++) {
            Map<String, Object> next = new LinkedHashMap<>((Map<String, Object>) at.get(parts[i]));
            at.put(parts[i], next);
            at = next;
        }
        assertTrue(at.containsKey(parts[parts.length - 1]), path);
        at.put(parts[parts.length - 1], value);
        return root;
    }

    private static final class TestModels {
        static Map<String, Object> of() {
            return DataModel.of(TestProfiles.sample("kakuu-ken.yaml"));
        }
    }
}
