package jp.policygen.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

import jp.policygen.catalog.Catalog;
import jp.policygen.catalog.TemplateEngine;
import jp.policygen.generate.Generator;
import jp.policygen.profile.Finding;
import jp.policygen.profile.Profile;
import jp.policygen.profile.ProfileReader;
import jp.policygen.resolve.Resolver;

/**
 * What every job of one run (a command, or the whole life of the page's server) shares, each made once: the catalog
 * of editions, the template engine (each clause template compiled once), the resolver and the profile reader. Jobs
 * take it in; they never make their own.
 */
public final class Workspace {
    private final Catalog catalog;
    private final TemplateEngine engine;
    private final Resolver resolver;
    private final ProfileReader reader;
    private final Generator generator;

    public Workspace() {
        this(new Catalog());
    }

    public Workspace(Catalog catalog) {
        this.catalog = catalog;
        this.engine = new TemplateEngine();
        this.resolver = new Resolver(engine);
        this.reader = new ProfileReader(catalog);
        this.generator = generator(null, (p, f) -> { });
    }

    public Catalog catalog() {
        return catalog;
    }

    public TemplateEngine engine() {
        return engine;
    }

    public Resolver resolver() {
        return resolver;
    }

    public ProfileReader reader() {
        return reader;
    }

    /** The generator on the calling thread alone, with nobody told of its files. */
    public Generator generator() {
        return generator;
    }

    /** A generator writing PDFs and HTML on {@code pdfThreads} (or null), telling {@code fileDone} of each file. */
    public Generator generator(ExecutorService pdfThreads, Generator.FileDone fileDone) {
        return new Generator(catalog, resolver, pdfThreads, fileDone);
    }

    /** The profiles read, in the order given, and what the reader found (override ids checked against the catalog). */
    public record Loaded(List<Profile> profiles, List<Finding> findings) {
        public boolean hasErrors() {
            return findings.stream().anyMatch(Finding::isError);
        }
    }

    /** Reads profiles, checking override ids against the catalog of each profile's edition. */
    public Loaded read(List<Path> files) {
        List<Profile> profiles = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Path f : files) {
            ProfileReader.Result r = reader.read(f);
            findings.addAll(r.findings());
            r.profile().ifPresent(profiles::add);
        }
        return new Loaded(profiles, findings);
    }

    /** The policy of a profile as its edition makes it (no earlier numbering). */
    public Resolver.Result resolve(Profile profile) {
        return resolver.resolve(profile, catalog.edition(profile.guideline()));
    }
}
