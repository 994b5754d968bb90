package jp.policygen.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Origin;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;
import jp.policygen.policy.SectionLevel;
import jp.policygen.profile.Profile;
import jp.policygen.profile.Wareki;

/**
 * 適合表: the body's policy against 地方自治法施行規則第16条の3, one row per 号 of its 第1項 — where the body's own
 * clauses meet it, its local changes touching it, and 「該当なし」 where nothing does — then the 経過措置 the body
 * relies on, the 第2項 terms, and (for a body outside the rule) its declaration. Printed by the same writers as the
 * policy; {@link ConformitySheet} gives the same table to the spreadsheet writers.
 */
public final class ConformityDocument {
    public static final String TITLE = "適合表（地方自治法施行規則第16条の3）";
    static final String GAP = "該当する条項なし（不足）";
    static final String FORMER = "なお従前の例による";
    /** The day the rule takes effect (令和8年総務省令第80号 附則). */
    static final java.time.LocalDate IN_FORCE = java.time.LocalDate.of(2027, 7, 1);
    /** The 第2項 terms and the clauses of the 基本方針 that define them. */
    static final List<Map.Entry<String, String>> TERMS = List.of(
            Map.entry("情報資産", "basic.definitions.information-asset"),
            Map.entry("管理区域", "basic.definitions.controlled-area"),
            Map.entry("インシデント", "basic.definitions.incident"));

    private ConformityDocument() {
    }

    public static List<String> header() {
        return List.of("号", "事項", "この団体の条項", "独自の変更・削除", "状況");
    }

    /** One row per 号, as both the document and the sheet print it. */
    public static List<List<String>> rows(Conformity c, Profile profile) {
        List<List<String>> rows = new ArrayList<>();
        for (Conformity.Row r : c.rows()) {
            rows.add(List.of("第" + r.number() + "号", r.title(), r.met() ? String.join("\n", r.where()) : GAP,
                    r.changes().isEmpty() ? "なし" : String.join("\n", r.changes()), status(r, profile)));
        }
        return rows;
    }

    static String status(Conformity.Row r, Profile profile) {
        String s = r.met() ? "適合" : "不足";
        Profile.Law law = profile.law();
        if (r.number() == Conformity.SYSTEMS && !law.existingSystems().isEmpty()) {
            s += "\n" + Wareki.format(IN_FORCE) + "に存する情報システム（" + String.join("、", law.existingSystems())
                    + "）については、" + FORMER;
        }
        if (r.number() == Conformity.CONTRACTS && !law.existingContracts().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Profile.Contract k : law.existingContracts()) {
                names.add(k.name() + k.ends().map(d -> "（" + Wareki.format(d) + "まで）").orElse("（契約の終期未記載）"));
            }
            s += "\n" + Wareki.format(IN_FORCE) + "に契約期間中の業務委託（" + String.join("、", names) + "）については、" + FORMER;
        }
        return s;
    }

    public static Document of(Policy policy, Profile profile, Conformity c) {
        DocumentInfo info = policy.documents().stream().filter(d -> d.kind() == DocumentKind.STANDARD)
                .map(Document::info).findFirst().orElse(policy.documents().get(0).info())
                .asPaper(); // a paper for the committee, not adopted: no 版, 施行日, number or 改定履歴 of its own
        List<Section> sections = new ArrayList<>();
        List<Block> table = new ArrayList<>();
        table.add(Block.Paragraph.of("地方自治法施行規則第16条の3第1項各号に掲げる措置について、"
                + profile.municipality().name() + "の情報セキュリティポリシーのどの条項で講じているかを、号ごとに示す。"
                + "条項の番号は、この団体の文書に印刷される番号である。"));
        table.add(Block.Table.of(header(), rows(c, profile)));
        List<Conformity.Row> gaps = c.gaps();
        table.add(Block.Paragraph.of(gaps.isEmpty() ? "第1号から第8号までの全ての号について、該当する条項がある。"
                : "次の号に該当する条項がない: " + String.join("、", gaps.stream().map(r -> "第" + r.number() + "号").toList())
                        + "。条項を設けるか、削除（overrides の omit）を見直す必要がある。"));
        sections.add(chapter("conformity.table", 1, "号ごとの適合の状況", table, List.of()));

        List<Block> terms = new ArrayList<>();
        terms.add(Block.Paragraph.of("同条第2項に定める用語は、基本方針において次のとおり定義している。"));
        Map<String, String> where = locations(policy);
        List<List<String>> termRows = new ArrayList<>();
        for (Map.Entry<String, String> t : TERMS) {
            termRows.add(List.of(t.getKey(), where.getOrDefault(t.getValue(), "基本方針に定義なし（令和8年3月版以降の版で加わる）")));
        }
        terms.add(Block.Table.of(List.of("用語", "定義している条項"), termRows));
        sections.add(chapter("conformity.terms", 2, "用語の定義", terms, List.of()));

        List<Block> transitional = new ArrayList<>();
        Profile.Law law = profile.law();
        if (law.existingSystems().isEmpty() && law.existingContracts().isEmpty()) {
            transitional.add(Block.Paragraph.of("経過措置（" + Wareki.format(IN_FORCE) + "に存する情報システム及び契約期間中の"
                    + "業務委託について従前の例によるもの）に当たるものはない（プロファイルの law に記載がない）。"));
        } else {
            transitional.add(Block.Paragraph.of("次のものについては、第5号及び第7号に関し、" + FORMER + "。"));
            List<List<String>> rows = new ArrayList<>();
            for (String s : law.existingSystems()) {
                rows.add(List.of("情報システム", s, "第5号", "―"));
            }
            for (Profile.Contract k : law.existingContracts()) {
                rows.add(List.of("業務委託", k.name(), "第7号", k.ends().map(Wareki::format).orElse("未記載")));
            }
            transitional.add(Block.Table.of(List.of("種類", "名称", "関係する号", "契約の終期"), rows));
        }
        sections.add(chapter("conformity.transitional", 3, "経過措置", transitional, List.of()));
        if (law.exempt()) {
            sections.add(chapter("conformity.exempt", 4, "適用除外", List.of(Block.Paragraph.of(profile.municipality().name()
                    + "は、国又は他の地方公共団体の重要な情報又は情報システムに影響を及ぼすおそれのあるネットワークに直接又は"
                    + "間接に接続しておらず、かつ、多数の個人情報を保有していないものとして、同条の適用を受けない団体である"
                    + "としている（要確認）。")), List.of()));
        }
        return new Document(DocumentKind.CONFORMITY, TITLE, info, sections);
    }

    /** Where each clause of the policy is printed (「基本方針 2」). */
    static Map<String, String> locations(Policy policy) {
        Map<String, String> where = new java.util.LinkedHashMap<>();
        for (Document d : policy.documents()) {
            for (Section s : d.flatten()) {
                if (!s.number().isEmpty()) {
                    where.putIfAbsent(s.id(), d.kind().shortName() + " " + s.number());
                }
            }
        }
        return where;
    }

    private static Section chapter(String id, int n, String title, List<Block> blocks, List<Section> children) {
        return new Section(id, SectionLevel.CHAPTER, n + ".", Integer.toString(n), title, "", Origin.GUIDELINE, "",
                blocks, children);
    }
}
