package jp.policygen.render.docx;

/**
 * The paragraph and table styles the writer refers to, by the id our built-in styles use and by Word's built-in
 * style name. The name is what identifies a style across languages: Japanese Word saves "heading 1" under the id
 * "1" and "Normal" under "a", so a reference .docx made there is matched by name, not id.
 */
enum StyleRole {
    NORMAL("Normal", "Normal"),
    TITLE("Title", "Title"),
    SUBTITLE("Subtitle", "Subtitle"),
    HEADING_1("Heading1", "heading 1"),
    HEADING_2("Heading2", "heading 2"),
    HEADING_3("Heading3", "heading 3"),
    HEADING_4("Heading4", "heading 4"),
    HEADING_5("Heading5", "heading 5"),
    BODY("BodyText", "Body Text"),
    LIST("ListParagraph", "List Paragraph"),
    TOC_HEADING("TOCHeading", "TOC Heading"),
    TOC_1("TOC1", "toc 1"),
    TOC_2("TOC2", "toc 2"),
    TOC_3("TOC3", "toc 3"),
    HEADER("Header", "header"),
    FOOTER("Footer", "footer"),
    TABLE_GRID("TableGrid", "Table Grid");

    private final String builtInId;
    private final String wordName;

    StyleRole(String builtInId, String wordName) {
        this.builtInId = builtInId;
        this.wordName = wordName;
    }

    /** The style id in our own styles.xml. */
    String builtInId() {
        return builtInId;
    }

    /** Word's language-independent name of the built-in style (w:name). */
    String wordName() {
        return wordName;
    }

    /** The style of a 目次 line nested {@code depth - 1} lines deep (1 = a chapter), deeper ones as toc 3. */
    static StyleRole toc(int depth) {
        return depth <= 1 ? TOC_1 : depth == 2 ? TOC_2 : TOC_3;
    }

    /** The heading style for outline depth 1..5 (1 = chapter). */
    static StyleRole heading(int depth) {
        return switch (Math.max(1, Math.min(depth, 5))) {
            case 1 -> HEADING_1;
            case 2 -> HEADING_2;
            case 3 -> HEADING_3;
            case 4 -> HEADING_4;
            default -> HEADING_5;
        };
    }
}
