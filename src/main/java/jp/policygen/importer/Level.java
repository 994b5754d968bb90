package jp.policygen.importer;

/**
 * What a numbered line of a body's policy is, by the number it starts with. The rank orders them from the document
 * down to the smallest item; both forms share it (an outline (1) and an article's 号 (１) are both {@link #ITEM}).
 */
public enum Level {
    DOCUMENT(0, "文書"),
    CHAPTER(1, "章"),
    SECTION(2, "節"),
    SUBSECTION(3, "款"),
    ARTICLE(4, "条"),
    PARAGRAPH(5, "項"),
    ITEM(6, "号"),
    POINT(7, "細目"),
    SUB(8, "細目"),
    SUBSUB(9, "細目"),
    /** 附則 and 別表: kept in the tree, reported, never matched to a clause. */
    SUPPLEMENT(1, "附則"),
    APPENDIX(1, "別表");

    private final int rank;
    private final String label;

    Level(int rank, String label) {
        this.rank = rank;
        this.label = label;
    }

    public int rank() {
        return rank;
    }

    /** The Japanese name of the level, as the report shows it. */
    public String label() {
        return label;
    }
}
