package jp.policygen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import jp.policygen.catalog.Catalog;
import jp.policygen.compare.AmendingText;
import jp.policygen.compare.ChangeKind;
import jp.policygen.compare.Redline;
import jp.policygen.compare.Comparer;
import jp.policygen.compare.Comparison;
import jp.policygen.compare.ComparisonDocument;
import jp.policygen.generate.ComparisonOutput;
import jp.policygen.generate.Generator;
import jp.policygen.generate.Manifest;
import jp.policygen.generate.OutputFolder;
import jp.policygen.generate.OutputHistory;
import jp.policygen.io.InputLimits;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.Policy;
import jp.policygen.render.DocumentWriter;
import jp.policygen.render.RenderOptions;
import jp.policygen.render.Warnings;
import jp.policygen.render.docx.DocxWriter;
import jp.policygen.render.html.HtmlWriter;
import jp.policygen.render.json.SnapshotReader;
import jp.policygen.render.pdf.PdfWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"2つの版を条項ごとに比べ、新旧対照表を作成します（Word・PDF・HTML・JSON）。",
                "OLD・NEW には、プロファイル（.yaml）、snapshot.json、policygen が作成した .docx、"
                        + "または generate の出力フォルダを指定できます。",
                "NEW（プロファイル）だけを指定すると、出力フォルダに残っている以前の版（history/）と比べます。",
                "対照表は DIR/<名前>_新旧対照表/ に作成します。"})
final class DiffCommand implements Callable<Integer> {
    static final List<String> FORMATS = List.of("docx", "pdf", "html", "json");
    static final String FOLDER_SUFFIX = "_" + ComparisonDocument.TITLE;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "OLD NEW",
            description = "比べる2つの版（改正前、改正後の順）。1つだけなら改正後のプロファイル。")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "出力先フォルダ（既定: ${DEFAULT-VALUE}）。DIR/<名前>_新旧対照表/ に書き出し、"
                    + "以前の版は DIR/<名前>/ から探します。")
    Path output;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "docx,pdf,html",
            description = "出力形式: docx, pdf, html, json をカンマ区切りで（既定: ${DEFAULT-VALUE}）。")
    List<String> formats;

    @Option(names = "--order", paramLabel = "ORDER", defaultValue = "new-old",
            description = "列の順: new-old（改正後｜改正前｜備考、既定）または old-new（改正前｜改正後｜備考）。")
    String order;

    @Option(names = "--documents", split = ",", paramLabel = "DOC", defaultValue = "comparison,amendment,tracked",
            description = "作成する文書: comparison（新旧対照表）、amendment（改め文: 改正する訓令の題名・本則・附則。"
                    + "Word・PDF・HTML とテキスト）、tracked（見え消し: 変更履歴付きの Word 文書。--format に docx があるとき）"
                    + "をカンマ区切りで（既定: ${DEFAULT-VALUE}）。")
    List<String> documents;

    @Option(names = "--font", paramLabel = "PATH", description = "PDF に埋め込む日本語フォント（.ttf / .ttc / .otf）。")
    Path font;

    @Option(names = "--debug", description = "内部エラーの詳細を表示します。")
    boolean debug;

    /** A wrong input: the message names the file and what to give instead. */
    static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }

    /** A version to compare and how to name it in the summary. */
    record Version(Policy policy, String label) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!jp.policygen.app.Formats.allowed(formats, FORMATS, err)) {
            return Main.BAD_INPUT;
        }
        ComparisonDocument.Order columns = switch (order) {
            case "new-old" -> ComparisonDocument.Order.NEW_OLD;
            case "old-new" -> ComparisonDocument.Order.OLD_NEW;
            default -> null;
        };
        if (columns == null) {
            err.println("引数が正しくありません: --order に「" + order + "」は指定できません。new-old または old-new を指定してください。");
            return Main.BAD_INPUT;
        }
        for (String d : documents) {
            if (!List.of("comparison", "amendment", "tracked").contains(d)) {
                err.println("引数が正しくありません: --documents に「" + d + "」は指定できません。"
                        + "comparison（新旧対照表）、amendment（改め文）、tracked（見え消し）をカンマ区切りで指定してください。");
                return Main.BAD_INPUT;
            }
        }
        if (font != null && !Files.isRegularFile(font)) {
            err.println(font + ": エラー: フォントファイルが見つかりません。--font には .ttf / .ttc / .otf ファイルを指定してください。");
            return Main.BAD_INPUT;
        }
        Catalog catalog = new Catalog();
        Generator generator = new Generator(catalog);
        Version oldVersion;
        Version newVersion;
        try {
            newVersion = load(inputs.get(inputs.size() - 1), catalog, generator, err);
            if (inputs.size() == 2) {
                oldVersion = load(inputs.get(0), catalog, generator, err);
            } else {
                oldVersion = earlier(inputs.get(0), newVersion.policy(), catalog);
            }
        } catch (BadInput e) {
            err.println(e.getMessage());
            return Main.BAD_INPUT;
        }
        Comparison comparison = Comparer.compare(oldVersion.policy(), oldVersion.label(), newVersion.policy(),
                newVersion.label());
        if (comparison.isEmpty()) {
            out.println(oldVersion.label() + " と " + newVersion.label()
                    + " に違いはありません。新旧対照表は作成していません。");
            return Main.OK;
        }
        RenderOptions options = RenderOptions.defaults().withPdfFont(font);
        List<DocumentWriter> writers = new ArrayList<>();
        // the Word file's 目次 takes its pages from the PDF's layout: one writer for both, so it is laid out once
        PdfWriter pdf = new PdfWriter(options, message -> err.println("警告: " + message));
        if (formats.contains("docx")) {
            writers.add(new DocxWriter(options, formats.contains("pdf") ? pdf : new PdfWriter(options, Warnings.NONE)));
        }
        if (formats.contains("pdf")) {
            writers.add(pdf);
        }
        if (formats.contains("html")) {
            writers.add(new HtmlWriter());
        }
        String name = OutputFolder.safeName(name(newVersion.policy(), oldVersion.policy()), FOLDER_SUFFIX);
        Document amendment = documents.contains("amendment")
                ? AmendingText.of(oldVersion.policy(), newVersion.policy(), comparison) : null;
        byte[] redline = documents.contains("tracked") && formats.contains("docx")
                ? Redline.docx(oldVersion.policy(), newVersion.policy()) : null;
        try {
            ComparisonOutput.write(comparison, columns, writers, formats.contains("json"), output, name,
                    documents.contains("comparison"), amendment, redline);
        } catch (OutputFolder.RefusedException e) {
            // a folder diff did not make (no manifest of the tool): refused as generate refuses it, exit 2
            err.println(OutputFolder.shown(output.resolve(name)) + ": エラー: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        String made = documents.contains("comparison") && amendment != null ? "新旧対照表と改め文"
                : amendment != null ? "改め文" : "新旧対照表";
        out.println(output.resolve(name) + " に" + made + "を作成しました（" + counts(comparison)
                + "）。");
        return Main.OK;
    }

    static String counts(Comparison c) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<ChangeKind, Integer> e : c.counts().entrySet()) {
            parts.add(e.getKey().label() + " " + e.getValue() + "件");
        }
        return String.join("、", parts);
    }

    private static String name(Policy newPolicy, Policy oldPolicy) {
        String n = newPolicy.profileName().isEmpty() ? oldPolicy.profileName() : newPolicy.profileName();
        return n.isEmpty() ? "policy" : n;
    }

    /** A profile (rendered now), a snapshot.json, a generated .docx, or a generate output folder. */
    private Version load(Path path, Catalog catalog, Generator generator, PrintWriter err) throws BadInput {
        if (Files.isDirectory(path)) {
            Path snapshot = path.resolve("snapshot.json");
            if (!Files.isRegularFile(snapshot)) {
                throw new BadInput(path + ": エラー: このフォルダには snapshot.json がありません。generate の出力フォルダ"
                        + "（DIR/<名前>/）か、プロファイル・snapshot.json・.docx を指定してください。");
            }
            return load(snapshot, catalog, generator, err);
        }
        if (!Files.isRegularFile(path)) {
            throw new BadInput(path + ": エラー: ファイルが見つかりません。プロファイル（.yaml）、snapshot.json、"
                    + "または policygen が作成した .docx を指定してください。");
        }
        String file = path.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (file.endsWith(".yaml") || file.endsWith(".yml")) {
                Profiles.Loaded loaded = new Profiles(catalog).read(List.of(path));
                Profiles.print(loaded.findings(), err);
                if (loaded.hasErrors() || loaded.profiles().isEmpty()) {
                    throw new BadInput(path + ": エラー: プロファイルに誤りがあるため比較できません。"
                            + "上のメッセージに従って直してください。");
                }
                // numbered as generate numbers it: with the adopted numbers of the earlier version kept in DIR
                try {
                    return new Version(generator.resolveValid(loaded.profiles().get(0), output.resolve(
                            OutputFolder.safeName(loaded.profiles().get(0).name()))).policy(), path.toString());
                } catch (Generator.InvalidProfile e) {
                    Profiles.print(e.findings(), err);
                    throw new BadInput(path + ": エラー: プロファイルに誤りがあるため比較できません。"
                            + "上のメッセージに従って直してください。");
                }
            }
            if (file.endsWith(".json")) {
                return new Version(SnapshotReader.read(InputLimits.readFile(path), path.toString(), catalog.editionIds()),
                        path.toString());
            }
            if (file.endsWith(".docx")) {
                return new Version(SnapshotReader.readDocx(InputLimits.readFile(path), path.toString(),
                        catalog.editionIds()), path.toString());
            }
        } catch (SnapshotReader.SnapshotException e) {
            throw new BadInput(e.getMessage());
        } catch (InputLimits.TooLarge e) {
            throw new BadInput(path + ": エラー: " + e.getMessage());
        } catch (IOException e) {
            throw new BadInput(path + ": エラー: 読み込めません（" + e.getMessage() + "）。");
        }
        throw new BadInput(path + ": エラー: 比較できない種類のファイルです。プロファイル（.yaml）、snapshot.json、"
                + "または policygen が作成した .docx を指定してください。");
    }

    /**
     * The latest earlier version of the profile's body kept in the output folder: the folder's own snapshot.json
     * and those under history/ (history/&lt;施行日&gt;_&lt;版&gt;/snapshot.json), leaving out any with the same
     * 施行日 and 版 as the new version; the latest by 施行日 wins.
     */
    private Version earlier(Path profile, Policy newPolicy, Catalog catalog) throws BadInput {
        String file = profile.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(file.endsWith(".yaml") || file.endsWith(".yml"))) {
            throw new BadInput(profile + ": エラー: 比べる版が1つしか指定されていません。OLD と NEW の2つを指定するか、"
                    + "NEW にプロファイル（.yaml）を指定して出力フォルダの以前の版と比べてください。");
        }
        Path folder = output.resolve(OutputFolder.safeName(newPolicy.profileName()));
        Path history = folder.resolve(OutputFolder.HISTORY);
        // oldest first: history/ by 施行日 and, within one 施行日, in the order generated; the folder's own
        // version is the last generated, so it goes after every kept one of its 施行日 or earlier
        List<Path> candidates = new ArrayList<>();
        for (OutputHistory.Version v : OutputHistory.versions(folder)) {
            candidates.add(v.snapshot());
        }
        Path current = folder.resolve("snapshot.json");
        if (Files.isRegularFile(current)) {
            Optional<LocalDate> at = Manifest.read(folder).flatMap(Manifest::effective);
            int i = candidates.size();
            if (at.isPresent()) {
                while (i > 0 && Manifest.read(candidates.get(i - 1).getParent()).flatMap(Manifest::effective)
                        .map(d -> d.isAfter(at.get())).orElse(false)) {
                    i--;
                }
            }
            candidates.add(i, current);
        }
        String newKey = key(newPolicy);
        Version best = null;
        for (int i = candidates.size() - 1; i >= 0 && best == null; i--) { // the latest generated first
            Path c = candidates.get(i);
            Policy p;
            try {
                p = SnapshotReader.read(InputLimits.readFile(c), c.toString(), catalog.editionIds());
            } catch (SnapshotReader.SnapshotException e) {
                // a damaged or altered old version is said so, not skipped: skipping it would compare with an
                // older year without a word
                throw new BadInput(e.getMessage());
            } catch (InputLimits.TooLarge e) {
                throw new BadInput(c + ": エラー: " + e.getMessage());
            } catch (IOException e) {
                throw new BadInput(c + ": エラー: 読み込めません（" + e.getMessage() + "）。");
            }
            if (!key(p).equals(newKey)) {
                best = new Version(p, c.toString());
            }
        }
        if (best == null) {
            throw new BadInput(folder + ": エラー: 比べる以前の版が見つかりません（" + history + " に以前の版がありません）。"
                    + "昨年度の snapshot.json か .docx を OLD として指定してください（例: policygen diff 昨年度/snapshot.json "
                    + profile + "）。");
        }
        return best;
    }

    /** 施行日 and 版 of a policy, as generate names a history folder. */
    private static String key(Policy p) {
        DocumentInfo i = p.documents().isEmpty() ? null : p.documents().get(0).info();
        return i == null ? "" : i.effective() + "_" + i.version();
    }

}
