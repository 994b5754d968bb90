package jp.policygen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.policygen.profile.KeyTitles;

/** sections shows a clause's condition in the form's words with the profile's keys, never the templates' names. */
class ConditionWordingTest {
    private final ConditionWording wording = new ConditionWording(KeyTitles.schema());

    @Test
    void aFlagIsTheSchemasTitleWithTheKeyAsTheProfileSpellsIt() {
        assertEquals("マイナンバー利用事務系の画面転送：はい（network.mynumber_screen_transfer）",
                wording.words("net.mynumberScreenTransfer"));
        assertEquals("自治体情報セキュリティクラウド：いいえ（network.security_cloud）", wording.words("!net.securityCloud"));
        assertEquals("", wording.words(""));
    }

    @Test
    void choicesAreNamedByTheirLabelsAndOrBindsLooserThanAnd() {
        assertEquals("モデル：α'モデル（network.model） かつ α'モデルのケース：ケース（ア）ライセンス認証のみ 以外"
                        + "（network.alpha_prime.case）",
                wording.words("net.model == \"alpha-prime\" && net.case != \"auth-only\""));
        assertEquals("ガバメントクラウド：はい（cloud.government_cloud） かつ （モデル：βモデル（network.model） 又は "
                        + "モデル：β'モデル（network.model））",
                wording.words("(cloud.governmentCloud) && (net.model == \"beta\" || net.model == \"beta-prime\")"));
        assertEquals("モデル：α'モデル（network.model）",
                wording.words("(net.model == \"alpha-prime\") && (net.model == \"alpha-prime\")"), "said once");
    }

    @Test
    void everyNameAConditionMayUseHasWordsAndNoTemplateNameIsLeft() {
        Set<String> names = new HashSet<>(Conditions.FLAGS);
        names.addAll(Conditions.CHOICES.keySet());
        for (String n : names) {
            String w = Conditions.CHOICES.containsKey(n) ? wording.words(n + " == \"" + Conditions.CHOICES.get(n).get(0) + "\"")
                    : wording.words(n);
            assertKeyIsTheProfiles(n, w);
        }
        for (String n : Conditions.CONTENTS) {
            assertKeyIsTheProfiles(n, wording.words(n + "?has_content"));
        }
    }

    /** 「タイトル：値（key）」 with a key the schema titles: the profile's spelling, not the template's name. */
    private static void assertKeyIsTheProfiles(String name, String words) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.+)：.+（([a-z_.]+)）$").matcher(words);
        assertTrue(m.matches(), name + " → " + words);
        assertEquals(KeyTitles.schema().title(m.group(2)).orElseThrow(() -> new AssertionError(words)), m.group(1),
                name + " → " + words);
    }

    @Test
    void everyConditionOfTheLatestEditionIsInWords() {
        Catalog catalog = new Catalog();
        Edition e = catalog.edition(catalog.latestEdition());
        for (CatalogDocument d : e.documents()) {
            for (jp.policygen.resolve.CatalogOutline.Entry entry : jp.policygen.resolve.CatalogOutline.of(d)) {
                String w = wording.words(entry.condition());
                assertFalse(w.matches(".*[a-z][A-Z].*") || w.contains("==") || w.contains("&&"), entry.condition() + " → " + w);
            }
        }
    }
}
