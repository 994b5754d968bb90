package jp.policygen.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jp.policygen.profile.TestProfiles;

/** The form is the schema: every property a field with the schema's Japanese label, help and allowed values. */
class FormSchemaTest {
    static final FormSchema FORM = FormSchema.load();

    @TempDir
    static Path tmp;
    static ServeFixture serve;

    @BeforeAll
    static void start() throws IOException {
        serve = ServeFixture.start(tmp);
        serve.copy("kakuu-ken", "ken");
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    /** Every leaf property of the schema but overrides (the clause pages edit those), as a dotted path. */
    private static List<String> leaves(String path, JsonNode n, List<String> out) {
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            if (p.equals("overrides")) {
                continue;
            }
            if ("object".equals(e.getValue().path("type").asText()) && e.getValue().has("properties")) {
                leaves(p, e.getValue(), out);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    @Test
    void everyPropertyOfTheSchemaIsAFieldLabelledAndExplainedInJapanese() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Path.of("schema/profile.schema.json").toFile());
        List<String> leaves = leaves("", schema, new ArrayList<>());
        assertEquals(leaves, FORM.fields().stream().map(FormSchema.Field::path).sorted(
                java.util.Comparator.comparingInt(leaves::indexOf)).toList());
        assertEquals(leaves.size(), FORM.fields().size());
        List<FormSchema.Field> all = new ArrayList<>(FORM.fields());
        FORM.fields().forEach(f -> all.addAll(f.columns()));
        for (FormSchema.Field f : all) {
            assertTrue(f.label().codePoints().anyMatch(c -> c > 0x3000), f.path() + " is labelled in Japanese: " + f.label());
            assertFalse(f.help().isBlank(), f.path() + " has help");
            for (FormSchema.Option o : f.options()) {
                assertFalse(o.label().equals(o.value()), f.path() + "=" + o.value() + " has a label");
            }
        }
        FormSchema.Field model = FormSchema.byPath(FORM.fields()).get("network.alpha_prime.case");
        assertTrue(model.options().stream().anyMatch(o -> o.label().contains("ア")), "α' ケース ア/イ/ウ: " + model.options());
    }

    @Test
    void theFormPageShowsEachFieldWithItsLabelHelpAndAllowedValues() throws Exception {
        String page = serve.browser.get("/p/ken").body();
        for (FormSchema.Field f : FORM.fields()) {
            String help = html(f.help());
            assertTrue(page.contains(help), f.path() + "'s help is on the page");
            switch (f.kind()) {
                case TABLE, CHOICES -> assertTrue(page.contains("<legend>" + html(f.label()) + "</legend>"), f.path());
                default -> assertTrue(page.contains("<label for=\"" + f.id() + "\">" + html(f.label())), f.path() + " has a bound label");
            }
            if (f.kind() != FormSchema.Kind.TABLE && f.kind() != FormSchema.Kind.CHOICES) {
                assertTrue(page.contains("id=\"" + f.id() + "\""), f.path() + " has its control");
                Matcher m = Pattern.compile("id=\"" + Pattern.quote(f.id()) + "\"[^>]*aria-describedby=\"h-" + Pattern.quote(f.id()))
                        .matcher(page);
                assertTrue(m.find() || page.contains("aria-describedby=\"h-" + f.id()), f.path() + "'s help is bound to it");
            }
            for (FormSchema.Option o : f.options()) {
                assertTrue(page.contains(">" + html(o.label()) + "<"), f.path() + " offers " + o.label());
            }
        }
        assertTrue(page.contains("<legend>CSIRT（緊急対応体制）</legend>"), "a nested object has its own legend");
        assertTrue(page.contains("既定は " + TestProfiles.CATALOG.editionName(TestProfiles.CATALOG.latestEdition()) + "（最新）"), "the default by its label");
    }

    @Test
    void theClauseEditorLabelsAndExplainsAChangeAsTheSchemaDoes() throws Exception {
        Map<String, FormSchema.Field> change = FORM.overrideFields();
        for (String key : List.of("replace", "append", "title", "reason", "insert", "insert.title", "insert.text")) {
            FormSchema.Field f = change.get(key);
            assertTrue(f != null && !f.help().isBlank(), key + " is described in the schema");
        }
        String page = serve.browser.get("/p/ken/clauses/std.human.passwords").body();
        for (String key : List.of("replace", "append", "title", "reason", "insert", "insert.title", "insert.text")) {
            assertTrue(page.contains(html(change.get(key).help())), key + "'s help is on the clause page");
        }
        assertTrue(page.contains("<label for=\"title\">" + html(change.get("title").label()) + "</label>"), page);
        assertTrue(page.contains("<label for=\"reason\">" + html(change.get("reason").label()) + "</label>"));
    }

    /** As FreeMarker's HTML output format writes text. */
    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
