package jp.policygen.importer;

import java.util.List;

/**
 * Writes the imported profile as YAML a 情報政策課 can read: each value the text gave with the sentence it came from
 * in a comment, each value it did not give marked 要確認, and the overrides with the provision of the rule each one
 * reproduces.
 */
final class ProfileWriter {
    private ProfileWriter() {
    }

    /**
     * @param form       outline or articles
     * @param fullWidth  whether the rule prints its numbers in full width (第３条) or half width (第3条)
     * @param kanjiItems whether its 号 are 一、二 rather than （１）
     */
    /** @param oneRule the rule is the 基本方針 and the 対策基準 in parts (第１編, 第２編): policy.rules: one */
    record Shape(String edition, String editionWhy, String form, boolean fullWidth, boolean kanjiItems,
                 String effective, String effectiveEvidence, String source, RuleHistory history,
                 List<ServiceTable.Service> services, List<ParameterReader.Found> parameters, boolean oneRule) {
        Shape(String edition, String editionWhy, String form, boolean fullWidth, boolean kanjiItems,
              String effective, String effectiveEvidence, String source, RuleHistory history,
              List<ServiceTable.Service> services, List<ParameterReader.Found> parameters) {
            this(edition, editionWhy, form, fullWidth, kanjiItems, effective, effectiveEvidence, source, history, services,
                    parameters, false);
        }

        Shape withParameters(List<ParameterReader.Found> found) {
            return new Shape(edition, editionWhy, form, fullWidth, kanjiItems, effective, effectiveEvidence, source,
                    history, services, found, oneRule);
        }
    }

    static String write(Facts facts, Shape shape, List<Plan.Change> changes) {
        return write(facts, shape, changes, java.util.Map.of(), true);
    }

    /**
     * @param numbering the rule's numbers (document → id → 第３条第２項)
     * @param active    false writes them as comments: for a tool whose profile reader does not know policy.numbering
     */
    static String write(Facts facts, Shape shape, List<Plan.Change> changes,
                        java.util.Map<String, java.util.Map<String, String>> numbering, boolean active) {
        StringBuilder y = new StringBuilder();
        y.append("# ").append(shape.source()).append(" から policygen import で作成したプロファイルです。\n");
        y.append("# 「要確認」の項目は規程の本文から決まらなかったものです。確かめて直してください。\n");
        y.append("guideline: \"").append(shape.edition()).append("\"  # ").append(shape.editionWhy()).append('\n');
        y.append("\nmunicipality:\n");
        value(y, "  ", "name", facts, "municipality.name");
        value(y, "  ", "kind", facts, "municipality.kind");
        y.append("\npolicy:\n");
        y.append("  effective: ").append(shape.effective()).append("  # ")
                .append(shape.effectiveEvidence().isEmpty() ? "要確認: 規程の附則に施行日が見つかりません" : "附則「" + clip(shape.effectiveEvidence()) + "」")
                .append('\n');
        RuleHistory h = shape.history();
        if (h != null && h.version() != null) {
            y.append("  version: ").append(quote(h.version().value())).append("  # 「").append(clip(h.version().evidence())).append("」\n");
        }
        y.append("  form: ").append(shape.form()).append('\n');
        if (shape.oneRule() && shape.form().equals("articles")) {
            y.append("  rules: one  # 基本方針と対策基準が1つの規程（第1編・第2編）\n");
        }
        if (h != null && h.adoption() != null) {
            y.append("  adoption: ").append(quote(h.adoption().value())).append("  # 「").append(clip(h.adoption().evidence())).append("」\n");
        }
        if (h != null && !h.history().isEmpty()) {
            y.append("  history:  # 改定履歴");
            y.append(shape.form().equals("articles") ? "（附則から。note は附則に書かれないため要確認）\n" : "\n");
            for (RuleHistory.Entry e : h.history()) {
                y.append("    - { date: ").append(e.date()).append(", note: ").append(quote(e.note()));
                if (!e.version().isEmpty()) {
                    y.append(", version: ").append(quote(e.version()));
                }
                if (!e.adoption().isEmpty()) {
                    y.append(", adoption: ").append(quote(e.adoption()));
                }
                if (!e.adopted().isEmpty()) {
                    y.append(", adopted: ").append(e.adopted());
                }
                y.append(" }  # ").append(e.noteRead() ? "" : "要確認（改定の内容）: ").append("「").append(clip(e.evidence())).append("」\n");
            }
        }
        if (h != null && h.replaces() != null) {
            y.append("  replaces: { title: ").append(quote(h.replaces().title())).append(", number: ")
                    .append(quote(h.replaces().number())).append(" }  # 「").append(clip(h.replaces().evidence())).append("」\n");
        }
        if (shape.form().equals("articles")) {
            y.append("  article_numbers: ").append(shape.fullWidth() ? "full-width" : "half-width").append('\n');
            y.append("  item_numbers: ").append(shape.kanjiItems() ? "kanji" : "parenthesized").append('\n');
        }
        if (!numbering.isEmpty()) {
            String c = active ? "" : "# ";
            y.append("  # 現行の規程の番号を固定します（削った条は「第N条　削除」として残り、加えた条は枝番になります）\n");
            y.append("  ").append(c).append("renumber: false\n");
            y.append("  ").append(c).append("numbering:\n");
            for (var d : numbering.entrySet()) {
                y.append("    ").append(c).append(d.getKey()).append(":\n");
                for (var e : d.getValue().entrySet()) {
                    y.append("      ").append(c).append(e.getKey()).append(": ").append(e.getValue()).append('\n');
                }
            }
        }
        y.append("\norganization:\n");
        for (String k : List.of("ciso", "ciso_advisor", "chief_officer", "security_officers", "security_managers",
                "system_managers", "committee")) {
            if (facts.values().containsKey("organization." + k)) {
                value(y, "  ", k, facts, "organization." + k);
            }
        }
        y.append("  csirt:\n");
        value(y, "    ", "name", facts, "organization.csirt.name");
        value(y, "    ", "lead", facts, "organization.csirt.lead");
        for (String k : List.of("it_department", "audit_lead")) {
            if (facts.values().containsKey("organization." + k)) {
                value(y, "  ", k, facts, "organization." + k);
            }
        }
        y.append("\nnetwork:\n");
        value(y, "  ", "model", facts, "network.model");
        String model = facts.get("network.model").orElse("alpha");
        if (facts.values().containsKey("network.sanitization")) {
            Facts.Fact s = facts.values().get("network.sanitization");
            y.append("  sanitization: ").append(s.value()).append("  # 「").append(clip(s.evidence())).append("」\n");
        }
        if (model.equals("alpha-prime")) {
            y.append("  alpha_prime: { case: file-exchange }  # 要確認: ア・イ・ウのどれか\n");
        }
        if (model.startsWith("beta")) {
            y.append("  edr: true  # β・β' では必須\n");
        }
        if (model.equals("beta-prime")) {
            y.append("  log_monitoring: true  # β' では必須\n");
        }
        y.append("\ncloud:\n");
        value(y, "  ", "government_cloud", facts, "cloud.government_cloud");
        if (shape.services() != null && !shape.services().isEmpty()) {
            y.append("  services:  # 別表の外部サービス一覧から\n");
            for (ServiceTable.Service s : shape.services()) {
                y.append("    - { name: ").append(quote(s.name())).append(", ismap: ").append(s.ismap())
                        .append(", confidential: ").append(s.confidential()).append(", purpose: ").append(quote(s.purpose()))
                        .append(" }  # ").append(s.unsure().isEmpty() ? "" : "要確認（" + s.unsure() + "）: ")
                        .append("「").append(clip(s.evidence())).append("」\n");
            }
        }
        y.append("\nfeatures:\n");
        for (String k : List.of("telework", "social_media", "wireless_lan", "generative_ai")) {
            value(y, "  ", k, facts, "features." + k);
        }
        if (shape.parameters() != null && !shape.parameters().isEmpty()) {
            y.append("\n# 規程の本文にある数値・頻度（項目名と既定の値は policygen check が一覧にします）\n");
            y.append("parameters:\n");
            for (ParameterReader.Found f : shape.parameters()) {
                y.append("  ").append(f.parameter().key()).append(": ").append(f.value()).append("  # ")
                        .append(f.parameter().label()).append("「").append(clip(f.evidence())).append("」\n");
            }
        }
        if (!changes.isEmpty()) {
            y.append("\n# 現行の規程の文言を再現する変更（replace: 文言が違う / omit: 規程にない / insert: 独自の規定 / title: 見出し）\n");
            y.append("overrides:\n");
            for (Plan.Change c : changes) {
                y.append("  ").append(c.id()).append(":  # ").append(clip(c.comment())).append('\n');
                switch (c.kind()) {
                    case "replace" -> block(y, "replace", c.text());
                    case "omit" -> y.append("    omit: true\n");
                    case "insert" -> {
                        y.append("    insert:\n");
                        y.append("      after: ").append(c.after()).append('\n');
                        if (!c.title().isEmpty()) {
                            y.append("      title: ").append(quote(c.title())).append('\n');
                        }
                        y.append("      text: |\n");
                        indent(y, "        ", c.text());
                    }
                    default -> { }
                }
                if (!c.title().isEmpty() && !c.kind().equals("insert")) {
                    y.append("    title: ").append(quote(c.title())).append('\n');
                }
                y.append("    reason: ").append(quote(c.reason())).append('\n');
            }
        }
        return y.toString();
    }

    private static void value(StringBuilder y, String indent, String key, Facts facts, String path) {
        Facts.Fact f = facts.values().get(path);
        if (f == null) {
            return;
        }
        String v = f.value();
        boolean plain = v.equals("true") || v.equals("false") || v.matches("[a-z-]+");
        y.append(indent).append(key).append(": ").append(plain ? v : quote(v)).append("  # ")
                .append(f.assumed() ? "要確認: 規程の本文から決まりませんでした" : "「" + clip(f.evidence()) + "」").append('\n');
    }

    private static void block(StringBuilder y, String key, String text) {
        y.append("    ").append(key).append(": |\n");
        indent(y, "      ", text);
    }

    private static void indent(StringBuilder y, String indent, String text) {
        for (String line : text.split("\n", -1)) {
            y.append(line.isEmpty() ? "" : indent + line).append('\n');
        }
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    private static String clip(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 80 ? one.substring(0, 79) + "…" : one;
    }

}
