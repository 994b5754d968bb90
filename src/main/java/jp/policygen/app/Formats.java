package jp.policygen.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one list of output formats: which formats each job writes, what the page calls them and how a download is
 * typed. A new format is added here (and its writer in {@link RenderSession}); the command line's --format checks,
 * the page's download links and the bench all read this class.
 */
public final class Formats {
    private Formats() {
    }

    /** The policy documents generate writes, in the order they are written. */
    public static final List<String> GENERATE = List.of("docx", "pdf", "html", "md");
    /** The 新旧対照表 (and 改め文) diff writes; json is the table's rows. */
    public static final List<String> DIFF = List.of("docx", "pdf", "html", "json");
    /** The documents, 対照表 and 移行報告 upgrade writes. */
    public static final List<String> UPGRADE = List.of("docx", "pdf", "html");
    /** What check prints on standard output. */
    public static final List<String> CHECK_REPORTS = List.of("text", "json");
    /** The 対策チェックリスト files check writes. */
    public static final List<String> CHECK_DOCUMENTS = List.of("docx", "xlsx", "html");
    /** The checklist files the page offers for download. */
    public static final List<String> CHECKLIST_DOWNLOADS = List.of("docx", "xlsx");

    /** The name a staff member knows a format by (the page's download links). */
    public static String displayName(String extension) {
        return switch (extension) {
            case "docx" -> "Word";
            case "xlsx" -> "Excel";
            case "pdf" -> "PDF";
            case "html" -> "HTML";
            case "json" -> "JSON";
            default -> extension;
        };
    }

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pdf", "application/pdf",
            "html", "text/html; charset=utf-8",
            "json", "application/json");

    /** The content type of a download with this extension, if it is one of ours. */
    public static Optional<String> contentType(String extension) {
        return Optional.ofNullable(CONTENT_TYPES.get(extension));
    }

    /**
     * The --format check every command shares: whether every given format is allowed; prints the message for the
     * first one that is not (one message, naming what may be given instead).
     */
    public static boolean allowed(List<String> given, List<String> allowed, PrintWriter err) {
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
