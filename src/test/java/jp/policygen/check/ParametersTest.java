package jp.policygen.check;

import jp.policygen.profile.EditionId;
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
        Document d = new Resolver(engine).resolve(p, TestProfiles.CATALOG.edition(EditionId.of("2024-10"))).policy().documents().stream()
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
              password_char_types: 4
              recurrence_prevention_months: 2
              auditor_cooling_off_years: 3
              exception_max_years: 2
              take_out_check: weekly
              mynumber_log_check: weekly
              monitoring_report: monthly
              enhanced_monitoring_report: weekly
              config_review: quarterly
              audit_follow_up: monthly
              cloud_training_months: 1
              cloud_incident_first_report_hours: 12
              cloud_incident_final_report_days: 30
              cloud_inactive_id_days: 60
              cloud_exit_notice_months: 12
              vendor_report: quarterly
              cloud_backup: weekly
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
        assertTrue(own.contains("数字及び記号のうち4種類以上"), "password character types");
        assertTrue(own.contains("原則として2か月以内に"), "recurrence prevention report");
        assertTrue(own.contains("過去3年以内に所属していた部署"), "auditor cooling-off");
        assertTrue(own.contains("CISOは、2年を超えない範囲"), "exception period");
        assertTrue(own.contains("少なくとも毎週、記録と機器等の返却状況"), "take-out check");
        assertTrue(own.contains("少なくとも毎週ログを点検し"), "my number log check");
        assertTrue(own.contains("少なくとも毎月取りまとめ"), "monitoring report");
        assertTrue(own.contains("通信の許可の設定を四半期ごとに点検し"), "config review");
        assertTrue(own.contains("毎月その進捗"), "audit follow-up");
        assertTrue(own.contains("半期ごとに確認し、該当するものを停止すること"), "periodic check");
        for (String invented : List.of("12文字", "1時間以内", "毎業務日", "3年間保存", "5年間保存", "1年間保存", "四半期に一回",
                "3年に一回")) {
            assertFalse(own.contains(invented), "a figure the body did not set is still stated: " + invented);
        }
    }

    @Test
    void anEditionWithoutTheCloudProvisionsListsNoneOfTheirFigures() {
        Profile p = TestProfiles.profile(TestProfiles.MINIMAL.replace("guideline: \"2024-10\"", "guideline: \"2023-03\"")
                + "cloud:\n  government_cloud: true\n");
        List<String> keys = new Checklist(engine).of(p, TestProfiles.CATALOG.edition(EditionId.of("2023-03"))).stream()
                .map(i -> i.requirement().id()).filter(id -> id.startsWith("parameter.")).toList();
        assertFalse(keys.stream().anyMatch(k -> k.startsWith("parameter.cloud_") || k.equals("parameter.vendor_report")),
                keys.toString());
        assertTrue(keys.contains("parameter.password_min_length"), keys.toString());
    }

    @Test
    void everyParameterIsStatedByTheClauseCheckPointsTo() throws Exception {
        for (Parameter p : Parameter.ALL) {
            java.nio.file.Path body = java.nio.file.Path.of("templates/2024-10/clauses", p.clause() + ".ftl");
            assertTrue(java.nio.file.Files.readString(body).contains("param." + p.model()),
                    p.key() + ": check points to " + p.clause() + ", which does not state it");
        }
    }

    @Test
    void theCloudProvisionsStateTheFiguresTheBodySets() {
        Profile p = TestProfiles.profile(SET.replace("network:\n", "cloud:\n  government_cloud: true\nnetwork:\n"));
        String cloud = new Resolver(engine).resolve(p, TestProfiles.CATALOG.edition(EditionId.of("2024-10"))).policy().documents()
                .stream().filter(x -> x.kind() == DocumentKind.CLOUD_PROVISIONS).findFirst().orElseThrow().flatten()
                .stream().map(Section::plainText).collect(Collectors.joining("\n"));
        for (String own : List.of("担当となった日から1か月以内に", "第一報から12時間以内", "収束してから30日以内",
                "60日以上使用されていないID", "契約の終了の12か月前までに", "運用事業者に、四半期ごとに、次に",
                "四半期ごとの設定点検", "定例会を四半期ごとに開催し", "（データについては少なくとも毎週）",
                "半期ごとの棚卸し")) {
            assertTrue(cloud.contains(own), own);
        }
        assertTrue(cloud.contains("毎月、全ての標準準拠システム等の運用報告の概要をCISOに報告"), "monitoring_report: monthly");
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
            List<Checklist.Item> items = checklist.of(p, TestProfiles.CATALOG.edition(EditionId.of("2024-10"))).stream()
                    .filter(i -> i.requirement().id().startsWith("parameter.")).toList();
            List<String> keys = items.stream().map(i -> i.requirement().id().substring("parameter.".length())).toList();
            if (sample.equals("kakuu-ken.yaml")) {
                assertEquals(Parameter.keys(), keys, sample + ": one item per figure (β' with the 特則 states them all)");
            } else {
                assertEquals(Parameter.keys().stream().filter(k -> !k.equals("enhanced_monitoring_report")
                        && (p.cloud().governmentCloud() || !k.startsWith("cloud_") && !k.equals("vendor_report"))).toList(),
                        keys, sample + ": one item per figure its documents state");
            }
            for (Checklist.Item i : items) {
                String key = i.requirement().id().substring("parameter.".length());
                boolean set = p.parameters().containsKey(key);
                assertEquals(set ? Checklist.Status.DECLARED : Checklist.Status.DEFAULT, i.status(), sample + " " + key);
                assertEquals(set ? "済" : "要確認（既定値）", i.status().label());
                if (!set) {
                    assertTrue(i.requirement().text().endsWith("（既定値。団体で値を決めてください）"), i.requirement().text());
                    assertFalse(i.requirement().text().contains(key), "a meeting paper names no key: " + i.requirement().text());
                }
            }
        }
        List<Checklist.Item> own = checklist.of(TestProfiles.profile(SET), TestProfiles.CATALOG.edition(EditionId.of("2024-10")));
        assertTrue(own.stream().filter(i -> i.requirement().id().startsWith("parameter."))
                .allMatch(i -> i.status() == Checklist.Status.DECLARED), "every figure set");
        assertTrue(own.stream().anyMatch(i -> i.requirement().text().equals("パスワードの最小の文字数を「15文字」とする")),
                "the value set is shown");
    }
}
