package jp.policygen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Section;
import jp.policygen.profile.Finding;
import jp.policygen.profile.Parameter;
import jp.policygen.profile.Profile;
import jp.policygen.profile.TestProfiles;
import jp.policygen.resolve.Resolver;

/** The figures a body decides (parameters:): stated in the documents, validated, and listed by check until set. */
class ParametersTest {
    private final TemplateEngine engine = new TemplateEngine();

    private String standardText(Profile p) {
        Document d = new Resolver(engine).resolve(p, TestProfiles.CATALOG.edition("2024-10")).policy().documents().stream()
                .filter(x -> x.kind() == DocumentKind.STANDARD).findFirst().orElseThrow();
        return d.flatten().stream().map(Section::plainText).collect(Collectors.joining("\n"));
    }

    private static final String SET = TestProfiles.MINIMAL + """
            parameters:
              password_min_length: 15
              incident_first_report_hours: 2
              log_retention_years: 7
              record_retention_years: 10
              audit_record_retention_years: 6
              external_audit_interval_years: 2
              log_review: weekly
              periodic_check: half-yearly
            """;

    @Test
    void theDocumentsStateTheDefaultsUntilTheProfileSetsItsOwnFigures() {
        String defaults = standardText(TestProfiles.profile(TestProfiles.MINIMAL));
        assertTrue(defaults.contains("パスワードは12文字以上とし"), "default password length");
        assertTrue(defaults.contains("原則として1時間以内に"), "default first report");
        assertTrue(defaults.contains("少なくとも毎業務日確認する"), "default log review");
        assertTrue(defaults.contains("少なくとも3年に一回、外部監査"), "default external audit interval");

        String own = standardText(TestProfiles.profile(SET));
        assertTrue(own.contains("パスワードは15文字以上とし"), "password length");
        assertTrue(own.contains("原則として2時間以内に"), "first report");
        assertTrue(own.contains("少なくとも7年間保存しなければならない"), "log retention");
        assertTrue(own.contains("翌年度から10年間保存"), "record retention");
        assertTrue(own.contains("翌年度から6年間保存"), "incident record retention");
        assertTrue(own.contains("6年以上とする"), "audit record retention");
        assertTrue(own.contains("少なくとも2年に一回、外部監査"), "external audit interval");
        assertTrue(own.contains("少なくとも毎週確認する"), "log review");
        assertTrue(own.contains("半期ごとに確認し、該当するものを停止すること"), "periodic check");
        for (String invented : List.of("12文字", "1時間以内", "毎業務日", "3年間保存", "5年間保存", "1年間保存", "四半期に一回",
                "3年に一回")) {
            assertFalse(own.contains(invented), "a figure the body did not set is still stated: " + invented);
        }
    }

    @Test
    void figuresOutOfRangeOrNotInTheListAreErrorsWithTheirLineAndWhatToWrite() {
        List<Finding> short8 = TestProfiles.read(TestProfiles.MINIMAL + "parameters:\n  password_min_length: 4\n").findings();
        assertEquals(1, short8.size(), short8.toString());
        Finding f = short8.get(0);
        assertEquals("out-of-range", f.code());
        assertEquals(19, f.line());
        assertTrue(f.message().contains("8 以上 64 以下の整数を書いてください（例: 12（パスワードの最小の文字数。単位は文字））"),
                f.message());

        Finding hourly = TestProfiles.read(TestProfiles.MINIMAL + "parameters:\n  log_review: hourly\n").findings().get(0);
        assertEquals("bad-value", hourly.code());
        assertTrue(hourly.message().contains("daily / weekly / monthly"), hourly.message());

        Finding typo = TestProfiles.read(TestProfiles.MINIMAL + "parameters:\n  password_length: 15\n").findings().get(0);
        assertTrue(typo.message().contains("password_min_length"), "suggests the nearest key: " + typo.message());
    }

    @Test
    void checkListsEveryFigureStillAtItsDefaultAsToBeConfirmed() {
        Checklist checklist = new Checklist(engine);
        for (String sample : List.of("kakuu-mura.yaml", "kakuu-machi.yaml", "kakuu-shi.yaml", "kakuu-ken.yaml")) {
            Profile p = TestProfiles.sample(sample);
            List<Checklist.Item> items = checklist.of(p, TestProfiles.CATALOG.edition("2024-10")).stream()
                    .filter(i -> i.requirement().id().startsWith("parameter.")).toList();
            assertEquals(Parameter.ALL.size(), items.size(), sample + ": one item per figure");
            for (Checklist.Item i : items) {
                String key = i.requirement().id().substring("parameter.".length());
                boolean set = p.parameters().containsKey(key);
                assertEquals(set ? Checklist.Status.DECLARED : Checklist.Status.UNCONFIRMED, i.status(), sample + " " + key);
                if (!set) {
                    assertTrue(i.requirement().text().contains("既定値。団体で決めた値を parameters." + key + " に書いてください"),
                            i.requirement().text());
                }
            }
        }
        List<Checklist.Item> own = checklist.of(TestProfiles.profile(SET), TestProfiles.CATALOG.edition("2024-10"));
        assertTrue(own.stream().filter(i -> i.requirement().id().startsWith("parameter."))
                .allMatch(i -> i.status() == Checklist.Status.DECLARED), "every figure set");
        assertTrue(own.stream().anyMatch(i -> i.requirement().text().equals("パスワードの最小の文字数を「15文字」とする")),
                "the value set is shown");
    }
}
