package jp.policygen.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** policygen: 地方公共団体の情報セキュリティポリシーを生成する. */
@Command(name = "policygen", mixinStandardHelpOptions = true, version = "policygen 0.1.0",
        description = "総務省ガイドラインの構成に沿って、団体ごとの情報セキュリティポリシーを作成します（条文は本ツール独自の文です）。",
        subcommands = {GenerateCommand.class, CheckCommand.class, DiffCommand.class, UpgradeCommand.class, SectionsCommand.class, EditionsCommand.class,
                ServeCommand.class,
                CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "コマンド",
        commandListHeading = "%nコマンド:%n")
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs a command line with the given streams; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("引数が正しくありません: " + ex.getMessage());
            err.println("使い方は「policygen " + commandName(ex.getCommandLine()) + " --help」で確かめてください。");
            err.flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            boolean debug = parseResult.originalArgs().contains("--debug");
            err.println("エラー: 処理を完了できませんでした（" + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage()) + "）。");
            if (debug) {
                ex.printStackTrace(err);
            } else {
                err.println("詳しい情報は --debug を付けて実行すると表示されます。");
            }
            err.flush();
            return FAILED;
        });
        int status = cl.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    private static String commandName(CommandLine cl) {
        String name = cl.getCommandName();
        return "policygen".equals(name) ? "" : name;
    }
}
