package jp.policygen.catalog;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.profile.TestProfiles;

/** The catalog's conditions are checked when it loads: a misspelt name or value is an error with file and line. */
class ConditionsTest {

    @Test
    void everyShippedEditionLoadsWithItsConditionsChecked() {
        Catalog catalog = new Catalog();
        for (EditionInfo e : catalog.editions()) {
            assertNotNull(catalog.edition(e.id()), e.id().toString()); // throws CatalogException at the first bad condition
        }
    }

    @Test
    void aMisspeltValueIsRefusedWithTheValuesItCanHave() {
        Optional<String> p = Conditions.problem("net.model == \"alpha-prim\"");
        assertTrue(p.isPresent());
        assertTrue(p.get().contains("\"alpha-prime\""), p.get());
        assertTrue(Conditions.problem("net.model == \"alpha\" && net.case != \"auth_only\"").isPresent());
    }

    @Test
    void aMisspeltNameIsRefused() {
        assertTrue(Conditions.problem("features.telewrk").isPresent());
        assertTrue(Conditions.problem("cloud.confidentail?has_content").isPresent());
        assertTrue(Conditions.problem("net.modle == \"beta\"").isPresent());
        assertTrue(Conditions.problem("net.model").isPresent(), "a name with values is not true or false");
    }

    @Test
    void theFormsTheTemplatesUseAreAccepted() {
        for (String c : List.of("true", "cloud.governmentCloud", "!features.wirelessLan",
                "net.model == \"alpha\" || net.model == \"alpha-prime\"",
                "net.edr && net.model != \"beta\" && net.model != \"beta-prime\"",
                "cloud.services?has_content && cloud.allIsmap", "(net.edr || net.logMonitoring) && !policy.articles")) {
            assertEquals(Optional.empty(), Conditions.problem(c), c);
        }
        assertTrue(Conditions.problem("net.edr &&").isPresent());
        assertTrue(Conditions.problem("(net.edr").isPresent());
        assertTrue(Conditions.problem("net.edr ; x").isPresent());
    }

    @Test
    void aCatalogWithAMisspeltConditionFailsToLoadNamingFileAndLine(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("catalog");
        Path fixture = Path.of("src/test/resources/delta-catalog");
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path f : files.toList()) {
                Path to = root.resolve(fixture.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Path chapter = root.resolve("templates/2000-01/standard/02.yaml");
        Files.writeString(chapter, "clauses:\n  - id: c\n    title: 特\n    source: 特則 1\n"
                + "    when: 'net.model == \"beta-prme\"'\n");
        Catalog catalog = new Catalog(new URLClassLoader(new URL[] {root.toUri().toURL()}, null));
        CatalogException e = assertThrows(CatalogException.class, () -> catalog.edition(EditionId.of("2000-01")));
        assertTrue(e.getMessage().startsWith("templates/2000-01/standard/02.yaml:5: when: "), e.getMessage());
        assertTrue(e.getMessage().contains("beta-prme"), e.getMessage());
    }

    /** The names the checker knows are the data model's, with the kinds of value it gives them. */
    @Test
    void theNamesOfConditionsAreTheDataModels() {
        Map<String, Object> model = DataModel.of(TestProfiles.sample("kakuu-ken.yaml"));
        for (String flag : Conditions.FLAGS) {
            assertInstanceOf(Boolean.class, value(model, flag), flag);
        }
        for (String choice : Conditions.CHOICES.keySet()) {
            assertInstanceOf(String.class, value(model, choice), choice);
        }
        for (String content : Conditions.CONTENTS) {
            assertNotNull(value(model, content), content);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object value(Map<String, Object> model, String path) {
        Object o = model;
        for (String part : path.split("\\.")) {
            o = o instanceof Map<?, ?> m ? ((Map<String, Object>) m).get(part) : null;
        }
        return o;
    }
}
