package jp.policygen.render.docx;

/**
 * Estimates how wide text prints in a Japanese monospaced face (BIZ UD明朝, MS明朝): ASCII and half-width kana take
 * half a character, everything else a full one. Used to size hanging indents after labels such as "(1)" or "①",
 * and to share table width among columns.
 */
final class TextWidth {
    private TextWidth() {
    }

    /** Width in half characters. */
    static int halfChars(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += isHalfWidth(cp) ? 1 : 2;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** Width in twips at the body size. */
    static int twips(String text) {
        return halfChars(text) * Wml.CHAR / 2;
    }

    private static boolean isHalfWidth(int cp) {
        return cp < 0x80 || (cp >= 0xFF61 && cp <= 0xFF9F);
    }
}
