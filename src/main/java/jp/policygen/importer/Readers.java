package jp.policygen.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.policygen.io.InputLimits;

/**
 * Picks the reader for a file by what its bytes are (a Word file is a zip, a PDF starts with %PDF, an HTML page with
 * a tag), not by its name alone, and turns what cannot be read into one Japanese sentence.
 */
public final class Readers {
    private Readers() {
    }

    public static BodyText read(Path file) throws ImportException {
        return read(file, file.toString());
    }

    /**
     * @param shown the name the messages give the file: the path as the user typed it, or on the page the name in its
     *              folder's list
     */
    public static BodyText read(Path file, String shown) throws ImportException {
        String name = shown;
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(name + ": フォルダが指定されました。規程のファイル（.docx・.pdf・.html・.txt）を指定してください。");
            }
            bytes = InputLimits.readFile(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(name + ": ファイルが見つかりません。ファイル名と場所を確かめてください。");
        } catch (InputLimits.TooLarge e) {
            throw new ImportException(name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new ImportException(name + ": ファイルを読めません。ほかのプログラムが開いていないか、ファイルの場所を確かめてください。");
        }
        return read(name, bytes);
    }

    /** Reads a file already in memory (the web page's upload). */
    public static BodyText read(String name, byte[] bytes) throws ImportException {
        String lower = name.toLowerCase(Locale.ROOT);
        BodyText text;
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new ImportException(name + ": パスワードで暗号化された Word ファイルか、古い形式（.doc）のファイルです。"
                    + "Word で開き、パスワードを外して「Word 文書（*.docx）」として保存し直したファイルを指定してください。");
        } else if (startsWith(bytes, 'P', 'K')) {
            text = DocxReader.read(name, bytes);
        } else if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            text = PdfReader.read(name, bytes);
        } else if (lower.endsWith(".docx") || lower.endsWith(".pdf")) {
            throw new ImportException(name + ": " + (lower.endsWith(".pdf") ? "PDF" : "Word") + " ファイルとして読めません"
                    + "（ファイルが壊れているか、別の形式のファイルの名前を変えたものです）。元のファイルを保存し直して指定してください。");
        } else {
            String s = decode(name, bytes);
            String head = s.stripLeading().toLowerCase(Locale.ROOT);
            if (lower.endsWith(".html") || lower.endsWith(".htm") || head.startsWith("<!doctype html") || head.startsWith("<html")) {
                text = HtmlReader.read(name, s);
            } else {
                text = Outline.parse(name, "テキスト", lines(s));
            }
        }
        return check(text);
    }

    /** A file that holds no numbered provisions is not a policy, whatever its format. */
    static BodyText check(BodyText text) throws ImportException {
        long numbered = text.units().stream().filter(u -> u.level() != Level.SUPPLEMENT && u.level() != Level.APPENDIX
                && !u.paragraphs().isEmpty()).count();
        int chars = text.units().stream().mapToInt(u -> u.text().length()).sum();
        if (numbered < 3 || chars < 200) {
            throw new ImportException(text.file() + ": 情報セキュリティポリシーの条項が見つかりません（番号の付いた条・項が "
                    + numbered + " 個）。第１条・２・（１）の例規の形か、1.・(1)・① の形で番号の付いた規程のファイルを指定してください。"
                    + ("PDF".equals(text.format()) ? "スキャンした画像だけの PDF は読めません。文字を選択できる PDF か、Word・HTML のファイルを指定してください。" : ""));
        }
        return text;
    }

    static List<SourceLine> lines(String s) {
        List<SourceLine> out = new ArrayList<>();
        String[] lines = s.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.add(new SourceLine(lines[i], (i + 1) + "行"));
        }
        return out;
    }

    /** UTF-8 (with or without BOM), else Shift_JIS (Windows-31J), as a 例規集 export or Notepad may have saved it. */
    static String decode(String name, byte[] bytes) throws ImportException {
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            try {
                return Charset.forName("windows-31j").newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e2) {
                throw new ImportException(name + ": 文字として読めないファイルです（UTF-8 でも Shift_JIS でもありません）。"
                        + "規程の Word・PDF・HTML、または UTF-8 のテキストファイルを指定してください。");
            }
        }
    }

    private static boolean startsWith(byte[] b, int... head) {
        if (b.length < head.length) {
            return false;
        }
        for (int i = 0; i < head.length; i++) {
            if ((b[i] & 0xFF) != head[i]) {
                return false;
            }
        }
        return true;
    }

    static ByteArrayInputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
