package jp.policygen.app;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.policygen.profile.EditionId;
import jp.policygen.catalog.Catalog;
import jp.policygen.compare.Comparer;
import jp.policygen.compare.Comparison;
import jp.policygen.compare.ComparisonDocument;
import jp.policygen.generate.ComparisonOutput;
import jp.policygen.generate.Generator;
import jp.policygen.generate.OutputFolder;
import jp.policygen.policy.Document;
import jp.policygen.policy.Policy;
import jp.policygen.profile.Finding;
import jp.policygen.profile.Profile;
import jp.policygen.profile.ProfileReader;
import jp.policygen.render.DocumentWriter;
import jp.policygen.render.RenderOptions;
import jp.policygen.render.Warnings;
import jp.policygen.render.json.Json;
import jp.policygen.upgrade.Upgrade;
import jp.policygen.upgrade.UpgradeException;
import jp.policygen.upgrade.UpgradeReport;
import jp.policygen.upgrade.Upgrader;
import jp.policygen.yaml.YamlEditor;

/**
 * upgrade, in three steps both the command line and the page take: {@link #plan} (what the new edition changes for
 * this body, and which of its local changes need a decision), the decisions (keep a local change, or follow the new
 * edition's text), and {@link #apply} (the upgraded profile text). The command line keeps every local change and
 * writes the whole folder ({@link #run}); the page asks for each decision and saves the profile.
 */
public final class UpgradeJob {
    /** The name of the readable report and of its JSON twin. */
    public static final String REPORT = "移行報告";
    public static final String REPORT_JSON = "upgrade-report.json";

    private final Workspace workspace;

    public UpgradeJob(Workspace workspace) {
        this.workspace = workspace;
    }

    /** What to do with a local change the new edition touched. */
    public enum Decision {
        /** Keep the body's own text. */
        KEEP,
        /** Let it go: follow the new edition's text. */
        ACCEPT
    }

    /** The plan of an upgrade: the profile as read, its text, and what the new edition changes for it. */
    public record Plan(Profile profile, String text, Upgrade upgrade) {
        /** The local changes that need a decision (要確認), in the order the report lists them. */
        public List<Upgrade.OverrideResult> review() {
            return upgrade.overrides().stream().filter(o -> o.status() == Upgrade.Status.REVIEW).toList();
        }
    }

    /** Plans the move of a read profile (its text as in the file) to {@code target}; refused in Japanese. */
    public Plan plan(Profile profile, String text, EditionId target) throws UpgradeException {
        return plan(profile, text, target, Upgrade.Answers.NONE);
    }

    /**
     * {@link #plan(Profile, String, EditionId)} with what the body already knows of this year's revision (施行日, 版,
     * the amending number): written into the upgraded profile, and those lines of the to-do list done.
     */
    public Plan plan(Profile profile, String text, EditionId target, Upgrade.Answers answers) throws UpgradeException {
        return new Plan(profile, text, new Upgrader(workspace.catalog(), workspace.resolver()).plan(profile, text, target, answers));
    }

    /** {@link #plan(Profile, String, EditionId, Upgrade.Answers)} with the answers as the command line or page gives them. */
    public Plan plan(Profile profile, String text, EditionId target, ThisYear answers) throws UpgradeException {
        return plan(profile, text, target, answers.answers());
    }

    /**
     * The upgraded profile text: the plan's, less the local changes decided {@link Decision#ACCEPT}; a change without
     * a decision is kept.
     */
    public String apply(Plan plan, Map<String, Decision> decisions) {
        YamlEditor e = new YamlEditor(plan.upgrade().profileText());
        for (Upgrade.OverrideResult o : plan.review()) {
            if (decisions.get(o.id()) == Decision.ACCEPT) {
                e.remove(List.of("overrides", o.newId()));
            }
        }
        return e.text();
    }

    /**
     * The command line's request.
     *
     * @param to the edition to move to, or null for the latest
     */
    public record Request(Path profile, String to, Path output, List<String> formats, ThisYear answers) {
        public Request {
            answers = answers == null ? ThisYear.NONE : answers;
        }

        /** Without answers: the upgraded profile keeps last year's 施行日 and 版, and the to-do list asks for them. */
        public Request(Path profile, String to, Path output, List<String> formats) {
            this(profile, to, output, formats, ThisYear.NONE);
        }
    }

    /**
     * What the body already knows of this year's revision, each optional (the command line's --effective,
     * --policy-version, --adoption, --note; the page's fields): see {@link Upgrade.Answers}.
     */
    public record ThisYear(java.util.Optional<java.time.LocalDate> effective, java.util.Optional<String> version,
                           java.util.Optional<String> adoption, java.util.Optional<String> note) {
        public static final ThisYear NONE = new ThisYear(java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty());

        /** As the fields or options give them: blank is not given. */
        public static ThisYear of(java.time.LocalDate effective, String version, String adoption, String note) {
            return new ThisYear(java.util.Optional.ofNullable(effective), given(version), given(adoption), given(note));
        }

        private static java.util.Optional<String> given(String s) {
            return java.util.Optional.ofNullable(s).map(String::strip).filter(x -> !x.isEmpty());
        }

        Upgrade.Answers answers() {
            return new Upgrade.Answers(effective, version, note, adoption);
        }
    }

    /**
     * The command line's upgrade: the plan with every local change kept (the report says which to review), written
     * as one folder: the upgraded profile, the new edition's documents, the 新旧対照表 with 改め文 and 見え消し, and the
     * 移行報告.
     */
    public Status run(Request request, Console console, Listener progress) throws Exception {
        PrintWriter out = console.out();
        PrintWriter err = console.err();
        Path profile = request.profile();
        String to = request.to();
        Path output = request.output();
        List<String> formats = request.formats();
        if (!Formats.allowed(formats, Formats.UPGRADE, err)) {
            return Status.BAD_INPUT;
        }
        Catalog catalog = workspace.catalog();
        ProfileReader reader = workspace.reader();
        ProfileReader.Result read = reader.read(profile);
        read.findings().forEach(f -> err.println(f.format()));
        if (read.hasErrors()) {
            err.println("プロファイルに誤りがあるため、移行していません。上のメッセージに従って直してください。");
            return Status.BAD_INPUT;
        }
        Profile old = read.profile().orElseThrow();
        Optional<EditionId> shipped = to == null ? Optional.of(catalog.latestEdition()) : catalog.shipped(to);
        if (shipped.isEmpty()) {
            err.println(profile + ": エラー: " + catalog.notShipped(to));
            return Status.BAD_INPUT;
        }
        EditionId target = shipped.get();
        try (SecondCore second = SecondCore.open("upgrade-second")) {
            return run(request, console, progress, old, target, second);
        }
    }

    /** {@link #run(Request, Console, Listener)} once the profile is read and the edition known. */
    private Status run(Request request, Console console, Listener progress, Profile old, EditionId target,
                       SecondCore second) throws Exception {
        PrintWriter out = console.out();
        PrintWriter err = console.err();
        Path profile = request.profile();
        Path output = request.output();
        List<String> formats = request.formats();
        Catalog catalog = workspace.catalog();
        ProfileReader reader = workspace.reader();
        Generator generator = workspace.generator(second.executor(),
                (p, file) -> progress.file(p.name() + " の " + target + " への移行"));
        // the body's policy under the edition it leaves does not depend on the plan: resolved on the second core
        // while the plan resolves the guideline's two editions (each edition is loaded once, see Catalog.edition)
        java.util.concurrent.Future<jp.policygen.resolve.Resolver.Result> resolvedBefore =
                second.submit(() -> generator.resolveValid(old));
        String text = new String(Files.readAllBytes(profile), StandardCharsets.UTF_8);
        Plan plan;
        try {
            plan = plan(old, text, target, request.answers().answers());
        } catch (UpgradeException e) {
            err.println(profile + ": エラー: " + e.getMessage());
            return Status.BAD_INPUT;
        }
        Upgrade upgrade = plan.upgrade();
        ProfileReader.Result again = reader.read(profile.toString(), old.name(),
                apply(plan, Map.of()).getBytes(StandardCharsets.UTF_8));
        if (again.hasErrors()) { // the tool's own edit went wrong: say so rather than write a broken profile
            again.findings().stream().filter(Finding::isError).forEach(f -> err.println(f.format()));
            err.println("移行後のプロファイルを正しく作れませんでした。お手数ですが、この表示を添えて開発者に連絡してください。");
            return Status.FAILED;
        }
        Profile upgraded = again.profile().orElseThrow();

        Warnings warnings = once(err);
        List<DocumentWriter> writers = RenderSession.of(formats, RenderOptions.defaults(), warnings).writers();
        Policy before;
        Policy after;
        jp.policygen.resolve.Resolver.Result resolvedAfter;
        try {
            before = SecondCore.get(resolvedBefore).policy();
        } catch (Generator.InvalidProfile e) {
            e.findings().forEach(f -> err.println(f.format()));
            err.println("プロファイルに誤りがあるため、移行していません。上のメッセージに従って直してください。");
            return Status.BAD_INPUT;
        }
        try {
            // numbered as the body's rule was adopted when it keeps its numbers, with the 附則 a revision gives: the
            // upgrade's documents and 対照表 as the following generate makes them (issue 20 item 2)
            resolvedAfter = generator.resolveAsRevisionOf(upgraded, before);
            after = resolvedAfter.policy();
        } catch (Generator.InvalidProfile e) {
            e.findings().forEach(f -> err.println(f.format()));
            err.println("移行先の版 " + target + " では、上の独自の条項を置く場所がないため、移行していません。"
                    + "after に移行先の版にある条項IDを書いてから、もう一度実行してください。");
            return Status.BAD_INPUT;
        }
        // the body's rule under the edition it leaves, with the ids the new edition gives what the catalog renamed
        Policy earlier = Comparer.continued(before, jp.policygen.catalog.Lineage.renamed(catalog, before.edition(),
                after.edition()));
        Comparison comparison = Comparer.compare(earlier, profile.toString() + "（" + upgrade.fromName() + "）", after,
                upgrade.toName());
        String folderName = OutputFolder.safeName(old.name(), "_" + target + "移行");
        try {
            // the same refusals as generate and diff (-o is a file, a folder the tool did not make): exit 2, in Japanese
            OutputFolder.check(output, folderName);
        } catch (OutputFolder.RefusedException x) {
            err.println(profile + ": エラー: " + x.getMessage());
            return Status.BAD_INPUT;
        }
        // an output folder this run creates goes again on Ctrl+C, once empty (issue 25 item 6)
        List<Path> created = OutputFolder.createParents(output);
        try (jp.policygen.generate.RunCleanup.Registration cleanup = jp.policygen.generate.RunCleanup.process()
                .register(() -> OutputFolder.removeEmpty(created));
             OutputFolder folder = OutputFolder.open(output, folderName)) {
            Path dir = folder.staging();
            Files.writeString(dir.resolve(profile.getFileName().toString()), apply(plan, Map.of()), StandardCharsets.UTF_8);
            // the policy resolved above, written as it was compared (the upgraded profile is written beside, above)
            generator.generateResolved(upgraded, dir, writers, false, resolvedAfter);
            // the 見え消し on the second core (idle once the documents are written) while this thread drafts the 改め文
            java.util.concurrent.Future<byte[]> tracked = writers.stream().anyMatch(w -> w.extension().equals("docx"))
                    ? second.submit(() -> jp.policygen.compare.Redline.docx(earlier, after)) : null;
            // the 改め文 beside the 対照表: the amending rule the 法規担当 drafts from (issue 20 item 6)
            Document amendment = jp.policygen.compare.AmendingText.of(earlier, after, comparison);
            ComparisonOutput.write(comparison, ComparisonDocument.Order.NEW_OLD, writers, true, dir,
                    OutputFolder.safeName(old.name(), "_" + ComparisonDocument.TITLE), true, amendment,
                    tracked == null ? null : SecondCore.get(tracked), second.executor());
            Files.write(dir.resolve(REPORT_JSON), Json.bytes(UpgradeReport.json(upgrade)));
            writeReport(UpgradeReport.document(upgrade), writers, dir, second);
            // in this order every time (Map.of's order changes from one run to the next)
            java.util.Map<String, Object> manifest = new java.util.LinkedHashMap<>();
            manifest.put("profile", old.name());
            manifest.put("edition", target.toString());
            // every file and folder of this run, so that a rerun into the same -o replaces its own earlier output
            List<Object> files = new java.util.ArrayList<>();
            try (java.util.stream.Stream<Path> s = Files.list(dir)) {
                for (String f : s.map(p -> p.getFileName().toString()).sorted().toList()) {
                    java.util.Map<String, Object> e = new java.util.LinkedHashMap<>();
                    e.put("document", "upgrade");
                    e.put("format", Files.isDirectory(dir.resolve(f)) ? "folder" : f.substring(f.lastIndexOf('.') + 1));
                    e.put("path", f);
                    files.add(e);
                }
            }
            manifest.put("files", files);
            Files.write(dir.resolve("manifest.json"), Json.bytes(manifest));
            folder.commit();
            progress.finish();
            long review = upgrade.overrides().stream().filter(o -> o.status() == Upgrade.Status.REVIEW).count();
            out.println(folder.target() + " に、" + upgrade.toName() + "へ移行したプロファイル・文書・新旧対照表・移行報告を作成しました。");
            out.println("独自の変更 " + upgrade.overrides().size() + "件（要確認 " + review + "件）、この団体に関係する改定 "
                    + upgrade.changes().size() + "件、新しく決める項目 " + upgrade.newKeys().size() + "件。"
                    + "移行報告（" + REPORT + "）を確かめてください。");
            // the yearly procedure goes on from here in the same order as the guide and the browser's last step
            long open = upgrade.tasks().stream().filter(t -> !t.done()).count();
            out.println("次の手順: 移行報告の「やることの一覧」（残り " + open + "件）を上から進め、移行後のプロファイルを"
                    + "元のファイルと置き換えて" + (request.answers().effective().isPresent() ? ""
                    : "、施行日・版・改定履歴（訓令番号）を今年度のものにして") + "から、check・generate・diff を実行します"
                    + "（利用の手引き docs/guide/yearly-revision.md の「手順」の 2. 〜 7.）。");
        }
        return Status.OK;
    }

    /** The formats written on the second core, as the generator and the 対照表 split them: PDF fonts are read there. */
    private static final Set<String> SECOND_THREAD = Set.of("pdf", "html");

    /**
     * The 移行報告 in every format: its PDF and HTML on the second core, where the documents' PDFs were made (the PDF
     * writer reads its fonts once per thread), while this thread writes the Word file; returns once all are written,
     * so the staging folder is never removed under a write still running.
     */
    private static void writeReport(Document report, List<DocumentWriter> writers, Path dir, SecondCore second)
            throws Exception {
        List<DocumentWriter> there = second.executor() == null ? List.of()
                : writers.stream().filter(w -> SECOND_THREAD.contains(w.format())).toList();
        java.util.concurrent.Future<Void> done = there.isEmpty() ? null : second.submit(() -> {
            for (DocumentWriter w : there) {
                writeReport(report, w, dir);
            }
            return null;
        });
        try {
            for (DocumentWriter w : writers) {
                if (!there.contains(w)) {
                    writeReport(report, w, dir);
                }
            }
        } catch (Exception | Error e) {
            if (done != null) {
                try {
                    jp.policygen.io.Futures.await(done);
                } catch (Exception | Error also) {
                    e.addSuppressed(also);
                }
            }
            throw e;
        }
        if (done != null) {
            SecondCore.get(done);
        }
    }

    private static void writeReport(Document report, DocumentWriter w, Path dir) throws java.io.IOException {
        try (OutputStream o = Files.newOutputStream(dir.resolve(REPORT + "." + w.extension()))) {
            w.write(report, o);
        }
    }

    private static Warnings once(PrintWriter err) {
        Set<String> seen = new LinkedHashSet<>();
        return message -> {
            if (seen.add(message)) {
                err.println("警告: " + message);
            }
        };
    }
}
