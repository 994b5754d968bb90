package jp.policygen.cli;

import java.util.ListResourceBundle;

/**
 * The Japanese words of picocli's own parts of the help: the standard --help / --version options, the usage line's
 * heading and the help command. Set on the command line in {@link Main}; a class rather than a .properties file so
 * the text needs no escaping.
 */
public final class HelpTexts extends ListResourceBundle {
    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {"help", "このヘルプを表示して終了します。"},
            {"version", "バージョンを表示して終了します。"},
            {"usage.synopsisHeading", "使い方: "},
            {"policygen.help.usage.synopsisHeading", "%n使い方: "},
            {"policygen.help.usage.header", "コマンドの使い方を表示します。"},
            {"policygen.help.usage.description.0", "コマンドを指定しないときは、policygen 全体の使い方を表示します。"},
            {"policygen.help.usage.description.1", "コマンドを指定すると、そのコマンドの使い方を表示します。"},
            {"helpCommand.command", "使い方を表示するコマンド。"},
            {"helpCommand.help", "help コマンドの使い方を表示して終了します。"},
        };
    }
}
