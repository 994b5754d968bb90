package jp.policygen.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jp.policygen.generate.Generator;
import jp.policygen.generate.OutputFolder;
import jp.policygen.profile.Profile;
import jp.policygen.profile.SourceSearch;
import jp.policygen.render.DocumentWriter;
import jp.policygen.render.RenderOptions;
import jp.policygen.render.Warnings;

/**
 * generate: profiles → their policies → every requested format, each body's folder put in place atomically in
 * {@code output/<profile name>/} (earlier versions to history/). The command line and the page both run it.
 */
public final class GenerateJob {
    private final Workspace workspace;

    public GenerateJob(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * What to generate.
     *
     * @param formats       of {@link Formats#GENERATE}
     * @param jobs          profiles done at a time (1–64)
     * @param font          the PDF font (--font), or null
     * @param referenceDocx the Word styles to take (--reference-docx), or null
     * @param debug         whether an internal error prints its details
     */
    public record Request(List<Path> profiles, Path output, List<String> formats, int jobs, Path font,
                          Path referenceDocx, boolean debug) {
        /** One profile in the default formats, as the page generates it. */
        public static Request of(Path profile, Path output) {
            return new Request(List.of(profile), output, List.of("docx", "pdf", "html"), 1, null, null, false);
        }
    }

    /** Runs the request, saying what it did on the console; the progress goes to {@code listener}. */
    public Status run(Request request, Console console, Listener listener) throws Exception {
        PrintWriter out = console.out();
        PrintWriter err = console.err();
        List<Path> profiles = request.profiles();
        Path output = request.output();
        List<String> formats = request.formats();
        int jobs = request.jobs();
        Path font = request.font();
        Path referenceDocx = request.referenceDocx();
        boolean debug = request.debug();
        if (!Formats.allowed(formats, Formats.GENERATE, err)) {
            return Status.BAD_INPUT;
        }
        if (formats.contains("docx") && referenceDocx != null) {
            // docx4j's start-up (its JAXB context) on a core of its own while profiles and catalog are read: only a
            // reference .docx needs it (the built-in styles' files are written without it, see render.docx.WordFile)
            RenderSession.prepareWord(RenderOptions.defaults().withReferenceDocx(referenceDocx));
        }
        if (jobs < 1 || jobs > 64) {
            err.println("引数が正しくありません: --jobs には 1 から 64 までの数を指定してください。");
            return Status.BAD_INPUT;
        }
        if (font != null && !Files.isRegularFile(font)) {
            err.println(font + ": エラー: フォントファイルが見つかりません。--font には .ttf / .ttc / .otf ファイルを指定してください。");
            return Status.BAD_INPUT;
        }
        if (referenceDocx != null && !Files.isRegularFile(referenceDocx)) {
            err.println(referenceDocx + ": エラー: 書式を取り込む .docx ファイルが見つかりません。");
            return Status.BAD_INPUT;
        }
        RenderOptions options = RenderOptions.defaults().withPdfFont(font).withReferenceDocx(referenceDocx);
        try {
            if (formats.contains("pdf")) {
                RenderSession.checkFont(options);
            }
        } catch (java.io.IOException e) {
            err.println(OutputFolder.shown(font) + ": エラー: " + e.getMessage());
            return Status.BAD_INPUT;
        }
        try {
            if (formats.contains("docx")) {
                RenderSession.checkReference(options);
            }
        } catch (java.io.IOException e) {
            err.println(OutputFolder.shown(referenceDocx) + ": エラー: " + e.getMessage());
            return Status.BAD_INPUT;
        }
        Workspace.Loaded loaded = workspace.read(profiles);
        loaded.findings().forEach(f -> err.println(f.format()));
        if (loaded.hasErrors()) {
            err.println("プロファイルに誤りがあるため、文書は作成していません。上のメッセージに従って直してください。");
            return Status.BAD_INPUT;
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
            return Status.BAD_INPUT;
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
            return Status.BAD_INPUT;
        }
        List<Path> created;
        try {
            created = OutputFolder.createParents(output);
        } catch (java.io.IOException e) {
            err.println("エラー: 出力先のフォルダ「" + OutputFolder.shown(output) + "」を作れません（" + Failures.reason(e) + "）。"
                    + "何も作成していません。");
            return Status.FAILED;
        }
        // Ctrl+C before the run finished: the output folder it created goes too, once empty (issue 25 item 6)
        try (jp.policygen.generate.RunCleanup.Registration cleanup = jp.policygen.generate.RunCleanup.process()
                .register(() -> OutputFolder.removeEmpty(created))) {
            Warnings warnings = new OnceWarnings(err, loaded.profiles());
            List<DocumentWriter> writers = RenderSession.of(formats, options, warnings).writers();
            // a core that --jobs leaves idle writes the PDFs and HTML while the job's own thread writes the others
            int jobThreads = Math.min(jobs, loaded.profiles().size());
            ExecutorService pdfPool = Runtime.getRuntime().availableProcessors() > jobThreads && formats.contains("pdf")
                    && formats.size() > 1 ? Executors.newFixedThreadPool(jobThreads) : null;
            Listener progress = listener;
            Generator generator = workspace.generator(pdfPool, (p, file) -> progress.file(OutputFolder.shown(p.name())));
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
                return Status.OK;
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
                            + Failures.reason(t) + "）。" + where + " は以前のままです。");
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
            return badInput ? Status.BAD_INPUT : Status.FAILED;
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
