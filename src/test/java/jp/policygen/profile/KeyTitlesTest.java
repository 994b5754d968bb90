package jp.policygen.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The schema's Japanese titles stand for the keys wherever a staff member reads a message. */
class KeyTitlesTest {
    private final KeyTitles titles = KeyTitles.schema();

    @Test
    void aQuotedKeyBecomesItsTitleAndEverythingElseStays() {
        assertEquals("「職員数」には「たくさん」は書けません。", titles.forStaff("'municipality.staff' には「たくさん」は書けません。"));
        assertEquals("「α'モデルのケース」と「ログの保存期間」",
                titles.forStaff("'network.alpha_prime.case' と 'parameters.log_retention_years'"));
        assertEquals("'staff' が2回書かれています", titles.forStaff("'staff' が2回書かれています"), "not a whole key: kept");
        assertEquals("'std.human.passwords' は", titles.forStaff("'std.human.passwords' は"), "a clause id: kept");
    }

    @Test
    void titlesAndLabelsAreTheSchemas() {
        assertEquals("マイナンバー利用事務系の画面転送", titles.title("network.mynumber_screen_transfer").orElseThrow());
        assertEquals("町", titles.label("municipality.kind", "town"));
        assertEquals("unknown", titles.label("municipality.kind", "unknown"));
    }
}
