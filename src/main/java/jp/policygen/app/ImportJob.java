package jp.policygen.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jp.policygen.catalog.Catalog;
import jp.policygen.generate.OutputFolder;
import jp.policygen.importer.BodyText;
import jp.policygen.importer.ImportException;
import jp.policygen.importer.ImportReport;
import jp.policygen.importer.Importer;
import jp.policygen.importer.Readers;

/**
 * import: the body's current rules (.docx, .pdf, .html, .txt) read into a profile that reproduces their wording
 * and numbering, with the 取込結果 (.html and .docx) to check it by; all files appear together or none.
 */
public final class ImportJob {
    private final Workspace workspace;

    public ImportJob(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * What to import.
     *
     * @param files   the rules' files (up to three: 基本方針, 対策基準, 特則)
     * @param edition the guideline edition, or null for the nearest to the rules' wording
     * @param name    the body's name instead of the one read from the text, or null
     * @param output  the folder the profile and the 取込結果 go into
     */
    public record Request(List<Path> files, String edition, String name, Path output) {
    }

    public Status run(Request request, Console console) {
        PrintWriter out = console.out();
        PrintWriter err = console.err();
        List<Path> files = request.files();
        String edition = request.edition();
        String name = request.name();
        Path output = request.output();
        Catalog catalog = workspace.catalog();
        Importer.Outcome o;
        String stem = files.get(files.size() - 1).getFileName().toString().replaceFirst("\\.[^.]+$", "");
        try {
            List<BodyText> bodies = new ArrayList<>();
            for (Path f : files) {
                bodies.add(Readers.read(f));
            }
            o = new Importer(catalog).run(bodies, edition, name, stem);
        } catch (ImportException e) {
            err.println("エラー: " + e.getMessage());
            return Status.BAD_INPUT;
        }
        Map<String, byte[]> written = new LinkedHashMap<>();
        String editionName = catalog.editionName(o.edition());
        written.put(stem + ".yaml", o.profileYaml().getBytes(StandardCharsets.UTF_8));
        written.put(stem + "_取込結果.html", ImportReport.html(o, editionName).getBytes(StandardCharsets.UTF_8));
        try {
            written.put(stem + "_取込結果.docx", ImportReport.docx(o, editionName));
        } catch (Exception e) {
            err.println("エラー: 取込結果の Word ファイルを作れませんでした（" + Failures.reason(e) + "）。");
            return Status.FAILED;
        }
        String refusal = refusal(output, stem, written);
        if (refusal != null) {
            err.println("エラー: " + refusal);
            return Status.BAD_INPUT;
        }
        try {
            write(output, written);
        } catch (IOException e) {
            err.println("エラー: " + OutputFolder.shown(output) + " に書き込めません（" + Failures.reason(e)
                    + "）。フォルダの場所と書込みの権限を確かめてください。");
            return Status.FAILED;
        }
        out.println(OutputFolder.shown(output.resolve(stem + ".yaml")) + " を作成しました（" + editionName + "、" + summary(o) + "）。");
        out.println("取込結果: " + OutputFolder.shown(output.resolve(stem + "_取込結果.html")) + "（.docx も作成）。疑わしいものから順に確かめてください。");
        return Status.OK;
    }

    /**
     * Why this run must not write into {@code dir}, or null. A rerun replaces its own output: the 取込結果 are always
     * the tool's to replace, and the profile too when it is still exactly what this run writes (nothing is lost).
     * A profile that differs (edited since, or from other files) is the user's work and is never overwritten, nor
     * written beside as {@code name (2).yaml}: the message says which option to use instead.
     */
    static String refusal(Path dir, String stem, Map<String, byte[]> files) {
        Path existing = dir.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            return "出力先「" + OutputFolder.shown(existing) + "」はフォルダではなくファイルです。-o にはプロファイルと取込結果を"
                    + "作るフォルダを指定してください。何も変更していません。";
        }
        for (String file : files.keySet()) {
            Path target = dir.resolve(file);
            if (Files.isDirectory(target)) {
                return OutputFolder.shown(target) + " という名前のフォルダがあるため、書き出せません。何も変更していません。"
                        + "-o で別のフォルダを指定してください。";
            }
        }
        Path profile = dir.resolve(stem + ".yaml");
        if (Files.exists(profile)) {
            byte[] now;
            try {
                now = Files.readAllBytes(profile);
            } catch (IOException e) {
                now = null;
            }
            if (now == null || !java.util.Arrays.equals(now, files.get(stem + ".yaml"))) {
                return OutputFolder.shown(profile) + " がすでにあり、今回の取込結果と内容が違います（取込の後で書き換えたか、"
                        + "別のファイルからの取込です）。書き換えた内容を守るため、何も変更していません。-o で別のフォルダを"
                        + "指定するか、今のプロファイルの名前を変えてから、もう一度実行してください。";
            }
        }
        return null;
    }

    private static String summary(Importer.Outcome o) {
        long changes = o.plan().changes().size();
        return "変更 " + changes + " 件";
    }

    /** All files appear or none: each is written beside its place and moved in; a failure removes what was moved. */
    private static void write(Path dir, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(dir);
        List<Path> temps = new ArrayList<>();
        List<Path> done = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path t = Files.createTempFile(dir, ".import-", ".tmp");
                temps.add(t);
                Files.write(t, e.getValue());
            }
            int i = 0;
            for (String name : files.keySet()) {
                Path target = dir.resolve(name);
                try {
                    Files.move(temps.get(i), target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException x) {
                    Files.move(temps.get(i), target);
                }
                done.add(target);
                i++;
            }
        } catch (IOException e) {
            for (Path p : done) {
                Files.deleteIfExists(p);
            }
            throw e;
        } finally {
            for (Path t : temps) {
                Files.deleteIfExists(t);
            }
        }
    }
}
