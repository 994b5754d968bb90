package jp.policygen.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Document;
import jp.policygen.policy.Policy;
import jp.policygen.profile.Profile;
import jp.policygen.profile.TestProfiles;
import jp.policygen.resolve.Resolver;
import jp.policygen.resolve.StableNumbering;

/** The 改め文 a 法規担当 submits (issue 20 item 6), from the same comparison as the 新旧対照表. */
class AmendingTextTest {
    private static final Resolver RESOLVER = new Resolver(new TemplateEngine());

    private static Profile city(String extra, String effective) {
        return TestProfiles.profile(TestProfiles.MINIMAL.replace("effective: 2026-04-01", "effective: " + effective
                + "\n  form: articles\n  renumber: false\n  adoption: 訓令第21号") + extra);
    }

    private static Policy resolve(Profile p, Map<String, Map<String, jp.policygen.policy.Position>> earlier) {
        return RESOLVER.resolve(p, TestProfiles.CATALOG.edition(p.guideline()), earlier).policy();
    }

    @Test
    void wordsChangedAndAnArticleAddedAreSentencesInArticleOrder() {
        Policy old = resolve(city("", "2025-04-01"), Map.of());
        Policy revised = resolve(city("""
                overrides:
                  local.usb-ban:
                    insert: { after: std.physical.devices.theft, title: 私物の電磁的記録媒体, text: "私物のUSBメモリを業務に使ってはならない。" }
                    reason: 本市独自の規定
                """, "2026-04-01"), StableNumbering.of(old));
        Comparison c = Comparer.compare(old, "old", revised, "new");
        Document d = AmendingText.of(old, revised, c);
        String text = AmendingText.plainText(d);
        System.out.println(text);
        assertTrue(text.startsWith("架空市情報セキュリティ"), text);
        assertTrue(text.contains("の一部を改正する訓令\n"), text);
        assertTrue(text.contains("条の次に次の１条を加える。\n　（私物の電磁的記録媒体）\n　第"), text);
        assertTrue(text.contains("条の２　私物のUSBメモリを業務に使ってはならない。\n"), text);
        assertTrue(text.contains("附　則\nこの訓令は、令和８年４月１日から施行する。"), text);
    }

    @Test
    void theWordsOfAChangeAreQuotedSoThatTheyOccurOnce() {
        // each quoted stretch occurs once in the old text, so the sentence names one place
        assertEquals(List.of("「市長と」を「知事と」に改め、", "「市長が」を「知事が」に改める。"),
                AmendingText.words("ＣＩＳＯは副市長とし、副市長が不在のときは総務部長とする。",
                        "ＣＩＳＯは副知事とし、副知事が不在のときは総務部長とする。"));
        // a citation and a figure are quoted whole, as a 法規担当 writes them
        assertEquals(List.of("「第７１条」を「第７２条」に改める。"),
                AmendingText.words("第７１条の規定により報告する。", "第７２条の規定により報告する。"));
        assertEquals(List.of("「１５文字」を「１２文字」に改める。"),
                AmendingText.words("パスワードは１５文字以上とする。", "パスワードは１２文字以上とする。"));
        assertEquals(null, AmendingText.words("短い。", "まったく別の長い文章に全部を書き換えた場合には、語句の改正では示せないので、条ごと改める必要がある。"
                + "さらに続く二つ目の文もまったく新しく書かれている。"));
    }

    @Test
    void anEditionsNew号AreAddedAfterTheOneTheyFollowAndTheRuleIsCitedByYearAndNumber() {
        Policy old = resolve(TestProfiles.profile(TestProfiles.MINIMAL.replace("effective: 2026-04-01", "effective: 2025-04-01"
                + "\n  form: articles\n  adoption: 訓令第21号\n  adopted: 2025-03-27").replaceFirst("guideline: \"[0-9-]+\"",
                "guideline: \"2024-10\"")), Map.of());
        Policy revised = resolve(TestProfiles.profile(TestProfiles.MINIMAL.replace("effective: 2026-04-01", "effective: 2026-04-01"
                + "\n  form: articles\n  adoption: 訓令第21号\n  adopted: 2025-03-27").replaceFirst("guideline: \"[0-9-]+\"",
                "guideline: \"2026-03\"")), Map.of());
        String text = AmendingText.plainText(AmendingText.of(old, revised, Comparer.compare(old, "old", revised, "new")));
        // the rule as it cites the 基本方針: by year and number, not the day it was made
        assertTrue(text.contains("（架空市情報セキュリティ基本方針の一部改正）\n第１条　架空市情報セキュリティ基本方針（令和７年架空市訓令第２１号）"
                + "の一部を次のように改正する。\n"), text);
        // 号 in the middle of 第２条: the later ones move down with the article named once, then one sentence adds them
        assertTrue(text.matches("(?s).*\n第２条第[０-９]+号を同条第[０-９]+号とし、同条第[０-９]+号を同条第[０-９]+号とし、.*"), text);
        assertTrue(text.matches("(?s).*\n第２条第[０-９]+号の次に次の[２-９]号を加える。\n.*"), text);
        assertTrue(!text.contains("第２条に次の１号を加える。"), text);
        assertTrue(text.contains("附　則\nこの訓令は、令和８年４月１日から施行する。"), "in full width, as the rule: " + text);
    }
}
