package jp.policygen.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.policy.Document;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;
import jp.policygen.profile.Profile;
import jp.policygen.profile.Wareki;
import jp.policygen.render.sheet.Sheet;

/**
 * The 対策チェックリスト as a committee uses it: who and what it is for in the header, one row per measure in
 * the order of the documents, where the body's own documents require it (their printed numbers), and empty
 * 担当 / 期限 / 備考 columns to fill in.
 */
public final class ChecklistSheet {
    public static final String TITLE = "対策チェックリスト";
    /** Where an item points when the body's overrides took its clause out. */
    public static final String OMITTED = "該当する条項はプロファイルの変更（overrides）で削除されています";

    private ChecklistSheet() {
    }

    /**
     * Where each clause of the policy is, as the documents print it: 「対策基準 3(4)⑦」, 「対策基準 第54条」;
     * in reading order, documents one after the other.
     */
    public static Map<String, String> locations(Policy policy) {
        Map<String, String> where = new LinkedHashMap<>();
        for (Document d : policy.documents()) {
            for (Section s : d.flatten()) {
                if (!s.number().isEmpty()) {
                    where.putIfAbsent(s.id(), d.kind().shortName() + " " + s.number());
                }
            }
        }
        return where;
    }

    /** The items in the order their clauses are read in the documents; items whose clause is omitted last. */
    public static List<Checklist.Item> inDocumentOrder(List<Checklist.Item> items, Map<String, String> locations) {
        Map<String, Integer> position = new HashMap<>();
        for (String id : locations.keySet()) {
            position.put(id, position.size());
        }
        List<Checklist.Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparingInt(i -> position.getOrDefault(i.requirement().clause(), Integer.MAX_VALUE)));
        return sorted;
    }

    /** Where one item's clause is, or {@link #OMITTED}. */
    public static String location(Checklist.Item item, Map<String, String> locations) {
        return locations.getOrDefault(item.requirement().clause(), OMITTED);
    }

    /**
     * @param items   the profile's checklist, in any order
     * @param created the date printed as 作成日
     */
    public static Sheet of(Profile profile, Policy policy, List<Checklist.Item> items, LocalDate created) {
        Map<String, String> where = locations(policy);
        List<Sheet.Field> fields = new ArrayList<>();
        fields.add(new Sheet.Field("団体名", profile.municipality().name()));
        fields.add(new Sheet.Field("ガイドライン", "地方公共団体における情報セキュリティポリシーに関するガイドライン（"
                + policy.editionName() + "）"));
        fields.add(new Sheet.Field("ネットワーク構成等", Checklist.situation(profile)));
        String version = profile.policy().version().map(v -> v + "・").orElse("");
        fields.add(new Sheet.Field("対象", "情報セキュリティポリシー（" + version
                + Wareki.format(profile.policy().effective()) + "施行）"));
        fields.add(new Sheet.Field("作成日", Wareki.format(created)));
        List<Sheet.Column> columns = List.of(
                new Sheet.Column("番号", 4, false, true),
                new Sheet.Column("状況", 5, false, true, statusLabels()),
                new Sheet.Column("該当箇所", 10, false, false),
                new Sheet.Column("対策", 23, false, false),
                new Sheet.Column("根拠", 9, false, false),
                new Sheet.Column("担当", 5, true, false),
                new Sheet.Column("期限", 5, true, false),
                new Sheet.Column("備考", 8, true, false));
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (Checklist.Item item : inDocumentOrder(items, where)) {
            n++;
            String at = where.getOrDefault(item.requirement().clause(), "削除（独自の変更）");
            rows.add(List.of(Integer.toString(n), item.status().label(), at, item.requirement().text(),
                    item.requirement().basis(), "", "", ""));
        }
        List<String> notes = List.of(
                "状況　済: プロファイルに記載があるもの　要確認: プロファイルでは判断できないため実施状況を確かめるもの"
                        + "　未対応: プロファイル上実施していないもの",
                "該当箇所は、このプロファイルから作成した文書に印刷される番号です。担当・期限・備考は会議で記入してください。");
        return new Sheet(TITLE, profile.municipality().name(), fields, columns, rows, notes);
    }

    private static List<String> statusLabels() {
        List<String> labels = new ArrayList<>();
        for (Checklist.Status s : Checklist.Status.values()) {
            labels.add(s.label());
        }
        return labels;
    }
}
