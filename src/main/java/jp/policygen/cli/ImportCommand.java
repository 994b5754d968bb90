package jp.policygen.cli;

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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"団体の現行の情報セキュリティポリシー（Word の .docx、文字のある PDF、例規集の HTML、テキスト）を読み込み、"
                + "その文言と番号を再現するプロファイル（.yaml）と取込結果（.html・.docx）を作成します。",
                "基本方針と対策基準が別のファイルなら、2つとも指定します。推測した値にはもとの文をコメントで添え、"
                        + "本文から決まらない値には「要確認」と書きます。"})
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..3", paramLabel = "FILE", description = "現行の規程のファイル（.docx・.pdf・.html・.txt）。基本方針・対策基準・特則が別のファイルなら、それぞれを（3つまで）。")
    List<Path> files;

    @Option(names = "--edition", paramLabel = "E",
            description = "ガイドラインの版（例: 2024-10）。省略すると、規程の文言に最も近い版を選びます（同じ近さなら古い版）。")
    String edition;

    @Option(names = "--name", paramLabel = "NAME", description = "団体名（例: 架空市）。規程の本文から読み取った名前の代わりに使います。")
    String name;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = ".",
            description = "プロファイルと取込結果を作るフォルダ（既定: 今のフォルダ）。")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Catalog catalog = new Catalog();
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
            return Main.BAD_INPUT;
        }
        Map<String, byte[]> written = new LinkedHashMap<>();
        String editionName = catalog.editionName(o.edition());
        written.put(stem + ".yaml", o.profileYaml().getBytes(StandardCharsets.UTF_8));
        written.put(stem + "_取込結果.html", ImportReport.html(o, editionName).getBytes(StandardCharsets.UTF_8));
        try {
            written.put(stem + "_取込結果.docx", ImportReport.docx(o, editionName));
        } catch (Exception e) {
            err.println("エラー: 取込結果の Word ファイルを作れませんでした（" + jp.policygen.app.Failures.reason(e) + "）。");
            return Main.FAILED;
        }
        String refusal = refusal(output, stem, written);
        if (refusal != null) {
            err.println("エラー: " + refusal);
            return Main.BAD_INPUT;
        }
        try {
            write(output, written);
        } catch (IOException e) {
            err.println("エラー: " + OutputFolder.shown(output) + " に書き込めません（" + jp.policygen.app.Failures.reason(e)
                    + "）。フォルダの場所と書込みの権限を確かめてください。");
            return Main.FAILED;
        }
        out.println(OutputFolder.shown(output.resolve(stem + ".yaml")) + " を作成しました（" + editionName + "、" + summary(o) + "）。");
        out.println("取込結果: " + OutputFolder.shown(output.resolve(stem + "_取込結果.html")) + "（.docx も作成）。疑わしいものから順に確かめてください。");
        return Main.OK;
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
