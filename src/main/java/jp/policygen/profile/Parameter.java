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
 * @param when     the condition (as in the catalog's when:) under which the body's documents state the figure at
 *                 all; "" when every body's do. check lists only the figures the body's documents state.
 */
public record Parameter(String key, String model, String label, String fallback, int min, int max,
                        Map<String, String> choices, String unit, String clause, String when) {

    private static Parameter number(String key, String model, String label, int fallback, int min, int max, String unit,
                                    String clause) {
        return new Parameter(key, model, label, Integer.toString(fallback), min, max, Map.of(), unit, clause, "");
    }

    private static Parameter choice(String key, String model, String label, String fallback, Map<String, String> choices,
                                    String clause) {
        return new Parameter(key, model, label, fallback, 0, 0, choices, "", clause, "");
    }

    /** This parameter, stated only by bodies for which {@code condition} holds. */
    private Parameter when(String condition) {
        return new Parameter(key, model, label, fallback, min, max, choices, unit, clause, condition);
    }

    private static final String CLOUD = "cloud.governmentCloud";

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
                    "std.tech.access-control.control.user-ids"),
            number("password_char_types", "passwordCharTypes", "パスワードに組み合わせる文字の種類（英大文字、英小文字、数字、"
                    + "記号）の数", 3, 2, 4, "種類", "std.human.passwords"),
            number("recurrence_prevention_months", "recurrencePreventionMonths",
                    "情報セキュリティインシデントの再発防止策を報告する期限（収束後）", 1, 1, 12, "か月",
                    "std.human.incident.analysis.prevention"),
            number("auditor_cooling_off_years", "auditorCoolingOffYears", "監査人が監査できない、自らが所属していた部署の"
                    + "期間（過去何年以内）", 1, 1, 5, "年", "std.review.audit.auditors"),
            number("exception_max_years", "exceptionMaxYears", "例外措置を許可する期間の上限", 1, 1, 5, "年",
                    "std.ops.exceptions.permission"),
            choice("take_out_check", "takeOutCheck", "持出しの記録と機器等の返却状況の照合の頻度", "monthly",
                    ordered("weekly", "毎週", "monthly", "毎月", "quarterly", "四半期ごとに"),
                    "std.human.rules.duties.take-out-records"),
            choice("mynumber_log_check", "mynumberLogCheck", "マイナンバー利用事務系のログの点検の頻度", "monthly",
                    ordered("weekly", "毎週", "monthly", "毎月", "quarterly", "四半期ごとに"), "std.resilience.mynumber.logs"),
            choice("monitoring_report", "monitoringReport", "監視の結果を取りまとめてCISOに報告する頻度（委託した監視の"
                    + "履行の確認を含む）", "quarterly",
                    ordered("monthly", "毎月", "quarterly", "四半期ごとに", "half-yearly", "半期ごとに"),
                    "std.resilience.internet.monitoring"),
            choice("enhanced_monitoring_report", "enhancedMonitoringReport",
                    "β'モデルで業務システムの監視の結果を確認し、CISOに報告する頻度", "monthly",
                    ordered("weekly", "毎週", "monthly", "毎月", "quarterly", "四半期ごとに"),
                    "std.resilience.model.beta-prime.log-monitoring").when("net.model == \"beta-prime\""),
            choice("config_review", "configReview", "通信の許可の設定、不要な権限、承認のないクラウドサービスの利用等の点検の頻度",
                    "half-yearly", ordered("quarterly", "四半期ごとに", "half-yearly", "半期ごとに", "yearly", "毎年度"),
                    "std.tech.systems.network-control.routing"),
            choice("audit_follow_up", "auditFollowUp", "監査の指摘事項の改善の進捗を報告する頻度", "quarterly",
                    ordered("monthly", "毎月", "quarterly", "四半期ごとに", "half-yearly", "半期ごとに"),
                    "std.review.audit.follow-up"),
            number("cloud_training_months", "cloudTrainingMonths",
                    "標準準拠システム等の担当となった職員等が研修を受ける期限（担当となった日から）", 3, 1, 12, "か月",
                    "cloud.human.training").when(CLOUD),
            number("cloud_incident_first_report_hours", "cloudIncidentFirstReportHours",
                    "運用事業者に情報セキュリティインシデントを報告させる期限（第一報から詳細な報告まで）", 24, 1, 72, "時間",
                    "cloud.ops.incident").when(CLOUD),
            number("cloud_incident_final_report_days", "cloudIncidentFinalReportDays",
                    "運用事業者に最終報告を提出させる期限（収束から）", 14, 1, 90, "日", "cloud.ops.incident").when(CLOUD),
            number("cloud_inactive_id_days", "cloudInactiveIdDays", "ガバメントクラウドで使用されていないIDを無効にするまでの日数",
                    90, 14, 365, "日", "cloud.tech.access.review").when(CLOUD),
            number("cloud_exit_notice_months", "cloudExitNoticeMonths", "移行の手順を確定させる時期（契約の終了の前のか月数）", 6,
                    1, 24, "か月", "cloud.contracts.exit").when(CLOUD),
            choice("vendor_report", "vendorReport", "運用事業者からの運用報告、点検の結果の報告及び定例会の頻度", "monthly",
                    ordered("monthly", "毎月", "quarterly", "四半期ごとに"), "cloud.org").when(CLOUD),
            choice("cloud_backup", "cloudBackup", "標準準拠システム等のデータのバックアップを取得させる最低の頻度", "daily",
                    ordered("daily", "毎日", "weekly", "毎週"), "cloud.tech.backup").when(CLOUD));

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
