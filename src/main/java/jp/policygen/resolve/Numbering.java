package jp.policygen.resolve;

import jp.policygen.markup.BodyMarkup;
import jp.policygen.policy.Digits;
import jp.policygen.policy.NumberingForm;
import jp.policygen.policy.SectionLevel;

/**
 * Computes clause numbers from the tree, so that a clause left out closes the gap.
 * Outline form (the guideline's): 1. → 4.1 → (1) → ① → ア → (ア).
 * Article form (例規): 第1章 → 第1節 → 第1条 (through the whole document) → （1） → ア → (ア).
 */
final class Numbering {
    /**
     * How article-form numbers are written: 全角 (第１条, ２, （１）) or 半角 (第1条, 2, (1)) digits, and 号 as
     * parenthesised numbers or 漢数字 (一、二). The default, 全角 and parenthesised, is what most municipal
     * 例規集 print in horizontal writing.
     */
    record Style(boolean fullWidth, boolean kanjiItems) {
        static final Style DEFAULT = new Style(true, false);

        /** A number in these digits: ２ or 2. */
        String digits(int n) {
            return Digits.of(n, fullWidth);
        }
    }

    private final NumberingForm form;
    private final Style style;
    /** In article form, which level's clauses are articles: CHAPTER (基本方針) or ITEM (対策基準). */
    private final SectionLevel articleLevel;
    private int articles;

    Numbering(NumberingForm form, SectionLevel articleLevel) {
        this(form, articleLevel, Style.DEFAULT);
    }

    Numbering(NumberingForm form, SectionLevel articleLevel, Style style) {
        this(form, articleLevel, style, 0);
    }

    /**
     * @param articlesBefore the articles of the parts of the same rule before this one: in one rule in parts (第１編,
     *                       第２編) the articles run through the whole rule, so the 第２編's first is the 第１編's last + 1
     */
    Numbering(NumberingForm form, SectionLevel articleLevel, Style style, int articlesBefore) {
        this.form = form;
        this.style = style;
        this.articleLevel = articleLevel;
        this.articles = articlesBefore;
    }

    /** In article form, whether clauses of this level are articles (条), whose paragraphs are 項. */
    boolean isArticle(SectionLevel level) {
        return form == NumberingForm.ARTICLES && level == articleLevel;
    }

    /** Whether this is the 例規 form. */
    boolean articles() {
        return form == NumberingForm.ARTICLES;
    }

    SectionLevel articleLevel() {
        return articleLevel;
    }

    /** In article form, whether clauses of this level stand above the articles (章, 節). */
    boolean aboveArticle(SectionLevel level) {
        return articles() && level != SectionLevel.UNNUMBERED && level.outlineLevel() < articleLevel.outlineLevel();
    }

    /** The next article's number, for an article the catalog does not have as such (a 章's text). */
    Number nextArticle() {
        articles++;
        return new Number("第" + digits(articles) + "条", "第" + digits(articles) + "条");
    }

    /** Label printed before the title and the full number as cited, for the index-th (0-based) sibling. */
    record Number(String label, String full) {
    }

    Number next(SectionLevel level, int index, String parentFull, int detailDepth) {
        int n = index + 1;
        if (level == SectionLevel.UNNUMBERED) {
            return new Number("", "");
        }
        if (form == NumberingForm.ARTICLES) {
            return article(level, n, parentFull, detailDepth);
        }
        return switch (level) {
            case CHAPTER -> new Number(n + ".", Integer.toString(n));
            case SECTION -> new Number(parentFull + "." + n, parentFull + "." + n);
            case ITEM -> new Number("(" + n + ")", parentFull + "(" + n + ")");
            case POINT -> new Number(circled(n), parentFull + circled(n));
            default -> {
                String k = BodyMarkup.kana(index, detailDepth);
                yield new Number(k, parentFull + k);
            }
        };
    }

    private Number article(SectionLevel level, int n, String parentFull, int detailDepth) {
        if (level == articleLevel) {
            articles++;
            return new Number("第" + digits(articles) + "条", "第" + digits(articles) + "条");
        }
        boolean aboveArticle = level.outlineLevel() < articleLevel.outlineLevel();
        if (aboveArticle) {
            String l = level == SectionLevel.CHAPTER ? "第" + digits(n) + "章" : "第" + digits(n) + "節";
            return new Number(l, (parentFull.isEmpty() ? "" : parentFull) + l);
        }
        int below = depth(level) - depth(articleLevel);
        String l = switch (below) {
            case 1 -> item(n);
            case 2 -> BodyMarkup.kana(n - 1, 0);
            default -> BodyMarkup.kana(n - 1, 1);
        };
        return new Number(l, parentFull + l);
    }

    /** The next article number without taking it (a 削除 placeholder keeps its article's number). */
    int articlesSoFar() {
        return articles;
    }

    /** A number in this body's digits: ２ or 2. */
    String digits(int n) {
        return style.digits(n);
    }

    /** The label of the n-th 号: （１）, (1) or 一. */
    String item(int n) {
        if (style.kanjiItems()) {
            return kanji(n);
        }
        return style.fullWidth() ? "（" + digits(n) + "）" : "(" + n + ")";
    }

    private static final String KANJI = "〇一二三四五六七八九";

    /** 一 … 九十九 (号 numbers never go beyond). */
    static String kanji(int n) {
        if (n < 10) {
            return String.valueOf(KANJI.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : KANJI.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + KANJI.charAt(n % 10);
    }

    /** The inverse of {@link #kanji}, or 0 when the text holds no 漢数字. */
    static int fromKanji(String s) {
        int value = 0;
        int digit = 0;
        boolean any = false;
        for (char ch : s.toCharArray()) {
            int d = KANJI.indexOf(ch);
            if (d > 0) {
                digit = d;
                any = true;
            } else if (ch == '十') {
                value += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
                any = true;
            }
        }
        return any ? value + digit : 0;
    }

    /** Depth in the clause tree, counting sections as part of their chapter's level (they never hold articles). */
    private static int depth(SectionLevel level) {
        return switch (level) {
            case CHAPTER, SECTION, UNNUMBERED -> 1;
            case ITEM -> 2;
            case POINT -> 3;
            default -> 4;
        };
    }

    /** ① … ㊿, then (51) beyond. */
    static String circled(int n) {
        if (n >= 1 && n <= 20) {
            return String.valueOf((char) (0x2460 + n - 1));
        }
        if (n >= 21 && n <= 35) {
            return String.valueOf((char) (0x3251 + n - 21));
        }
        if (n >= 36 && n <= 50) {
            return String.valueOf((char) (0x32B1 + n - 36));
        }
        return "(" + n + ")";
    }
}
