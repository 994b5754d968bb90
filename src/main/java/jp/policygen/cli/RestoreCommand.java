package jp.policygen.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;

import jp.policygen.generate.OutputFolder;
import jp.policygen.generate.ProfileVersions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"プロファイルを以前の内容に戻します。番号を指定しないと、戻せる版の一覧を表示します。",
                "戻せるのは、文書を作ったときのプロファイル（出力フォルダと history/ の各版に残ります）と、ブラウザの画面で"
                        + "保存する前や戻す前のプロファイル（プロファイルの隣の「" + ProfileVersions.SAVED + "」フォルダ）です。"
                        + "戻す前の内容も「" + ProfileVersions.SAVED + "」に残るので、戻したことも取り消せます。"},
        exitCodeListHeading = "%n終了コード:%n",
        exitCodeList = {"0:一覧を表示した、又は戻した", "1:書き込めなかった", "2:指定の誤り（プロファイルや番号）"})
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROFILE", description = "戻すプロファイル（.yaml）。")
    Path profile;

    @Parameters(index = "1", arity = "0..1", paramLabel = "番号", description = "一覧の番号。この版の内容に戻します。")
    Integer number;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "文書の出力先フォルダ（既定: ${DEFAULT-VALUE}）。DIR/<プロファイル名>/ と、その history/ から探します。")
    Path output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(profile)) {
            err.println(OutputFolder.shown(profile) + ": エラー: プロファイルが見つかりません。戻すプロファイルのファイル名を指定してください。");
            return Main.BAD_INPUT;
        }
        List<ProfileVersions.Version> versions;
        try {
            versions = ProfileVersions.of(profile, output);
        } catch (IOException e) {
            err.println("エラー: 以前の版を読めませんでした（" + jp.policygen.app.Failures.reason(e) + "）。");
            return Main.FAILED;
        }
        if (number == null) {
            if (versions.isEmpty()) {
                out.println(OutputFolder.shown(profile) + " の以前の版は残っていません（文書を作ると、そのときのプロファイルが"
                        + "出力フォルダに残ります）。");
                return Main.OK;
            }
            out.println(OutputFolder.shown(profile) + " を戻せる版（新しい順）:");
            for (int i = 0; i < versions.size(); i++) {
                out.println("  " + (i + 1) + ". " + versions.get(i).label() + "（" + OutputFolder.shown(versions.get(i).file()) + "）");
            }
            out.println("戻すときは「policygen restore " + OutputFolder.shown(profile) + " 番号」を実行します。");
            return Main.OK;
        }
        if (number < 1 || number > versions.size()) {
            err.println("引数が正しくありません: 番号には 1 から " + versions.size() + " までを指定してください"
                    + "（「policygen restore " + OutputFolder.shown(profile) + "」で一覧を表示します）。");
            return Main.BAD_INPUT;
        }
        ProfileVersions.Version v = versions.get(number - 1);
        try {
            ProfileVersions.restore(profile, v, LocalDateTime.now());
        } catch (IOException e) {
            err.println("エラー: 戻せませんでした（" + jp.policygen.app.Failures.reason(e) + "）。プロファイルは変更していません。");
            return Main.FAILED;
        }
        out.println(OutputFolder.shown(profile) + " を「" + v.label() + "」の内容に戻しました。戻す前の内容は「"
                + ProfileVersions.SAVED + "」フォルダに残しました。");
        return Main.OK;
    }
}
