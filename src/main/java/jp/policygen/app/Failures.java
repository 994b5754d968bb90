package jp.policygen.app;

import jp.policygen.generate.OutputFolder;

/** Why something failed, in words a user can act on (the class name and its English text are for --debug). */
public final class Failures {
    private Failures() {
    }

    /** Why a write failed, in words a user can act on. */
    public static String reason(Throwable t) {
        String m = String.valueOf(t.getMessage());
        if (t instanceof java.nio.file.AccessDeniedException) {
            return "書き込む権限がありません: " + OutputFolder.shown(m);
        }
        if (m.contains("No space left") || m.contains("not enough space") || m.contains("disk full")) {
            return "ディスクの空きが足りません";
        }
        if (t instanceof java.nio.file.FileSystemException fs) {
            return "ファイルを書き込めません: " + OutputFolder.shown(fs.getFile()); // getReason() is the system's English
        }
        if (t instanceof java.io.IOException) {
            return "ファイルを読み書きできません";
        }
        return "予期しないエラーです"; // the class name and its text are for --debug, not for staff
    }

    /** A name or path as it may be shown to the user (control characters and the like escaped). */
    public static String shown(Object nameOrPath) {
        return OutputFolder.shown(nameOrPath);
    }

    /** Whether a job's failure is a refusal of the user's choice (a folder the tool did not make…): exit 2. */
    public static boolean isRefusal(Throwable t) {
        return t instanceof OutputFolder.RefusedException;
    }

    /**
     * A failure nobody foresaw, told as the command line tells it (a refusal as the user's slip, exit 2; anything
     * else as what failed, exit 1), for an adapter that runs a job without picocli around it (the page).
     */
    public static Status report(Throwable t, java.io.PrintWriter err) {
        if (isRefusal(t)) {
            err.println("エラー: " + t.getMessage());
            return Status.BAD_INPUT;
        }
        err.println("エラー: 処理を完了できませんでした（" + reason(t) + "）。");
        return Status.FAILED;
    }
}
