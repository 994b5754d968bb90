package jp.policygen.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import jp.policygen.io.Futures;
import jp.policygen.catalog.Catalog;
import jp.policygen.catalog.TemplateEngine;
import jp.policygen.law.Conformity;
import jp.policygen.law.ConformityDocument;
import jp.policygen.law.ConformitySheet;
import jp.policygen.law.PublicBasicPolicy;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Policy;
import jp.policygen.profile.Finding;
import jp.policygen.profile.Profile;
import jp.policygen.render.DocumentWriter;
import jp.policygen.render.json.Snapshot;
import jp.policygen.render.xlsx.XlsxSheetWriter;
import jp.policygen.resolve.LocalChangesDocument;
import jp.policygen.resolve.Resolver;

/**
 * generate: one validated profile → its policy → every requested format, plus snapshot.json and
 * manifest.json, put in place atomically in {@code outDir/<profile name>/}.
 */
public final class Generator {
    private final Catalog catalog;
    private final Resolver resolver;
    private final ExecutorService pdfThreads;
    private final FileDone fileDone;
    /** The formats written on the second thread: together about as long as the Word files (measured cold). */
    private static final java.util.Set<String> SECOND_THREAD = java.util.Set.of("pdf", "html");

    public Generator(Catalog catalog) {
        this(catalog, null);
    }

    /**
     * A generator that writes the PDFs and HTML of a body on {@code pdfThreads} while the calling thread writes
     * its other formats: on a machine with a core to spare, a body's PDFs (with HTML) and Word files take about as
     * long as each other, so one body is done in little more than the time of the longer. Each side still writes
     * in document order, so warnings (the PDF's) come in the same order as without it; the files are the same.
     *
     * @param pdfThreads where PDFs and HTML are written, or null to write everything on the calling thread
     */
    public Generator(Catalog catalog, ExecutorService pdfThreads) {
        this(catalog, pdfThreads, (profile, file) -> { });
    }

    /** Tells, from any thread, which file of which body is done (the terminal's progress line). */
    @FunctionalInterface
    public interface FileDone {
        void done(Profile profile, Path file);
    }

    /** @param fileDone told of each file written (documents of long runs show progress with it) */
    public Generator(Catalog catalog, ExecutorService pdfThreads, FileDone fileDone) {
        this(catalog, new Resolver(new TemplateEngine()), pdfThreads, fileDone);
    }

    /** @param resolver the workspace's resolver (its template engine compiles each clause template once) */
    public Generator(Catalog catalog, Resolver resolver, ExecutorService pdfThreads, FileDone fileDone) {
        this.catalog = catalog;
        this.resolver = resolver;
        this.pdfThreads = pdfThreads;
        this.fileDone = fileDone;
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

    /**
     * The policy numbered as adopted: when the profile keeps numbers stable ({@code renumber: false}) and pins none
     * of its own, the numbers of the latest earlier version kept in the body's output folder (its snapshot.json, or
     * history/…/snapshot.json, with a 施行日 before the profile's) are kept, so a revision moves no article (issue 20).
     *
     * @param bodyFolder the body's output folder (DIR/&lt;name&gt;/), where earlier versions are kept
     */
    public Resolver.Result resolve(Profile profile, Path bodyFolder) {
        List<Finding> notes = new ArrayList<>();
        return resolve(profile, earlierVersion(profile, bodyFolder, notes), notes);
    }

    /**
     * The policy as a revision of {@code earlier}: numbered as it was when the profile keeps numbers stable, with the
     * 附則 a revision gives. Upgrade's new edition against the body's policy under the edition it leaves, so that the
     * upgrade's documents and 新旧対照表 are numbered as the following generate numbers them (issue 20 item 2).
     */
    public Resolver.Result resolveAsRevisionOf(Profile profile, Policy earlier) throws InvalidProfile {
        Resolver.Result resolved = resolve(profile, Optional.of(earlier), new ArrayList<>());
        if (!resolved.errors().isEmpty()) {
            throw new InvalidProfile(resolved.errors());
        }
        return resolved;
    }

    private Resolver.Result resolve(Profile profile, Optional<Policy> earlierVersion, List<Finding> notes) {
        java.util.Map<String, java.util.Map<String, jp.policygen.policy.Position>> earlier =
                earlierVersion.filter(e -> keepsNumbers(profile)).map(e -> jp.policygen.resolve.StableNumbering.carried(
                        jp.policygen.resolve.StableNumbering.of(e),
                        jp.policygen.catalog.Lineage.renamed(catalog, e.edition(), profile.guideline().toString())))
                        .orElse(java.util.Map.of());
        Resolver.Result r = resolver.resolve(profile, catalog.edition(profile.guideline()), earlier);
        if (earlierVersion.isPresent() && !profile.policy().numbering().fullRevision()) {
            // a revision keeps the original 附則 and adds its own only to the rules it amends (issue 20 item 4)
            r = new Resolver.Result(jp.policygen.resolve.AmendingSupplementary.apply(earlierVersion.get(), r.policy()),
                    r.warnings(), r.unresolved());
        }
        if (notes.isEmpty()) {
            return r;
        }
        notes.addAll(0, r.warnings());
        return new Resolver.Result(r.policy(), notes, r.unresolved());
    }

    /** Whether the numbers of the earlier version are kept: stable numbers, none pinned, articles form. */
    private static boolean keepsNumbers(Profile profile) {
        Profile.PolicySettings p = profile.policy();
        return !p.renumber() && !p.numbering().fullRevision() && !p.numbering().pinned() && p.form() == jp.policygen.policy.NumberingForm.ARTICLES;
    }

    /**
     * The latest earlier version of the body kept in its output folder (its snapshot.json, or history/…/snapshot.json,
     * with a 施行日 before the profile's), or none. One that cannot be read is a warning only where its numbers were
     * to be kept; for its 附則 alone it is passed over.
     */
    private Optional<Policy> earlierVersion(Profile profile, Path bodyFolder, List<Finding> notes) {
        if (bodyFolder == null) {
            return Optional.empty();
        }
        java.time.LocalDate effective = profile.policy().effective();
        Optional<Path> snapshot = OutputHistory.earlierThan(bodyFolder, effective);
        if (snapshot.isEmpty() || !Files.isRegularFile(snapshot.get())) {
            return Optional.empty();
        }
        try {
            return Optional.of(jp.policygen.render.json.SnapshotReader.read(
                    jp.policygen.io.InputLimits.readFile(snapshot.get()), snapshot.get().toString(), catalog.editionIdTexts()));
        } catch (jp.policygen.render.json.SnapshotReader.SnapshotException | IOException e) {
            if (keepsNumbers(profile)) {
                notes.add(new Finding(Finding.Severity.WARNING, "earlier-numbering", profile.file(), 0, 0,
                        "policy.renumber", "以前の版の番号を引き継げませんでした（" + e.getMessage() + "）。番号はガイドラインの"
                                + "並びで付けています。以前の版の snapshot.json を直すか、policy.numbering に番号を書いてください。"));
            }
            return Optional.empty();
        }
    }

    /**
     * A profile whose policy cannot be made as written (a clause of the body's own with no place): the input is
     * wrong (exit 2); each finding names file:line:col. Thrown before anything is written.
     */
    public static final class InvalidProfile extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient List<jp.policygen.profile.Finding> findings;

        public InvalidProfile(List<jp.policygen.profile.Finding> findings) {
            super(findings.isEmpty() ? "" : findings.get(0).format());
            this.findings = List.copyOf(findings);
        }

        public List<jp.policygen.profile.Finding> findings() {
            return findings;
        }
    }

    /** The policy, refused when the profile cannot be made into one as written ({@link InvalidProfile}). */
    public Resolver.Result resolveValid(Profile profile) throws InvalidProfile {
        return resolveValid(profile, null);
    }

    /** {@link #resolveValid(Profile)}, numbered as adopted by the earlier versions in {@code bodyFolder}. */
    public Resolver.Result resolveValid(Profile profile, Path bodyFolder) throws InvalidProfile {
        Resolver.Result resolved = resolve(profile, bodyFolder);
        if (!resolved.errors().isEmpty()) {
            throw new InvalidProfile(resolved.errors());
        }
        return resolved;
    }

    /** The manifest's document kind of the copy of the profile kept with each version. */
    public static final String PROFILE_KIND = "profile";

    /** The name of the profile's copy in the output folder (and in each history/ entry). */
    public static String profileCopyName(String profileName) {
        return OutputFolder.safeName(profileName) + "_作成時のプロファイル.yaml";
    }

    public Output generate(Profile profile, Path outDir, List<DocumentWriter> writers) throws IOException {
        return generate(profile, outDir, writers, true);
    }

    /**
     * @param keepProfile whether the profile's file is copied beside the documents (not when the profile object is
     *                    not what the file says, as upgrade's upgraded body)
     */
    public Output generate(Profile profile, Path outDir, List<DocumentWriter> writers, boolean keepProfile)
            throws IOException {
        return generate(profile, outDir, writers, keepProfile, null);
    }

    /**
     * @param earlier the version this one revises ({@link #resolveAsRevisionOf(Profile, Policy)}), or null for the one kept
     *                in the body's output folder
     */
    public Output generate(Profile profile, Path outDir, List<DocumentWriter> writers, boolean keepProfile,
                           Policy earlier) throws IOException {
        return generateResolved(profile, outDir, writers, keepProfile, earlier != null ? resolveAsRevisionOf(profile, earlier)
                : resolveValid(profile, outDir.resolve(OutputFolder.safeName(profile.name()))));
    }

    /**
     * {@link #generate(Profile, Path, List, boolean, Policy)} of the profile's policy as the caller already resolved it
     * (upgrade resolves the new edition's policy to compare it before writing it: not resolved a second time).
     */
    public Output generateResolved(Profile profile, Path outDir, List<DocumentWriter> writers, boolean keepProfile,
                                   Resolver.Result resolved) throws IOException {
        Policy policy = resolved.policy();
        List<Path> written = new ArrayList<>();
        try (OutputFolder folder = OutputFolder.open(outDir, OutputFolder.safeName(profile.name()))) {
            Path dir = folder.staging();
            List<Manifest.Entry> manifestFiles = new ArrayList<>();
            List<Write> onThisThread = new ArrayList<>();
            List<Write> pdfs = new ArrayList<>();
            int n = 0;
            String conformityStem = "";
            // the documents generate wrote before the 適合表 came first, then the later kinds: files keep their numbers
            List<Document> documents = new ArrayList<>(policy.documents().stream().filter(d -> !d.kind().numberedLast())
                    .toList());
            documents.add(LocalChangesDocument.of(policy)); // the committee's list of the body's own changes
            // the 適合表 (地方自治法施行規則第16条の3), after the documents that existed before it so their names stay
            Conformity conformity = Conformity.of(policy, catalog.ordinance());
            documents.add(ConformityDocument.of(policy, profile, conformity));
            // the 基本方針 as published (地方自治法第244条の6第2項): no handling mark, no 改定履歴, the day of publication
            PublicBasicPolicy.of(policy, profile).ifPresent(documents::add);
            documents.addAll(policy.documents().stream().filter(d -> d.kind().numberedLast()).toList()); // 選定基準
            for (Document d : documents) {
                n++;
                String stem = String.format(Locale.ROOT, "%02d_%s", n, d.title());
                if (d.kind() == DocumentKind.CONFORMITY) {
                    conformityStem = stem;
                }
                for (DocumentWriter w : writers) {
                    String file = stem + "." + w.extension();
                    Write write = new Write(d, w, dir.resolve(file));
                    (pdfThreads != null && SECOND_THREAD.contains(w.format()) ? pdfs : onThisThread).add(write);
                    written.add(folder.target().resolve(file));
                    manifestFiles.add(new Manifest.Entry(d.kind().id(), w.format(), file));
                }
            }
            // the PDFs first: the Word files wait for their 目次's page numbers, and the workbook below (POI, cold)
            // would otherwise hold the second core idle before the first PDF is begun
            Future<?> pdfDone = pdfs.isEmpty() ? null : pdfThreads.submit(() -> {
                for (Write write : pdfs) {
                    write.run(policy);
                    fileDone.done(profile, write.file());
                }
                return null;
            });
            try {
                if (writers.stream().anyMatch(w -> w.format().equals("docx"))) {
                    // with the Word files, the 適合表 as a workbook too, as check offers its checklist
                    String file = conformityStem + ".xlsx";
                    try (OutputStream out = Files.newOutputStream(dir.resolve(file))) {
                        new XlsxSheetWriter().write(ConformitySheet.of(policy, profile, conformity), out);
                    }
                    written.add(folder.target().resolve(file));
                    manifestFiles.add(new Manifest.Entry(DocumentKind.CONFORMITY.id(), "xlsx", file));
                }
                for (Write write : onThisThread) {
                    write.run(policy);
                    fileDone.done(profile, write.file());
                }
            } catch (IOException | RuntimeException | Error e) {
                if (pdfDone != null) {
                    // the staging folder is removed on the way out: not while a PDF is still being written into it
                    try {
                        Futures.await(pdfDone);
                    } catch (IOException | RuntimeException | Error ignored) {
                        e.addSuppressed(ignored);
                    }
                }
                throw e;
            }
            if (pdfDone != null) {
                Futures.await(pdfDone);
            }
            Path source = Path.of(profile.file());
            if (keepProfile && Files.isRegularFile(source)) {
                // the profile as it was for this version: it moves to history/ with the documents, so last year's
                // profile is at hand when this year's edits go wrong (a 町役場 has no git to undo them)
                String kept = profileCopyName(profile.name());
                Files.copy(source, dir.resolve(kept));
                written.add(folder.target().resolve(kept));
                manifestFiles.add(new Manifest.Entry(PROFILE_KIND, "yaml", kept));
            }
            Files.write(dir.resolve("snapshot.json"), Snapshot.bytes(policy));
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

    /** One file to write: a document in one format. */
    private record Write(Document document, DocumentWriter writer, Path file) {
        void run(Policy policy) throws IOException {
            try (OutputStream out = Files.newOutputStream(file)) {
                writer.write(document, policy, out);
            }
        }
    }
}
