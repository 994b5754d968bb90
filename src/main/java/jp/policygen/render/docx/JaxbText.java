package jp.policygen.render.docx;

/**
 * Text and attribute values escaped as JAXB RI's UTF-8 output escapes them ({@code & < >}, and {@code "} in an
 * attribute), for the parts written without JAXB (font names, core properties). Null for a value holding a
 * character JAXB may write otherwise or an XML parser would not give back: controls (C0, DEL, C1), unpaired
 * surrogates, U+FFFE and U+FFFF — the caller then lets docx4j write the file. WmlXml escapes document text the
 * same way; JaxbTextTest, FontTableTest and OpcXmlTest hold these to JAXB's bytes.
 */
final class JaxbText {
    private JaxbText() {
    }

    /** The value of an attribute between double quotes, or null. */
    static String attribute(String value) {
        return escaped(value, true);
    }

    /** Character content, or null. */
    static String text(String value) {
        return escaped(value, false);
    }

    private static String escaped(String s, boolean attribute) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String entity = null;
            if (c == '&') {
                entity = "&amp;";
            } else if (c == '<') {
                entity = "&lt;";
            } else if (c == '>') {
                entity = "&gt;";
            } else if (c == '"' && attribute) {
                entity = "&quot;";
            } else if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == 0xFFFE || c == 0xFFFF) {
                return null;
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (out != null) {
                        out.append(c);
                    }
                    c = s.charAt(++i);
                } else {
                    return null;
                }
            }
            if (entity != null) {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                out.append(entity);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
