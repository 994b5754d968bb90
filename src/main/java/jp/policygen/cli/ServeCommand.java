package jp.policygen.cli;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import jp.policygen.serve.ServeApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "プロファイルをブラウザのフォームで編集・確認し、文書を作成する画面を、このパソコンの中だけで開きます"
                + "（127.0.0.1。外部には公開しません）。終了するには Ctrl+C を押します。")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8765", description = "使うポート番号（既定: ${DEFAULT-VALUE}）。")
    int port;

    @Option(names = "--dir", paramLabel = "PROFILES_DIR", defaultValue = "profiles",
            description = "プロファイルのフォルダ（既定: ${DEFAULT-VALUE}）。このフォルダの中のファイルだけを読み書きします。")
    Path dir;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "文書の出力先フォルダ（既定: ${DEFAULT-VALUE}）。generate と同じく DIR/<プロファイル名>/ に書き出します。")
    Path output;

    @Option(names = "--no-browser", description = "ブラウザを自動で開きません。")
    boolean noBrowser;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("引数が正しくありません: --port には 0 から 65535 までの数を指定してください。");
            return Main.BAD_INPUT;
        }
        if (!Files.isDirectory(dir)) {
            err.println(dir + ": エラー: フォルダが見つかりません。--dir にはプロファイル（.yaml）を置くフォルダを指定してください。");
            return Main.BAD_INPUT;
        }
        ServeApp app;
        try {
            app = ServeApp.start(port, dir, output);
        } catch (BindException e) {
            err.println("エラー: ポート " + port + " はほかのプログラムが使っています。--port で別の番号（例: --port 8766）を指定してください。");
            return Main.FAILED;
        }
        out.println("policygen の画面を開きました: " + app.url());
        out.println("ブラウザで上のアドレスを開いてください。終了するには Ctrl+C を押します。");
        out.flush();
        if (!noBrowser) {
            openBrowser(app.url());
        }
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stop.countDown();
        }));
        stop.await();
        return Main.OK;
    }

    /** Opens the default browser where there is a desktop (never on CI or a server without a display). */
    private static void openBrowser(String url) {
        if (System.getenv("CI") != null || GraphicsEnvironment.isHeadless()) {
            return;
        }
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(url));
            }
        } catch (Exception | LinkageError e) {
            // the address is printed; opening the browser is only a convenience
        }
    }
}
