package jp.policygen.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.policygen.catalog.Catalog;
import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Document;
import jp.policygen.policy.Policy;
import jp.policygen.profile.Finding;
import jp.policygen.profile.Profile;
import jp.policygen.render.DocumentWriter;
import jp.policygen.render.json.Json;
import jp.policygen.render.json.Snapshot;
import jp.policygen.resolve.LocalChangesDocument;
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

    /**
     * What a run produced: the folder, the files written, warnings for the user, and the history folder the
     * earlier version moved to when the version changed.
     */
    public record Output(Path folder, List<Path> files, List<Finding> warnings, Optional<Path> history) {
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
            List<Manifest.Entry> manifestFiles = new ArrayList<>();
            int n = 0;
            List<Document> documents = new ArrayList<>(policy.documents());
            documents.add(LocalChangesDocument.of(policy)); // the committee's list of the body's own changes
            for (Document d : documents) {
                n++;
                String stem = String.format(Locale.ROOT, "%02d_%s", n, d.title());
                for (DocumentWriter w : writers) {
                    String file = stem + "." + w.extension();
                    try (OutputStream out = Files.newOutputStream(dir.resolve(file))) {
                        w.write(d, policy, out);
                    }
                    written.add(folder.target().resolve(file));
                    manifestFiles.add(new Manifest.Entry(d.kind().id(), w.format(), file));
                }
            }
            Files.write(dir.resolve("snapshot.json"), Json.bytes(Snapshot.of(policy)));
            written.add(folder.target().resolve("snapshot.json"));
            Manifest manifest = new Manifest(profile.name(), policy.edition(),
                    Optional.of(profile.policy().version().orElse("")), Optional.of(profile.policy().effective()),
                    manifestFiles);
            Files.write(dir.resolve(Manifest.FILE), manifest.bytes());
            written.add(folder.target().resolve(Manifest.FILE));
            OutputFolder.Commit done = folder.commit();
            return new Output(folder.target(), written, resolved.warnings(), done.history());
        }
    }
}
