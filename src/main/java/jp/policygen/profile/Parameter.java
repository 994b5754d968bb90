package jp.policygen.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A figure the documents state that the guideline leaves to each body (a password length, a retention period, a
 * reporting deadline): the profile's {@code parameters:} key sets it; until it does, the documented default
 * applies and {@code check} lists it as 要確認. Names are the project's (profile.md shows the key).
 *
 * @param key      the profile key under parameters: (password_min_length)
 * @param model    the data-model name templates use as {@code param.<model>} (passwordMinLength)
 * @param label    what the figure is, in Japanese, for check's list and messages
 * @param fallback the default, as a profile would write it
 * @param min      smallest number allowed (numbers only)
 * @param max      largest number allowed (numbers only)
 * @param choices  for a choice: each allowed value and its wording in the documents; empty for a number
 * @param unit     how a number reads in the documents after the figure (文字, 時間, 年); "" for a choice
 * @param clause   the first clause that states the figure (where check points to)
 */
public record Parameter(String key, String model, String label, String fallback, int min, int max,
                        Map<String, String> choices, String unit, String clause) {

    private static Parameter number(String key, String model, String label, int fallback, int min, int max, String unit,
                                    String clause) {
        return new Parameter(key, model, label, Integer.toString(fallback), min, max, Map.of(), unit, clause);
    }

    private static Parameter choice(String key, String model, String label, String fallback, Map<String, String> choices,
                                    String clause) {
        return new Parameter(key, model, label, fallback, 0, 0, choices, "", clause);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** Every parameter, in the order check lists them. */
    public static final List<Parameter> ALL = List.of(
            number("password_min_length", "passwordMinLength", "パスワードの最小の文字数", 12, 8, 64, "文字",
                    "std.human.passwords"),
            number("incident_first_report_hours", "incidentFirstReportHours", "情報セキュリティインシデントの第一報の期限", 1,
                    1, 72, "時間", "std.human.incident.internal.managers"),
            number("log_retention_years", "logRetentionYears", "ログ及び入退室の記録の保存期間", 1, 1, 10, "年",
                    "std.resilience.mynumber.logs"),
            number("record_retention_years", "recordRetentionYears", "持出し、研修の受講、例外措置等の記録の保存期間", 3, 1,
                    30, "年", "std.human.rules.duties.take-out-records"),
            number("audit_record_retention_years", "auditRecordRetentionYears",
                    "監査、情報セキュリティインシデント及び変更管理の記録の保存期間", 5, 1, 30, "年", "std.review.audit.records"),
            number("external_audit_interval_years", "externalAuditIntervalYears", "重要な情報システムの外部監査の間隔", 3, 1,
                    10, "年", "std.review.audit.external"),
            choice("log_review", "logReview", "監視の記録（ログ）の確認の頻度", "daily",
                    ordered("daily", "毎業務日", "weekly", "毎週", "monthly", "毎月"), "std.ops.monitoring.analysis"),
            choice("periodic_check", "periodicCheck", "アクセス権限、設定等の定期的な確認の頻度", "quarterly",
                    ordered("monthly", "毎月", "quarterly", "四半期ごとに", "half-yearly", "半期ごとに", "yearly", "毎年度"),
                    "std.tech.access-control.control.user-ids"));

    public static List<String> keys() {
        return ALL.stream().map(Parameter::key).toList();
    }

    public static Optional<Parameter> byKey(String key) {
        return ALL.stream().filter(p -> p.key.equals(key)).findFirst();
    }

    public boolean isChoice() {
        return !choices.isEmpty();
    }

    /** The value as the documents word it: "12" for a number, 「四半期ごとに」 for a choice. */
    public String wording(String value) {
        return isChoice() ? choices.getOrDefault(value, value) : value;
    }

    /** The default as a reader sees it in check: 「12文字」「1時間」「四半期ごとに」. */
    public String shownDefault() {
        return isChoice() ? wording(fallback) : fallback + unit;
    }
}
