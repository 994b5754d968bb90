package jp.policygen.profile;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a profile into text. Profiles are UTF-8; Notepad on older Windows saves Shift_JIS
 * (CP932), which is read as such with a warning. Anything else is refused before YAML sees it.
 */
final class YamlSource {
    private YamlSource() {
    }

    /** The decoded text, or an explanation (Japanese) of why the bytes are not a text file we can read. */
    record Decoded(String text, String warning, String error) {
    }

    static final Charset CP932 = Charset.forName("windows-31j");

    static Decoded decode(byte[] bytes) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3; // Notepad's UTF-8 BOM
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF
                || (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE)) {
            return new Decoded(null, null, "UTF-16 で保存されたファイルは読めません。メモ帳の「名前を付けて保存」で"
                    + "文字コードを「UTF-8」にして保存し直してください。");
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return new Decoded(null, null, "テキストファイルではありません（NUL 文字を含んでいます）。"
                        + "プロファイルは UTF-8 のテキストファイル（.yaml）として作成してください。");
            }
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return new Decoded(strict(StandardCharsets.UTF_8).decode(buffer).toString(), null, null);
        } catch (CharacterCodingException notUtf8) {
            buffer.rewind();
            try {
                String text = strict(CP932).decode(ByteBuffer.wrap(bytes)).toString();
                return new Decoded(text, "UTF-8 ではないため Shift_JIS（CP932）として読み込みました。"
                        + "文字化けを防ぐため、メモ帳の「名前を付けて保存」で文字コードを「UTF-8」にして保存し直してください。", null);
            } catch (CharacterCodingException notSjis) {
                return new Decoded(null, null, "文字コードを判別できません（UTF-8 でも Shift_JIS でもありません）。"
                        + "プロファイルは UTF-8 のテキストファイルとして保存してください。");
            }
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
