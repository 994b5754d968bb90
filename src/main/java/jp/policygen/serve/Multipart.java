package jp.policygen.serve;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body (RFC 7578), as a browser sends a form with a file: its text fields and its files.
 * Only the import page sends one. Written here because the JDK's HTTP server has no reader for it and the readers
 * that exist come with a servlet API this server does not have; the format a browser sends is small: parts between
 * boundary lines, each with a Content-Disposition naming the field (and the file), then CRLF CRLF, then the bytes.
 *
 * @param fields the text fields, every value of a repeated field in order
 * @param files  the files, in the order sent; a file input left empty (no name, no bytes) is not among them
 */
record Multipart(Map<String, List<String>> fields, List<Upload> files) {

    /** One uploaded file: the name as the user's PC calls it (without its folders) and its bytes. */
    record Upload(String field, String name, byte[] bytes) {
    }

    /** Thrown for a body that is not the multipart a browser sends; the message is for the user. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");

    /** Whether a Content-Type is a multipart form. */
    static boolean is(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    static Multipart parse(String contentType, byte[] body) throws Malformed {
        Matcher b = BOUNDARY.matcher(contentType);
        if (!b.find()) {
            throw new Malformed("フォームの送信形式が正しくありません（区切りがありません）。画面を読み込み直してください。");
        }
        byte[] delimiter = ("--" + (b.group(1) != null ? b.group(1) : b.group(2))).getBytes(StandardCharsets.ISO_8859_1);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<Upload> files = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw new Malformed("フォームの送信形式が正しくありません。画面を読み込み直してください。");
        }
        while (true) {
            int lineEnd = at + delimiter.length;
            if (lineEnd + 1 < body.length && body[lineEnd] == '-' && body[lineEnd + 1] == '-') {
                break; // the closing delimiter
            }
            int headStart = indexOf(body, CRLF, lineEnd);
            if (headStart < 0) {
                throw new Malformed("フォームの送信が途中で切れています。もう一度送信してください。");
            }
            headStart += 2;
            int headEnd = indexOf(body, CRLF_CRLF, headStart);
            if (headEnd < 0) {
                throw new Malformed("フォームの送信が途中で切れています。もう一度送信してください。");
            }
            // browsers send the names as UTF-8 (a 規程.docx stays 規程.docx)
            String head = new String(body, headStart, headEnd - headStart, StandardCharsets.UTF_8);
            int dataStart = headEnd + 4;
            // the part ends before CRLF and the next delimiter
            byte[] next = new byte[delimiter.length + 2];
            next[0] = '\r';
            next[1] = '\n';
            System.arraycopy(delimiter, 0, next, 2, delimiter.length);
            int dataEnd = indexOf(body, next, dataStart);
            if (dataEnd < 0) {
                throw new Malformed("フォームの送信が途中で切れています。もう一度送信してください。");
            }
            String disposition = header(head, "content-disposition");
            Matcher n = NAME.matcher(disposition);
            if (n.find()) {
                Matcher f = FILENAME.matcher(disposition);
                byte[] data = java.util.Arrays.copyOfRange(body, dataStart, dataEnd);
                if (f.find()) {
                    String file = baseName(f.group(1).replace("%22", "\""));
                    if (!file.isEmpty() || data.length > 0) {
                        files.add(new Upload(n.group(1), file, data));
                    }
                } else {
                    fields.computeIfAbsent(n.group(1), k -> new ArrayList<>()).add(new String(data, StandardCharsets.UTF_8));
                }
            }
            at = dataEnd + 2;
        }
        return new Multipart(fields, files);
    }

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] CRLF_CRLF = {'\r', '\n', '\r', '\n'};

    /** The name without the folders some browsers send with it (C:\Users\…\規程.docx). */
    static String baseName(String name) {
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(cut + 1).strip();
    }

    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1);
            }
        }
        return "";
    }

    private static int indexOf(byte[] in, byte[] what, int from) {
        outer:
        for (int i = Math.max(0, from); i <= in.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
