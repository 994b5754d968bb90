package jp.policygen.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.policygen.catalog.Catalog;
import jp.policygen.generate.Generator;
import jp.policygen.generate.OutputFolder;
import jp.policygen.profile.Profile;
import jp.policygen.profile.SourceSearch;
import jp.policygen.render.DocumentWriter;
import jp.policygen.render.RenderOptions;
import jp.policygen.render.Warnings;
import jp.policygen.render.docx.DocxWriter;
import jp.policygen.render.html.HtmlWriter;
import jp.policygen.render.md.MarkdownWriter;
import jp.policygen.render.pdf.PdfWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "プロファイルから基本方針・対策基準などの文書を作成します（Word・PDF・HTML）。",
        exitCodeListHeading = "%n終了コード:%n",
        exitCodeList = {"0:文書を作成した（警告だけのときも 0）",
                "1:処理の失敗（書き込めないなど）。出力フォルダは変更していません",
                "2:入力の誤り（プロファイルや引数）。何も作成していません"})
final class GenerateCommand implements Callable<Integer> {
    static final List<String> FORMATS = List.of("docx", "pdf", "html", "md");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PROFILE", description = "プロファイル（.yaml）。複数指定できます。")
    List<Path> profiles;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "出力先フォルダ（既定: ${DEFAULT-VALUE}）。DIR/<プロファイル名>/ に書き出します。")
    Path output;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "docx,pdf,html",
            description = "出力形式: docx, pdf, html, md をカンマ区切りで（既定: ${DEFAULT-VALUE}）。")
    List<String> formats;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "1", description = "同時に処理するプロファイルの数（既定: 1）。")
    int jobs;

    @Option(names = "--font", paramLabel = "PATH", description = "PDF に埋め込む日本語フォント（.ttf / .ttc / .otf）。")
    Path font;

    @Option(names = "--reference-docx", paramLabel = "PATH",
            description = "Word の書式（スタイル）を取り込む .docx。団体の様式に合わせるときに使います。")
    Path referenceDocx;

    @Option(names = "--debug", description = "内部エラーの詳細を表示します。")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!FormatOption.allowed(formats, FORMATS, err)) {
            return Main.BAD_INPUT;
        }
        if (formats.contains("docx")) {
            // docx4j's start-up (its JAXB context) on a core of its own while profiles and catalog are read
            Thread docx4j = new Thread(DocxWriter::prepare, "docx4j-prepare");
            docx4j.setDaemon(true);
            docx4j.start();
        }
        if (jobs < 1 || jobs > 64) {
            err.println("引数が正しくありません: --jobs には 1 から 64 までの数を指定してください。");
            return Main.BAD_INPUT;
        }
        if (font != null && !Files.isRegularFile(font)) {
            err.println(font + ": エラー: フォントファイルが見つかりません。--font には .ttf / .ttc / .otf ファイルを指定してください。");
            return Main.BAD_INPUT;
        }
        if (referenceDocx != null && !Files.isRegularFile(referenceDocx)) {
            err.println(referenceDocx + ": エラー: 書式を取り込む .docx ファイルが見つかりません。");
            return Main.BAD_INPUT;
        }
        RenderOptions options = RenderOptions.defaults().withPdfFont(font).withReferenceDocx(referenceDocx);
        try {
            if (formats.contains("pdf")) {
                PdfWriter.checkFont(options);
            }
        } catch (java.io.IOException e) {
            err.println(OutputFolder.shown(font) + ": エラー: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        try {
            if (formats.contains("docx")) {
                DocxWriter.checkReference(options);
            }
        } catch (java.io.IOException e) {
            err.println(OutputFolder.shown(referenceDocx) + ": エラー: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        Catalog catalog = new Catalog();
        Profiles.Loaded loaded = new Profiles(catalog).read(profiles);
        Profiles.print(loaded.findings(), err);
        if (loaded.hasErrors()) {
            err.println("プロファイルに誤りがあるため、文書は作成していません。上のメッセージに従って直してください。");
            return Main.BAD_INPUT;
        }
        // where each body goes, all checked before anything is written
        Map<String, Profile> byFolder = new LinkedHashMap<>();
        boolean refused = false;
        for (Profile p : loaded.profiles()) {
            String name = OutputFolder.safeName(p.name());
            Profile other = byFolder.putIfAbsent(folderKey(name), p);
            if (other != null) {
                refused = true;
                err.println(sameFile(other, p)
                        ? OutputFolder.shown(p.file()) + ": エラー: 同じプロファイルが2回指定されています。1回だけ指定してください。"
                        : OutputFolder.shown(p.file()) + ": エラー: 「" + OutputFolder.shown(other.file()) + "」と同じ出力先「"
                        + OutputFolder.shown(output.resolve(name)) + "」に書き出すことになるため、どちらも作成していません。"
                        + "どちらかのファイル名を変えるか、-o で別々の出力先を指定して実行してください。");
            }
        }
        if (refused) {
            err.println("出力先が重なるため、文書は作成していません。");
            return Main.BAD_INPUT;
        }
        for (Profile p : loaded.profiles()) {
            try {
                OutputFolder.check(output, OutputFolder.safeName(p.name()));
            } catch (OutputFolder.RefusedException e) {
                refused = true;
                err.println(OutputFolder.shown(p.file()) + ": エラー: " + e.getMessage());
            }
        }
        if (refused) {
            return Main.BAD_INPUT;
        }
        List<Path> created;
        try {
            created = OutputFolder.createParents(output);
        } catch (java.io.IOException e) {
            err.println("エラー: 出力先のフォルダ「" + OutputFolder.shown(output) + "」を作れません（" + reason(e) + "）。"
                    + "何も作成していません。");
            return Main.FAILED;
        }
        // Ctrl+C before the run finished: the output folder it created goes too, once empty (issue 25 item 6)
        try (jp.policygen.generate.RunCleanup.Registration cleanup = jp.policygen.generate.RunCleanup.process()
                .register(() -> OutputFolder.removeEmpty(created))) {
            Warnings warnings = new OnceWarnings(err, loaded.profiles());
            List<DocumentWriter> writers = writers(options, warnings);
            // a core that --jobs leaves idle writes the PDFs and HTML while the job's own thread writes the others
            int jobThreads = Math.min(jobs, loaded.profiles().size());
            ExecutorService pdfPool = Runtime.getRuntime().availableProcessors() > jobThreads && formats.contains("pdf")
                    && formats.size() > 1 ? Executors.newFixedThreadPool(jobThreads) : null;
            Progress progress = new Progress(err, loaded.profiles().size());
            Generator generator = new Generator(catalog, pdfPool, (p, file) -> progress.file(OutputFolder.shown(p.name())));
            ExecutorService pool = Executors.newFixedThreadPool(jobs);
            List<Generator.Output> outputs = new ArrayList<>();
            Map<Profile, Throwable> failures = new LinkedHashMap<>();
            try {
                Map<Profile, Future<Generator.Output>> futures = new LinkedHashMap<>();
                for (Profile p : loaded.profiles()) {
                    futures.put(p, pool.submit(() -> {
                        try {
                            return generator.generate(p, output, writers);
                        } finally {
                            progress.step(OutputFolder.shown(p.name()));
                        }
                    }));
                }
                for (Map.Entry<Profile, Future<Generator.Output>> f : futures.entrySet()) {
                    try {
                        outputs.add(f.getValue().get());
                    } catch (java.util.concurrent.ExecutionException e) {
                        failures.put(f.getKey(), e.getCause());
                    }
                }
            } finally {
                pool.shutdownNow();
                if (pdfPool != null) {
                    pdfPool.shutdownNow();
                }
            }
            progress.finish();
            for (Generator.Output o : outputs) {
                o.warnings().forEach(w -> err.println(w.format()));
                out.println(OutputFolder.shown(o.folder()) + " に " + o.files().size() + " 個のファイルを作成しました。");
                o.history().ifPresent(h -> out.println("  以前の版は " + OutputFolder.shown(h) + " に移しました。"));
            }
            if (failures.isEmpty()) {
                return Main.OK;
            }
            if (outputs.isEmpty()) {
                OutputFolder.removeEmpty(created);
            }
            boolean badInput = false;
            for (Map.Entry<Profile, Throwable> f : failures.entrySet()) {
                Throwable t = f.getValue();
                String where = OutputFolder.shown(output.resolve(OutputFolder.safeName(f.getKey().name())));
                if (t instanceof Generator.InvalidProfile invalid) {
                    badInput = true;
                    invalid.findings().forEach(w -> err.println(w.format()));
                    err.println("プロファイルに誤りがあるため、文書は作成していません。上のメッセージに従って直してください。");
                } else if (t instanceof OutputFolder.RefusedException r) {
                    badInput = true;
                    err.println(OutputFolder.shown(f.getKey().file()) + ": エラー: " + r.getMessage());
                } else {
                    err.println(OutputFolder.shown(f.getKey().file()) + ": エラー: 文書を作成できませんでした（"
                            + reason(t) + "）。" + where + " は以前のままです。");
                }
                if (debug) {
                    t.printStackTrace(err);
                }
            }
            if (loaded.profiles().size() > 1) {
                err.println("作成した団体: " + (outputs.isEmpty() ? "なし" : String.join("、",
                        outputs.stream().map(o -> OutputFolder.shown(o.folder().getFileName())).toList())));
                err.println("作成できなかった団体: " + String.join("、", failures.keySet().stream()
                        .map(p -> OutputFolder.shown(OutputFolder.safeName(p.name()))).toList())
                        + "（以前の出力のまま変更していません）");
            }
            return badInput ? Main.BAD_INPUT : Main.FAILED;
        }
    }

    /** Two output folder names that would be one folder on Windows or macOS (case, Unicode normal form). */
    private static String folderKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static boolean sameFile(Profile a, Profile b) {
        try {
            return Path.of(a.file()).toRealPath().equals(Path.of(b.file()).toRealPath());
        } catch (java.io.IOException | RuntimeException e) {
            return a.file().equals(b.file());
        }
    }

    /** Why a write failed, in words a user can act on. */
    static String reason(Throwable t) {
        String m = String.valueOf(t.getMessage());
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "書き込む権限がありません: " + OutputFolder.shown(m);
        }
        if (m.contains("No space left") || m.contains("not enough space") || m.contains("disk full")) {
            return "ディスクの空きが足りません";
        }
        if (t instanceof java.nio.file.FileSystemException fs) {
            return "ファイルを書き込めません: " + OutputFolder.shown(fs.getFile()); // getReason() is the system's English
        }
        if (t instanceof java.io.IOException) {
            return "ファイルを読み書きできません";
        }
        return "予期しないエラーです"; // the class name and its text are for --debug, not for staff
    }

    private List<DocumentWriter> writers(RenderOptions options, Warnings warnings) {
        List<DocumentWriter> list = new ArrayList<>();
        // one PdfWriter for both: the Word 目次 shows the PDF's page numbers, and the layout is then done once
        PdfWriter pdf = new PdfWriter(options, warnings);
        for (String f : FORMATS) {
            if (!formats.contains(f)) {
                continue;
            }
            list.add(switch (f) {
                case "docx" -> formats.contains("pdf") ? new DocxWriter(options, pdf) : new DocxWriter(options, new PdfWriter(options, Warnings.NONE));
                case "pdf" -> pdf;
                case "html" -> new HtmlWriter();
                default -> new MarkdownWriter();
            });
        }
        return list;
    }

    /** Prints each distinct warning once, however many documents raise it. */
    private static final class OnceWarnings implements Warnings {
        private final PrintWriter err;
        private final List<Profile> profiles;
        private final java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();

        OnceWarnings(PrintWriter err, List<Profile> profiles) {
            this.err = err;
            this.profiles = profiles;
        }

        /** Names the profile, line and field the character was written in; the text it stands in otherwise. */
        @Override
        public void missingCharacter(int codePoint, String context) {
            boolean found = false;
            for (Profile p : profiles) {
                for (SourceSearch.Place at : SourceSearch.find(Path.of(p.file()), codePoint, 5)) {
                    found = true;
                    print(OutputFolder.shown(p.file()) + ":" + at.line() + ":" + at.column() + ": 警告: PDF: "
                            + (at.key().isEmpty() ? "" : at.key() + " の") + Warnings.missingCharacterText(codePoint));
                }
            }
            if (!found) {
                accept(Warnings.missingCharacterMessage(codePoint, context));
            }
        }

        private void print(String line) {
            if (seen.add(line)) {
                synchronized (err) {
                    err.println(line);
                }
            }
        }

        @Override
        public void accept(String message) {
            if (seen.add(message)) {
                synchronized (err) {
                    err.println("警告: " + message);
                }
            }
        }
    }
}
