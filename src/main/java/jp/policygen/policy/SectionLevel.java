package jp.policygen.policy;

/** The structural level of a section, which decides its number style and heading style. */
public enum SectionLevel {
    /** 1. 2. 3. (第1章) */
    CHAPTER(1),
    /** 4.1 4.2 (第1節) */
    SECTION(2),
    /** (1) (2) (第1条) */
    ITEM(3),
    /** ① ② (項 / 号) */
    POINT(4),
    /** ア イ below ① (号の細目) */
    DETAIL(5),
    /** 附則 and other unnumbered parts */
    UNNUMBERED(1);

    private final int outlineLevel;

    SectionLevel(int outlineLevel) {
        this.outlineLevel = outlineLevel;
    }

    /** 1 for chapters … 5 for details: the heading level in Word, HTML and PDF bookmarks. */
    public int outlineLevel() {
        return outlineLevel;
    }
}
