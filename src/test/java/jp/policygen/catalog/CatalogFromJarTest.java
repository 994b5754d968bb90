package jp.policygen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import jp.policygen.profile.EditionId;

/**
 * The catalog reads its files relative to where templates/editions.yaml is: a folder while developing, an entry
 * of policygen.jar for users. Both must give the same catalog, clause bodies and missing bodies alike.
 */
class CatalogFromJarTest {
    @TempDir
    Path tmp;

    @Test
    void aCatalogInAJarIsTheSameAsInAFolder() throws IOException {
        Path classes = Path.of(Catalog.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Path jar = tmp.resolve("templates.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes.resolve("templates"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        Catalog fromFolder = new Catalog();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Catalog fromJar = new Catalog(loader);
            List<EditionId> ids = fromFolder.editions().stream().map(EditionInfo::id).toList();
            assertFalse(ids.isEmpty());
            assertEquals(ids, fromJar.editions().stream().map(EditionInfo::id).toList());
            for (EditionId id : ids) {
                assertEquals(fromFolder.edition(id), fromJar.edition(id), id.toString());
            }
        }
    }
}
