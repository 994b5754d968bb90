package jp.policygen.law;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.policygen.catalog.Ordinance;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.LocalChange;
import jp.policygen.policy.Origin;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;
import jp.policygen.profile.Finding;
import jp.policygen.profile.Profile;

/**
 * How a body's policy meets 地方自治法施行規則第16条の3第1項, 号 by 号: the printed numbers of its own clauses that
 * implement each 号 (parts such as 5号's 情報の収集 named), the local changes and omissions that touch it, and the 号
 * that no clause meets (a gap: an error for {@code check}, unless the body declares itself outside the rule).
 *
 * @param rows one per 号, 1 to 8
 */
public record Conformity(List<Row> rows) {
    /** The 号 whose 経過措置 keeps the former rules for existing systems (5) and running contracts (7). */
    static final int SYSTEMS = 5;
    static final int CONTRACTS = 7;

    /**
     * @param number  the 号
     * @param title   its short title
     * @param where   where the body's clauses meet it: 「対策基準 3」, 「特則 6」, with the parts after them
     * @param changes the body's local changes touching it: 「対策基準 6.1(3)（置換）」, 「ガイドライン 4.2（削除）」
     * @param omitted the omissions that touch it, for check's message (the override's line)
     */
    public record Row(int number, String title, List<String> where, List<String> changes, List<LocalChange> omitted) {
        public Row {
            where = List.copyOf(where);
            changes = List.copyOf(changes);
            omitted = List.copyOf(omitted);
        }

        public boolean met() {
            return !where.isEmpty();
        }
    }

    public static Conformity of(Policy policy, Ordinance ordinance) {
        // each clause of the 対策基準 and the 特則 with its 号 (a body's own clause takes its parent's)
        Map<Integer, Map<String, List<String>>> byNumber = new LinkedHashMap<>(); // 号 → part → printed numbers
        Map<String, Ordinance.Assignment> assigned = new LinkedHashMap<>();
        for (Document d : policy.documents()) {
            if (d.kind() != DocumentKind.STANDARD && d.kind() != DocumentKind.CLOUD_PROVISIONS
                    && d.kind() != DocumentKind.POLICY) {
                continue;
            }
            // one rule in parts: its 第２編 is the 対策基準 (the 第１編's clauses meet no 号), cited as such
            String name = (d.kind() == DocumentKind.POLICY ? DocumentKind.STANDARD : d.kind()).shortName();
            for (Section s : d.sections()) {
                walk(name, s, Optional.empty(), ordinance, byNumber, assigned);
            }
        }
        Map<Integer, List<String>> changes = new LinkedHashMap<>();
        Map<Integer, List<LocalChange>> omitted = new LinkedHashMap<>();
        for (LocalChange c : policy.localChanges()) {
            if (c.document() != DocumentKind.STANDARD && c.document() != DocumentKind.CLOUD_PROVISIONS) {
                continue;
            }
            Optional<Ordinance.Assignment> a = Optional.ofNullable(assigned.get(c.id())).or(() -> ordinance.of(c.id()));
            if (a.isEmpty() || a.get().general()) {
                continue;
            }
            // an omitted clause has no number of the body's: its place in the guideline (「対策基準 4.1(6)」)
            String place = c.number().isEmpty() ? (c.source().isEmpty() ? c.id() : c.source())
                    : c.document().shortName() + " " + c.number();
            changes.computeIfAbsent(a.get().number(), k -> new ArrayList<>()).add(place + "（" + c.kind().label() + "）");
            if (c.kind() == LocalChange.Kind.OMIT) {
                omitted.computeIfAbsent(a.get().number(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Integer, String> n : ordinance.numbers().entrySet()) {
            Map<String, List<String>> parts = byNumber.getOrDefault(n.getKey(), Map.of());
            List<String> where = new ArrayList<>(parts.getOrDefault("", List.of()));
            for (Map.Entry<String, List<String>> p : parts.entrySet()) {
                if (!p.getKey().isEmpty()) {
                    where.add(p.getKey() + "：" + String.join("、", p.getValue()));
                }
            }
            rows.add(new Row(n.getKey(), n.getValue(), where, changes.getOrDefault(n.getKey(), List.of()),
                    omitted.getOrDefault(n.getKey(), List.of())));
        }
        return new Conformity(rows);
    }

    /**
     * A clause's number is listed where it starts a run of its 号 and part: under 「対策基準 6」 (5号) the sections
     * 6.1, 6.2 … are not listed again, but 6.3 is, under 開発・導入・保守.
     */
    private static void walk(String document, Section s, Optional<Ordinance.Assignment> parent, Ordinance ordinance,
                             Map<Integer, Map<String, List<String>>> byNumber, Map<String, Ordinance.Assignment> assigned) {
        if (s.origin() == Origin.DELETED) {
            return; // 「削除」 kept for the numbering meets nothing
        }
        Optional<Ordinance.Assignment> a = ordinance.of(s.id()).or(() -> parent);
        a.ifPresent(x -> assigned.put(s.id(), x));
        if (a.isPresent() && !a.get().general() && !a.equals(parent) && !s.number().isEmpty()) {
            byNumber.computeIfAbsent(a.get().number(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(a.get().part(), k -> new ArrayList<>()).add(document + " " + s.number());
        }
        for (Section c : s.children()) {
            walk(document, c, a, ordinance, byNumber, assigned);
        }
    }

    public List<Row> gaps() {
        return rows.stream().filter(r -> !r.met()).toList();
    }

    /**
     * check's findings: each 号 no clause meets is an error at the line of the omission that took its clauses out
     * (a warning for a body outside the rule), and a body that says it is outside the rule is asked to confirm it.
     */
    public List<Finding> findings(Profile profile) {
        List<Finding> out = new ArrayList<>();
        Profile.Law law = profile.law();
        for (Row r : gaps()) {
            Optional<Profile.Override> at = r.omitted().stream().map(c -> profile.overrides().get(c.id()))
                    .filter(java.util.Objects::nonNull).findFirst();
            Set<String> ids = new LinkedHashSet<>();
            r.omitted().forEach(c -> ids.add(c.id()));
            String message = "地方自治法施行規則第16条の3第1項第" + r.number() + "号（" + r.title() + "）に当たる条項が、"
                    + "この団体の文書に1つもありません" + (ids.isEmpty() ? "" : "（overrides で " + String.join("、", ids)
                    + " を削除しています）") + "。2027年7月1日からは全ての団体の義務です。"
                    + (ids.isEmpty() ? "" : "削除（omit）をやめるか、replace で団体の実情に合わせた条文にしてください。")
                    + (law.exempt() ? "（law.exempt: true のため警告にとどめています）" : "");
            out.add(new Finding(law.exempt() ? Finding.Severity.WARNING : Finding.Severity.ERROR, "law-16-3-gap",
                    profile.file(), at.map(Profile.Override::line).orElse(0), at.map(Profile.Override::column).orElse(0),
                    at.map(o -> "overrides." + o.clauseId()).orElse(""), message));
        }
        if (law.exempt()) {
            out.add(new Finding(Finding.Severity.WARNING, "law-16-3-exempt", profile.file(), law.exemptLine(),
                    law.exemptColumn(), "law.exempt", "要確認: law.exempt: true（地方自治法施行規則第16条の3の適用を受けない団体）"
                    + "としています。国や他の団体の重要な情報・システムに影響し得るネットワークに直接にも間接にも接続して"
                    + "おらず、かつ、多くの個人情報を保有していない団体だけが当たります。LGWAN や自治体情報セキュリティクラウドに"
                    + "接続しているなら当たりません。どちらも確かめられないときは、この行を削除してください。"));
        }
        return out;
    }
}
