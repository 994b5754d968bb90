package jp.policygen.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.catalog.Catalog;
import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Policy;
import jp.policygen.profile.Finding;
import jp.policygen.profile.Profile;
import jp.policygen.render.DocumentWriter;
import jp.policygen.render.json.Json;
import jp.policygen.render.json.Snapshot;
import jp.policygen.resolve.Resolver;

/**
 * generate: one validated profile → its policy → every requested format, plus snapshot.json and
 * manifest.json, put in place atomically in {@code outDir/<profile name>/}.
 */
public final class Generator {
    private final Catalog catalog;
    private final Resolver resolver;

    public Generator(Catalog catalog) {
        this.catalog = catalog;
        this.resolver = new Resolver(new TemplateEngine());
    }

    /** What a run produced: the folder, the files written, and warnings for the user. */
    public record Output(Path folder, List<Path> files, List<Finding> warnings) {
    }

    public Resolver.Result resolve(Profile profile) {
        return resolver.resolve(profile, catalog.edition(profile.guideline()));
    }

    public Output generate(Profile profile, Path outDir, List<DocumentWriter> writers) throws IOException {
        Resolver.Result resolved = resolve(profile);
        Policy policy = resolved.policy();
        List<Path> written = new ArrayList<>();
        try (OutputFolder folder = OutputFolder.open(outDir, OutputFolder.safeName(profile.name()))) {
            Path dir = folder.staging();
            List<Map<String, Object>> manifestFiles = new ArrayList<>();
            int n = 0;
            for (Document d : policy.documents()) {
                n++;
                String stem = String.format("%02d_%s", n, d.title());
                for (DocumentWriter w : writers) {
                    String file = stem + "." + w.extension();
                    try (OutputStream out = Files.newOutputStream(dir.resolve(file))) {
                        w.write(d, policy, out);
                    }
                    written.add(folder.target().resolve(file));
                    manifestFiles.add(entry(d.kind(), w.format(), file));
                }
            }
            Files.write(dir.resolve("snapshot.json"), Json.bytes(Snapshot.of(policy)));
            written.add(folder.target().resolve("snapshot.json"));
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("profile", profile.name());
            manifest.put("edition", policy.edition());
            manifest.put("files", manifestFiles);
            Files.write(dir.resolve("manifest.json"), Json.bytes(manifest));
            written.add(folder.target().resolve("manifest.json"));
            folder.commit();
            return new Output(folder.target(), written, resolved.warnings());
        }
    }

    private static Map<String, Object> entry(DocumentKind kind, String format, String path) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", kind.id());
        m.put("format", format);
        m.put("path", path);
        return m;
    }
}
