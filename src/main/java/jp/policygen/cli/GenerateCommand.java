package jp.policygen.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.policygen.catalog.Catalog;
import jp.policygen.generate.Generator;
import jp.policygen.profile.Profile;
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
        description = "プロファイルから基本方針・対策基準などの文書を作成します（Word・PDF・HTML）。")
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
        for (String f : formats) {
            if (!FORMATS.contains(f)) {
                err.println("引数が正しくありません: --format に「" + f + "」は指定できません。docx, pdf, html, md から選んでください。");
                return Main.BAD_INPUT;
            }
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
        Catalog catalog = new Catalog();
        Profiles.Loaded loaded = new Profiles(catalog).read(profiles);
        Profiles.print(loaded.findings(), err);
        if (loaded.hasErrors()) {
            err.println("プロファイルに誤りがあるため、文書は作成していません。上のメッセージに従って直してください。");
            return Main.BAD_INPUT;
        }
        RenderOptions options = RenderOptions.defaults().withPdfFont(font).withReferenceDocx(referenceDocx);
        Warnings warnings = new OnceWarnings(err);
        List<DocumentWriter> writers = writers(options, warnings);
        Generator generator = new Generator(catalog);
        Progress progress = new Progress(err, loaded.profiles().size());
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<Generator.Output>> futures = new ArrayList<>();
            for (Profile p : loaded.profiles()) {
                futures.add(pool.submit(() -> {
                    Generator.Output o = generator.generate(p, output, writers);
                    progress.step(p.name());
                    return o;
                }));
            }
            List<Generator.Output> outputs = new ArrayList<>();
            for (Future<Generator.Output> f : futures) {
                try {
                    outputs.add(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof Exception ex ? ex : e;
                }
            }
            progress.finish();
            for (Generator.Output o : outputs) {
                o.warnings().forEach(w -> err.println(w.format()));
                out.println(o.folder() + " に " + o.files().size() + " 個のファイルを作成しました。");
            }
        } finally {
            pool.shutdownNow();
        }
        return Main.OK;
    }

    private List<DocumentWriter> writers(RenderOptions options, Warnings warnings) {
        List<DocumentWriter> list = new ArrayList<>();
        for (String f : FORMATS) {
            if (!formats.contains(f)) {
                continue;
            }
            list.add(switch (f) {
                case "docx" -> new DocxWriter(options);
                case "pdf" -> new PdfWriter(options, warnings);
                case "html" -> new HtmlWriter();
                default -> new MarkdownWriter();
            });
        }
        return list;
    }

    /** Prints each distinct warning once, however many documents raise it. */
    private static final class OnceWarnings implements Warnings {
        private final PrintWriter err;
        private final java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();

        OnceWarnings(PrintWriter err) {
            this.err = err;
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
