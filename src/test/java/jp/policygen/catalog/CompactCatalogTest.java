package jp.policygen.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.profile.EditionId;

/**
 * templates/catalog.bin, the build's compact form of the catalog, is the catalog of templates/: the same bytes as one
 * made from the folder now, every text and every YAML value the same as read from the files, and the catalog read
 * through it equal to the catalog read from the YAML.
 */
class CompactCatalogTest {

    @Test
    void theShippedCompactFormIsMadeFromTheTemplatesFolderAsItIsNow() throws IOException {
        byte[] shipped;
        try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream("templates/" + CompactCatalog.FILE)) {
            assertNotNull(in, "the build makes templates/catalog.bin (mvn process-classes)");
            shipped = in.readAllBytes();
        }
        assertArrayEquals(CompactCatalog.of(Path.of("templates")), shipped,
                "templates/ changed since the build made catalog.bin: run mvn process-classes");
    }

    @Test
    void everyFileReadsBackAsItsTextAndItsYamlValues() throws IOException {
        Path root = Path.of("templates");
        CompactCatalog compact = CompactCatalog.read(CompactCatalog.of(root));
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md")).toList();
        }
        assertTrue(files.size() > 500, "files: " + files.size());
        for (Path f : files) {
            String path = root.relativize(f).toString().replace('\\', '/');
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertEquals(text, compact.text(path).orElseThrow(), path);
            assertEquals(path.endsWith(".yaml"), compact.hasValue(path), path);
            if (path.endsWith(".yaml")) {
                Map<String, Object> yaml = Catalog.parseYaml(text, "templates/" + path);
                assertEquals(yaml, compact.value(path), path);
                // the same kinds of object, not only equal ones (an Integer stays an Integer, a map keeps its order)
                assertEquals(yaml.toString(), String.valueOf(compact.value(path)), path);
            }
        }
        assertTrue(compact.text("2024-10/clauses/no-such-clause.ftl").isEmpty());
        assertFalse(compact.hasValue("2024-10/no-such-file.yaml"));
    }

    @Test
    void theCatalogReadThroughItIsTheCatalogReadFromTheYaml() {
        Catalog compact = new Catalog();
        Catalog yaml = new Catalog(Catalog.class.getClassLoader(), false);
        assertEquals(yaml.editions(), compact.editions());
        assertEquals(yaml.ordinance(), compact.ordinance());
        for (EditionInfo e : yaml.editions()) {
            assertEquals(yaml.edition(e.id()), compact.edition(e.id()), e.id().toString());
        }
    }

    /** A value the compact form cannot hold fails the build, naming the file, rather than changing on the way. */
    @Test
    void aValueOfAnotherTypeFailsTheBuildNamingTheFile(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("editions.yaml"), "editions:\n  - id: 2024-10-01\n");
        CatalogException e = assertThrows(CatalogException.class, () -> CompactCatalog.of(tmp));
        assertTrue(e.getMessage().startsWith("templates/editions.yaml: "), e.getMessage());
        // a condition misspelt fails it with the line, as loading the catalog would
        Files.writeString(tmp.resolve("editions.yaml"), "editions: []\n");
        Files.createDirectories(tmp.resolve("2000-01"));
        Files.writeString(tmp.resolve("2000-01/edition.yaml"), "documents:\n  - kind: standard\n    when: 'net.modle == \"a\"'\n");
        e = assertThrows(CatalogException.class, () -> CompactCatalog.of(tmp));
        assertTrue(e.getMessage().startsWith("templates/2000-01/edition.yaml:3: when: "), e.getMessage());
        assertEquals(EditionId.of("2024-10"), new Catalog().edition(EditionId.of("2024-10")).id());
    }
}
