package jp.policygen.policy;

/** How clause numbers look: the guideline's outline (1. / (1) / ①) or 例規 articles (第1条 / 項 / 号). */
public enum NumberingForm {
    OUTLINE, ARTICLES
}
