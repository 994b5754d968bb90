package jp.policygen.profile;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a profile into text. Profiles are UTF-8; Notepad on older Windows saves Shift_JIS
 * (CP932), which is read as such with a warning. Anything else (UTF-16, binary files) is refused before
 * YAML sees it, and characters YAML cannot hold (NUL, BEL, ESC …) are reported with their line and column.
 */
final class YamlSource {
    private YamlSource() {
    }

    /**
     * The decoded text, or an explanation (Japanese) of why the bytes are not a text file we can read.
     * {@code line} and {@code column} (1-based, 0 when the whole file is meant) say where the error is.
     */
    record Decoded(String text, String warning, String error, int line, int column) {
        static Decoded ok(String text, String warning) {
            return new Decoded(text, warning, null, 0, 0);
        }

        static Decoded fail(String error, int line, int column) {
            return new Decoded(null, null, error, line, column);
        }
    }

    /** A character that YAML does not allow in a file, where it is. */
    record BadChar(int codePoint, int line, int column) {
    }

    static final Charset CP932 = Charset.forName("windows-31j");

    static final String SAVE_AS_UTF8 = "メモ帳の「名前を付けて保存」で文字コードを「UTF-8」にして保存し直してください。";

    static Decoded decode(byte[] bytes) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3; // Notepad's UTF-8 BOM
        }
        if (looksLikeUtf32(bytes)) {
            return Decoded.fail("UTF-32 で保存されたファイルは読めません。" + SAVE_AS_UTF8, 0, 0);
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) || looksLikeUtf16(bytes)) {
            return Decoded.fail("UTF-16（Unicode）で保存されたファイルは読めません。" + SAVE_AS_UTF8, 0, 0);
        }
        if (looksBinary(bytes, start)) {
            return Decoded.fail("テキストファイルではありません（画像や圧縮ファイルなどのデータのようです）。"
                    + "プロファイルは UTF-8 のテキストファイル（.yaml）として作成してください。", 0, 0);
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return Decoded.ok(strict(StandardCharsets.UTF_8).decode(buffer).toString(), null);
        } catch (CharacterCodingException notUtf8) {
            try {
                String text = strict(CP932).decode(ByteBuffer.wrap(bytes)).toString();
                return Decoded.ok(text, "文字コードが UTF-8 ではないため、Shift_JIS（CP932）として読み込みました。"
                        + "文字化けを防ぐため、" + SAVE_AS_UTF8);
            } catch (CharacterCodingException notSjis) {
                int[] where = firstUndecodable(bytes, start);
                return Decoded.fail("文字コードを判別できません（UTF-8 としても Shift_JIS としても読めない文字があります）。"
                        + "この位置の文字を確かめ、ファイルを UTF-8 で保存し直してください。", where[0], where[1]);
            }
        }
    }

    /**
     * UTF-32, with a byte order mark (00 00 FE FF, or FF FE 00 00 — which starts like UTF-16's) or without one
     * (three of every four bytes of ASCII text are zero).
     */
    private static boolean looksLikeUtf32(byte[] bytes) {
        if (bytes.length >= 4) {
            int b0 = bytes[0] & 0xff;
            int b1 = bytes[1] & 0xff;
            if (b0 == 0 && b1 == 0 && (bytes[2] & 0xff) == 0xFE && (bytes[3] & 0xff) == 0xFF
                    || b0 == 0xFF && b1 == 0xFE && bytes[2] == 0 && bytes[3] == 0) {
                return true;
            }
        }
        if (bytes.length < 8 || bytes.length % 4 != 0) {
            return false;
        }
        int zeros = 0;
        for (byte b : bytes) {
            if (b == 0) {
                zeros++;
            }
        }
        return zeros * 10 >= bytes.length * 7;
    }

    /** UTF-16 without a byte order mark: every other byte of ASCII text is zero. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        if (bytes.length < 4) {
            return false;
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int half = bytes.length / 2;
        return even * 10 >= half * 4 && odd * 10 < half || odd * 10 >= half * 4 && even * 10 < half;
    }

    /** Many control bytes that no text file has: an image, an archive, random data. */
    private static boolean looksBinary(byte[] bytes, int start) {
        int controls = 0;
        for (int i = start; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7f) {
                controls++;
            }
        }
        return controls >= 3 && controls * 20 > bytes.length - start;
    }

    /** Line and column of the first byte that is not UTF-8. */
    private static int[] firstUndecodable(byte[] bytes, int start) {
        CharsetDecoder d = strict(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = d.decode(in, out, true);
        out.flip();
        if (!r.isError()) {
            return new int[] {0, 0};
        }
        return position(out.toString(), out.length());
    }

    /** 1-based line and column (in characters, as YAML counts them) of {@code index} in {@code text}. */
    static int[] position(String text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index && i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r' && i < text.length() && text.charAt(i) == '\n') {
                continue; // CR LF: counted at the LF
            }
            if (cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /** Characters YAML does not allow anywhere in a file (it allows tab, line breaks and printable ones). */
    static List<BadChar> badChars(String text, int limit) {
        List<BadChar> out = new ArrayList<>();
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length() && out.size() < limit; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r' && i < text.length() && text.charAt(i) == '\n') {
                continue;
            }
            if (cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                line++;
                column = 1;
                continue;
            }
            if (!printable(cp)) {
                out.add(new BadChar(cp, line, column));
            }
            column++;
        }
        return out;
    }

    /** YAML 1.1's printable set, as SnakeYAML checks it. */
    static boolean printable(int cp) {
        return cp == '\t' || cp == '\n' || cp == '\r' || cp >= 0x20 && cp <= 0x7E || cp == 0x85
                || cp >= 0xA0 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    /** How a character the user cannot see is named in a message: 「制御文字（NUL、U+0000）」. */
    static String describe(int cp) {
        String code = String.format(java.util.Locale.ROOT, "U+%04X", cp);
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            return "壊れた文字（" + code + "）";
        }
        if (cp == 0xFEFF) {
            return "BOM（ゼロ幅の空白、" + code + "）";
        }
        if (cp == 0xFFFE || cp == 0xFFFF) {
            return "文字でない符号（" + code + "）";
        }
        if (Text.bidi(cp)) {
            return "文字の向きを変える制御文字（" + code + "）";
        }
        if (cp == 0x2028 || cp == 0x2029) {
            return "Unicode の改行文字（" + code + "）";
        }
        String name = switch (cp) {
            case 0x00 -> "NUL、";
            case 0x07 -> "ベル、";
            case 0x08 -> "後退、";
            case 0x09 -> "タブ、";
            case 0x0A, 0x0D -> "改行、";
            case 0x0B -> "垂直タブ、";
            case 0x0C -> "改ページ、";
            case 0x1B -> "エスケープ、";
            case 0x7F -> "削除、";
            default -> "";
        };
        return "制御文字（" + name + code + "）";
    }

    private static CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
