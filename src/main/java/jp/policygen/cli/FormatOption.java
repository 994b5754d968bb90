package jp.policygen.cli;

import java.io.PrintWriter;
import java.util.List;

/** The --format check every command shares: one message, naming what may be given instead. */
final class FormatOption {
    private FormatOption() {
    }

    /** Whether every given format is allowed; prints the message for the first one that is not. */
    static boolean allowed(List<String> given, List<String> allowed, PrintWriter err) {
        if (given == null || given.isEmpty() || given.stream().allMatch(f -> f.isBlank())) {
            // 「--format ,」 or 「--format ""」: nothing would be written, yet the run would report success
            err.println("引数が正しくありません: --format に形式が指定されていません。"
                    + String.join(", ", allowed) + " から1つ以上をカンマ区切りで指定してください。");
            return false;
        }
        for (String f : given) {
            if (!allowed.contains(f) && !f.isBlank()) {
                err.println("引数が正しくありません: --format に「" + f + "」は指定できません。"
                        + String.join(", ", allowed) + " から選んでください。");
                return false;
            }
        }
        return true;
    }
}
