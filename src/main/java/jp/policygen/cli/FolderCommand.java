package jp.policygen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import jp.policygen.generate.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "folder", mixinStandardHelpOptions = true,
        description = {"作業フォルダ（団体のプロファイル profiles と作成した文書 output を置くフォルダ）を表示し、変えます。",
                "配布用の zip では、既定はホームフォルダの " + WorkFolder.DEFAULT_NAME + " です（ツールのフォルダの外なので、"
                        + "ツールを新しい版に替えても消えません）。ソースのフォルダでは、そのフォルダの profiles と output を使います。"},
        exitCodeListHeading = "%n終了コード:%n",
        exitCodeList = {"0:表示した、又は変えた", "1:設定を書き込めなかった", "2:指定の誤り（ツールのフォルダの中など）"})
final class FolderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "新しい作業フォルダ。省略すると今の作業フォルダを表示します。")
    Path path;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WorkFolder work = main.workFolder;
        if (!work.release()) {
            out.println("ソースのフォルダで実行しているため、このフォルダの profiles と output を使います"
                    + "（作業フォルダは配布用の zip で使うときの設定です）。");
            if (path != null) {
                err.println("エラー: ソースのフォルダでは作業フォルダを変えられません。出力先は -o で指定してください。");
                return Main.BAD_INPUT;
            }
            return Main.OK;
        }
        if (path == null) {
            out.println(work.line());
            out.println("  プロファイル: " + OutputFolder.shown(work.profiles()));
            out.println("  文書: " + OutputFolder.shown(work.output()));
            return Main.OK;
        }
        Path chosen = path.toAbsolutePath().normalize();
        if (work.insideTool(chosen)) {
            err.println(OutputFolder.shown(path) + ": エラー: ツールのフォルダ（" + OutputFolder.shown(work.tool())
                    + "）の中は作業フォルダにできません。ツールを新しい版に替えるときに消えてしまうためです。"
                    + "ツールのフォルダの外（例: ホームフォルダの " + WorkFolder.DEFAULT_NAME + "）を指定してください。");
            return Main.BAD_INPUT;
        }
        if (Files.exists(chosen) && !Files.isDirectory(chosen)) {
            err.println(OutputFolder.shown(path) + ": エラー: フォルダではなくファイルです。フォルダを指定してください。");
            return Main.BAD_INPUT;
        }
        try {
            Files.createDirectories(chosen.resolve("profiles"));
            Files.createDirectories(work.setting().getParent());
            Path tmp = Files.createTempFile(work.setting().getParent(), ".work-folder", ".tmp");
            Files.writeString(tmp, chosen + System.lineSeparator(), StandardCharsets.UTF_8);
            Files.move(tmp, work.setting(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            err.println("エラー: 作業フォルダを変えられませんでした（" + jp.policygen.app.Failures.reason(e) + "）。何も変更していません。");
            return Main.FAILED;
        }
        out.println("作業フォルダを " + OutputFolder.shown(chosen) + " にしました（" + OutputFolder.shown(work.setting())
                + " に記録しました）。");
        if (Files.isDirectory(work.root()) && !work.root().equals(chosen)) {
            out.println("これまでの作業フォルダ " + OutputFolder.shown(work.root())
                    + " の中身は移していません。必要なら profiles と output を新しい作業フォルダに移してください。");
        }
        return Main.OK;
    }
}
