package jp.policygen.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

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
import jp.policygen.render.docx.DocxWriter;
import jp.policygen.render.html.HtmlWriter;
import jp.policygen.render.json.Json;
import jp.policygen.render.pdf.PdfWriter;
import jp.policygen.upgrade.Upgrade;
import jp.policygen.upgrade.UpgradeException;
import jp.policygen.upgrade.UpgradeReport;
import jp.policygen.upgrade.Upgrader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "プロファイルをガイドラインの新しい版に移します。移行後のプロファイル、新しい版の文書、新旧対照表、"
                + "独自の変更ごとの扱いを示す移行報告（upgrade-report.json と Word・HTML）を1つのフォルダに作ります。")
final class UpgradeCommand implements Callable<Integer> {
    /** The name of the readable report and of its JSON twin. */
    static final String REPORT = "移行報告";
    static final String REPORT_JSON = "upgrade-report.json";

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "PROFILE", description = "移行するプロファイル（.yaml）。元のファイルは変更しません。")
    Path profile;

    @Option(names = "--to", paramLabel = "EDITION", description = "移行先の版（既定: 最新の版）。")
    String to;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "出力先フォルダ（既定: ${DEFAULT-VALUE}）。DIR/<プロファイル名>_<版>移行/ に書き出します。")
    Path output;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "docx,pdf,html",
            description = "文書・新旧対照表・移行報告の形式: docx, pdf, html をカンマ区切りで（既定: ${DEFAULT-VALUE}）。")
    List<String> formats;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!jp.policygen.app.Formats.allowed(formats, List.of("docx", "pdf", "html"), err)) {
            return Main.BAD_INPUT;
        }
        Catalog catalog = new Catalog();
        ProfileReader reader = new ProfileReader(catalog);
        ProfileReader.Result read = reader.read(profile);
        read.findings().forEach(f -> err.println(f.format()));
        if (read.hasErrors()) {
            err.println("プロファイルに誤りがあるため、移行していません。上のメッセージに従って直してください。");
            return Main.BAD_INPUT;
        }
        Profile old = read.profile().orElseThrow();
        String target = to == null ? catalog.latestEdition() : to;
        String text = new String(Files.readAllBytes(profile), StandardCharsets.UTF_8);
        Upgrade upgrade;
        try {
            upgrade = new Upgrader(catalog).plan(old, text, target);
        } catch (UpgradeException e) {
            err.println(profile + ": エラー: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        ProfileReader.Result again = reader.read(profile.toString(), old.name(),
                upgrade.profileText().getBytes(StandardCharsets.UTF_8));
        if (again.hasErrors()) { // the tool's own edit went wrong: say so rather than write a broken profile
            again.findings().stream().filter(Finding::isError).forEach(f -> err.println(f.format()));
            err.println("移行後のプロファイルを正しく作れませんでした。お手数ですが、この表示を添えて開発者に連絡してください。");
            return Main.FAILED;
        }
        Profile upgraded = again.profile().orElseThrow();

        Warnings warnings = once(err);
        List<DocumentWriter> writers = new java.util.ArrayList<>();
        // the Word file's 目次 takes its pages from the PDF's layout: one writer for both, so it is laid out once
        PdfWriter pdf = new PdfWriter(RenderOptions.defaults(), warnings);
        if (formats.contains("docx")) {
            writers.add(new DocxWriter(RenderOptions.defaults(),
                    formats.contains("pdf") ? pdf : new PdfWriter(RenderOptions.defaults(), Warnings.NONE)));
        }
        if (formats.contains("pdf")) {
            writers.add(pdf);
        }
        if (formats.contains("html")) {
            writers.add(new HtmlWriter());
        }
        Progress progress = new Progress(err, 1);
        Generator generator = new Generator(catalog, null, (p, file) -> progress.file(p.name() + " の " + target + " への移行"));
        Policy before;
        Policy after;
        try {
            before = generator.resolveValid(old).policy();
        } catch (Generator.InvalidProfile e) {
            e.findings().forEach(f -> err.println(f.format()));
            err.println("プロファイルに誤りがあるため、移行していません。上のメッセージに従って直してください。");
            return Main.BAD_INPUT;
        }
        try {
            after = generator.resolveValid(upgraded).policy();
        } catch (Generator.InvalidProfile e) {
            e.findings().forEach(f -> err.println(f.format()));
            err.println("移行先の版 " + target + " では、上の独自の条項を置く場所がないため、移行していません。"
                    + "after に移行先の版にある条項IDを書いてから、もう一度実行してください。");
            return Main.BAD_INPUT;
        }
        Comparison comparison = Comparer.compare(before, profile.toString() + "（" + upgrade.fromName() + "）", after,
                upgrade.toName());
        String folderName = OutputFolder.safeName(old.name(), "_" + target + "移行");
        try {
            // the same refusals as generate and diff (-o is a file, a folder the tool did not make): exit 2, in Japanese
            OutputFolder.check(output, folderName);
        } catch (OutputFolder.RefusedException x) {
            err.println(profile + ": エラー: " + x.getMessage());
            return Main.BAD_INPUT;
        }
        // an output folder this run creates goes again on Ctrl+C, once empty (issue 25 item 6)
        List<Path> created = OutputFolder.createParents(output);
        try (jp.policygen.generate.RunCleanup.Registration cleanup = jp.policygen.generate.RunCleanup.process()
                .register(() -> OutputFolder.removeEmpty(created));
             OutputFolder folder = OutputFolder.open(output, folderName)) {
            Path dir = folder.staging();
            Files.writeString(dir.resolve(profile.getFileName().toString()), upgrade.profileText(), StandardCharsets.UTF_8);
            generator.generate(upgraded, dir, writers, false); // the upgraded profile is written beside, above
            // the 改め文 beside the 対照表: the amending rule the 法規担当 drafts from (issue 20 item 6)
            ComparisonOutput.write(comparison, ComparisonDocument.Order.NEW_OLD, writers, true, dir,
                    OutputFolder.safeName(old.name(), "_" + ComparisonDocument.TITLE), true,
                    jp.policygen.compare.AmendingText.of(before, after, comparison),
                    writers.stream().anyMatch(w -> w.extension().equals("docx"))
                            ? jp.policygen.compare.Redline.docx(before, after) : null);
            Files.write(dir.resolve(REPORT_JSON), Json.bytes(UpgradeReport.json(upgrade)));
            Document report = UpgradeReport.document(upgrade);
            for (DocumentWriter w : writers) {
                try (OutputStream o = Files.newOutputStream(dir.resolve(REPORT + "." + w.extension()))) {
                    w.write(report, o);
                }
            }
            // in this order every time (Map.of's order changes from one run to the next)
            java.util.Map<String, Object> manifest = new java.util.LinkedHashMap<>();
            manifest.put("profile", old.name());
            manifest.put("edition", target);
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
            out.println("次の手順: 移行報告の項目を決めて移行後のプロファイルを元のファイルと置き換え、施行日・版・改定履歴"
                    + "（訓令番号）を今年度のものにしてから、check・generate・diff を実行します"
                    + "（利用の手引き docs/guide/yearly-revision.md の「手順」の 2. 〜 7.）。");
        }
        return Main.OK;
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
