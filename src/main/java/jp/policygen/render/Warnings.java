package jp.policygen.render;

import java.util.function.Consumer;

/** Where writers send user-facing warnings (in Japanese), e.g. that no Japanese font could be embedded. */
@FunctionalInterface
public interface Warnings extends Consumer<String> {
    Warnings NONE = message -> { };

    /**
     * A character no installed font can show in the PDF ({@code context}: the text it stands in, shortened).
     * The command line names the profile field and line it came from; by default a plain warning.
     */
    default void missingCharacter(int codePoint, String context) {
        accept(missingCharacterMessage(codePoint, context));
    }

    /** U+20BB7（𠮷）, the way every message names a character. */
    static String character(int codePoint) {
        String hex = Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT);
        String code = "U+" + "0".repeat(Math.max(0, 4 - hex.length())) + hex;
        boolean visible = !Character.isISOControl(codePoint) && Character.getType(codePoint) != Character.FORMAT
                && Character.getType(codePoint) != Character.NON_SPACING_MARK && Character.getType(codePoint) != Character.PRIVATE_USE;
        return visible ? code + "（" + new String(Character.toChars(codePoint)) + "）" : code;
    }

    static String missingCharacterMessage(int codePoint, String context) {
        return "PDF: 「" + context + "」の" + missingCharacterText(codePoint);
    }

    /** What happened to the character in the PDF and what the user can do, after 「…の」. */
    static String missingCharacterText(int codePoint) {
        boolean selector = codePoint >= 0xFE00 && codePoint <= 0xFE0F || codePoint >= 0xE0100 && codePoint <= 0xE01EF
                || codePoint >= 0x180B && codePoint <= 0x180D;
        if (selector) {
            return "異体字の指定 " + character(codePoint) + " は PDF では表せないため、直前の文字を通常の字形で表示しています"
                    + "（Word・HTML には指定のまま入っています）。字形が大切な場合は、その字形を持つフォントを --font で指定してください。";
        }
        return " " + character(codePoint) + " を表示できるフォントがありません。PDF ではその文字を〓で示しています"
                + "（Word・HTML には元の文字のまま入っています）。その文字を含むフォントを --font で指定するか、"
                + "別の文字に置き換えてください。";
    }
}
