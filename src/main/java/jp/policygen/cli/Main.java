package jp.policygen.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** policygen: 地方公共団体の情報セキュリティポリシーを生成する. */
@Command(name = "policygen", mixinStandardHelpOptions = true, version = "policygen 0.1.0",
        description = "総務省ガイドラインの構成に沿って、団体ごとの情報セキュリティポリシーを作成します（条文は本ツール独自の文です）。",
        synopsisSubcommandLabel = "コマンド",
        commandListHeading = "%nコマンド:%n")
public final class Main implements java.util.concurrent.Callable<Integer> {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    /**
     * The commands, in the order the help lists them. Not in the annotation: picocli builds the model of every
     * subcommand it is given by reflection (a third of a cold {@code check}'s CPU, its classes being too old for the
     * class-data archive), so a run is given only the command it names — the full list only when it names none,
     * asks for help or names one that does not exist (the help's list and the suggestions need them all).
     */
    private static final List<Class<?>> COMMANDS = List.of(GenerateCommand.class, CheckCommand.class,
            DiffCommand.class, UpgradeCommand.class, SectionsCommand.class, EditionsCommand.class, ImportCommand.class,
            ServeCommand.class, RestoreCommand.class, FolderCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where the body's profiles and documents live (the checkout itself, or the released tool's work folder). */
    final WorkFolder workFolder;

    Main(WorkFolder workFolder) {
        this.workFolder = workFolder;
    }

    /** No command: the help, and status 2 (a script that forgot its command must not look successful). */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("コマンドを指定してください。");
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    public static void main(String[] args) {
        // Nothing the tool writes may depend on the user's locale: libraries format numbers with the default one
        // (OpenPDF's cross-reference table came out in Arabic-Indic digits under an Arabic locale). The tool speaks
        // Japanese whatever the locale, so the neutral locale is the default for everything it runs.
        java.util.Locale.setDefault(java.util.Locale.ROOT);
        if (!Utf8Relaunch.fileNamesWork()) {
            var status = Utf8Relaunch.run(args);
            if (status.isPresent()) {
                System.exit(status.get());
            }
            new PrintWriter(System.err, true, StandardCharsets.UTF_8).println("エラー: この環境では日本語のファイル名を"
                    + "扱えません（文字コードの設定 LANG がありません）。LANG=C.UTF-8 を設定してから実行してください。");
            System.exit(FAILED);
        }
        args = Utf8Relaunch.arguments(args);
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs a command line with the given streams; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, WorkFolder.detect());
    }

    /** Runs a command line with the given streams and work folder; returns the exit status. */
    static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr, WorkFolder workFolder) {
        Warmup.start(args);
        // one escaping for every message of every command: a file name's escape sequence never reaches the terminal
        PrintWriter out = new PrintWriter(jp.policygen.io.Messages.escaping(rawOut), true);
        PrintWriter err = new PrintWriter(jp.policygen.io.Messages.escaping(rawErr), true);
        CommandLine cl = new CommandLine(new Main(workFolder));
        // before anything is set on cl: picocli passes its settings on only to the subcommands it already has
        for (Class<?> command : commandsFor(args)) {
            cl.addSubcommand(command);
        }
        if (workFolder.release()) {
            // the released tool: -o and serve's --dir default to the work folder, a bare profile name is looked
            // for there too, and every command first says which folder it uses
            cl.setDefaultValueProvider(option -> option instanceof CommandLine.Model.OptionSpec o
                    ? switch (o.longestName()) {
                        case "--output" -> workFolder.output().toString();
                        case "--dir" -> workFolder.profiles().toString();
                        default -> null;
                    } : null);
            cl.registerConverter(java.nio.file.Path.class, s -> {
                java.nio.file.Path p = java.nio.file.Path.of(s);
                String lower = s.toLowerCase(java.util.Locale.ROOT);
                return lower.endsWith(".yaml") || lower.endsWith(".yml") ? workFolder.profile(p) : p;
            });
            cl.setExecutionStrategy(parseResult -> {
                CommandLine.ParseResult sub = parseResult.subcommand();
                if (sub != null && !sub.isUsageHelpRequested() && !sub.isVersionHelpRequested()
                        && !"help".equals(sub.commandSpec().name()) && !"folder".equals(sub.commandSpec().name())) {
                    try {
                        workFolder.create();
                    } catch (java.io.IOException e) {
                        err.println("エラー: 作業フォルダ「" + jp.policygen.generate.OutputFolder.shown(workFolder.root())
                                + "」を作れません（" + jp.policygen.app.Failures.reason(e) + "）。policygen folder で書き込める場所を"
                                + "指定してください。");
                        err.flush();
                        return FAILED;
                    }
                    err.println(workFolder.line());
                    err.flush();
                }
                return new CommandLine.RunLast().execute(parseResult);
            });
        }
        cl.setResourceBundle(new HelpTexts()); // picocli's own words (--help, --version, help) in Japanese
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("引数が正しくありません: " + japanese(ex));
            err.println("使い方は「policygen " + commandName(ex.getCommandLine()) + " --help」で確かめてください。");
            err.flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            boolean debug = debug(parseResult);
            if (ex instanceof jp.policygen.generate.OutputFolder.RefusedException refused) {
                // a refusal that reached here is still a refusal: the user's words, exit 2, no Java names
                err.println("エラー: " + refused.getMessage());
                err.flush();
                return BAD_INPUT;
            }
            // the Java class and its English text only with --debug: staff read Japanese, not exception names
            err.println("エラー: 処理を完了できませんでした（" + jp.policygen.app.Failures.reason(ex) + "）。");
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

    /** The one command the arguments name first, else all of them (see {@link #COMMANDS}). */
    static List<Class<?>> commandsFor(String[] args) {
        if (args.length > 0) {
            for (Class<?> command : COMMANDS) {
                String name = command.getAnnotation(Command.class).name();
                if (name.equals(args[0]) && !"help".equals(name)) {
                    return List.of(command);
                }
            }
        }
        return COMMANDS;
    }

    /** Whether the command that ran was given --debug (picocli's parse, not a scan of the raw arguments). */
    static boolean debug(CommandLine.ParseResult parseResult) {
        for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** picocli's messages, which are English, in Japanese: what was wrong and what to write instead. */
    static String japanese(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : jp.policygen.generate.OutputFolder.shown(unmatched.get(0));
            List<String> suggestions = u.getSuggestions();
            String hint = suggestions.isEmpty() ? "" : "（もしかして: " + String.join(", ", suggestions) + "）";
            return first.startsWith("-") ? "「" + first + "」というオプションはありません" + hint + "。"
                    : "余分な引数「" + first + "」があります" + hint + "。";
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            List<String> names = new ArrayList<>();
            for (CommandLine.Model.ArgSpec arg : m.getMissing()) {
                names.add(arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() + " の値"
                        : arg.paramLabel());
            }
            return String.join("、", names) + " を指定してください。";
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o) {
            return o.getOverwritten().isOption()
                    ? ((CommandLine.Model.OptionSpec) o.getOverwritten()).longestName() + " が2回以上指定されています。1回だけ指定してください。"
                    : "同じ引数が2回以上指定されています。";
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) {
            return "引数が多すぎます。";
        }
        CommandLine.Model.ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) {
            String name = arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
            String expected = arg.type() == int.class || arg.type() == Integer.class ? "整数" : arg.paramLabel();
            return name + " に「" + jp.policygen.generate.OutputFolder.shown(ex.getValue()) + "」は指定できません。" + expected + " を指定してください。";
        }
        String m = ex.getMessage() == null ? "" : ex.getMessage();
        if (m.startsWith("Missing required subcommand")) {
            return "コマンドを指定してください。";
        }
        return "指定のしかたが正しくありません（" + jp.policygen.generate.OutputFolder.shown(m) + "）。";
    }

    private static String commandName(CommandLine cl) {
        String name = cl.getCommandName();
        return "policygen".equals(name) ? "" : name;
    }
}
