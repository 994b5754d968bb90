package jp.policygen.policy;

import java.util.List;

import jp.policygen.policy.Block.ItemList;
import jp.policygen.policy.Block.ListItem;
import jp.policygen.policy.Block.Paragraph;
import jp.policygen.policy.Block.Table;

/** Small hand-built documents for writer tests, independent of profiles and the catalog. */
public final class SampleDocuments {
    private SampleDocuments() {
    }

    public static final String HOSTILE = "${7*7}<#assign x=1>&<b>太字</b>";

    public static DocumentInfo info(String marking) {
        return new DocumentInfo("架空市", "第3版", "令和8年4月1日", "告示第78号", marking,
                List.of(new DocumentInfo.HistoryEntry("平成28年4月1日", "策定"),
                        new DocumentInfo.HistoryEntry("令和8年4月1日", "令和6年10月版ガイドラインに準拠して改定")),
                NumberingForm.OUTLINE, false);
    }

    private static Section section(String id, SectionLevel level, String label, String number, String title,
                                   List<Block> blocks, List<Section> children) {
        return new Section(id, level, label, number, title, "対策基準 " + number, Origin.GUIDELINE, "", blocks, children);
    }

    /** A small 対策基準: two chapters, one sectioned, with a list, a table and a hostile profile value. */
    public static Document standard() {
        Section ciso = section("std.org.ciso", SectionLevel.ITEM, "(1)", "1(1)", "最高情報セキュリティ責任者（CISO）",
                List.of(Paragraph.of("副市長を、最高情報セキュリティ責任者（以下「CISO」という。）とする。")), List.of());
        Section csirt = section("std.org.csirt", SectionLevel.ITEM, "(2)", "1(2)", "CSIRTの設置・役割",
                List.of(Paragraph.of("CISOは、架空市CSIRTを設置し、情報政策課長をその責任者とする。"),
                        Paragraph.of("名称に " + HOSTILE + " を含む。")),
                List.of(section("std.org.csirt.report", SectionLevel.POINT, "①", "1(2)①", "",
                        List.of(Paragraph.of("CSIRTは、報告を受けたときは、遅滞なくCISOに報告しなければならない。")), List.of())));
        Section org = section("std.org", SectionLevel.CHAPTER, "1.", "1", "組織体制", List.of(), List.of(ciso, csirt));

        Section access = section("std.tech.access-control.rules", SectionLevel.ITEM, "(1)", "6.1(1)", "アクセス制御等",
                List.of(Paragraph.of("情報システム管理者は、次に掲げる措置を講じなければならない。"),
                        new ItemList(List.of(
                                new ListItem("ア", List.of(Run.plain("利用者ごとに必要最小限の権限を付与すること。")), List.of()),
                                new ListItem("イ", List.of(Run.plain("不要となった権限を速やかに削除すること。")),
                                        List.of(new ListItem("(ア)", List.of(Run.plain("異動の場合")), List.of())))))),
                List.of());
        Section table = section("std.tech.access-control.table", SectionLevel.ITEM, "(2)", "6.1(2)", "分類と取扱い",
                List.of(Table.of(List.of("分類", "取扱い"),
                        List.of(List.of("自治体機密性3A", "持出し禁止"), List.of("自治体機密性2", "暗号化して送信")))),
                List.of());
        Section accessControl = section("std.tech.access-control", SectionLevel.SECTION, "6.1", "6.1", "アクセス制御",
                List.of(), List.of(access, table));
        Section tech = section("std.tech", SectionLevel.CHAPTER, "2.", "2", "技術的セキュリティ", List.of(),
                List.of(accessControl));
        Section supplementary = new Section("std.supplementary", SectionLevel.UNNUMBERED, "", "", "附則", "",
                Origin.GUIDELINE, "", List.of(Paragraph.of("この対策基準は、令和8年4月1日から施行する。")), List.of());
        return new Document(DocumentKind.STANDARD, "情報セキュリティ対策基準", info("取扱注意"),
                List.of(org, tech, supplementary));
    }

    /** A small 基本方針 with no handling mark (it is published). */
    public static Document basicPolicy() {
        Section purpose = section("basic.purpose", SectionLevel.CHAPTER, "1.", "1", "目的",
                List.of(Paragraph.of("この基本方針は、架空市が保有する情報資産を守るために定める。")), List.of());
        return new Document(DocumentKind.BASIC_POLICY, "情報セキュリティ基本方針", info(""), List.of(purpose));
    }

    /**
     * A 権限・責任等一覧表-like table: one column of duties and ten short columns (承認) under long role names,
     * the fourth holding 自治体機密性3A — the shape that column layout must not squeeze.
     */
    public static Table roleMatrix() {
        List<String> roles = List.of("最高情報セキュリティ責任者（CISO）", "統括情報セキュリティ責任者",
                "情報セキュリティ責任者", "情報セキュリティ管理者", "情報システム管理者", "情報システム担当者", "職員等",
                "情報セキュリティ委員会", "CSIRT", "情報セキュリティ監査統括責任者");
        List<String> header = new java.util.ArrayList<>(List.of("事項"));
        header.addAll(roles);
        List<List<String>> rows = new java.util.ArrayList<>();
        for (String duty : List.of("部局等の情報セキュリティ対策の統括", "兼務がやむを得ない場合の承認",
                "情報セキュリティポリシーの決定及び見直し", "関係機関との連絡調整")) {
            List<String> row = new java.util.ArrayList<>(List.of(duty));
            row.addAll(java.util.Collections.nCopies(roles.size(), "承認"));
            row.set(3, "自治体機密性3A");
            rows.add(row);
        }
        return Table.of(header, rows);
    }

    /**
     * A document with the looks of a 新旧対照表: a paragraph with a double-underlined number and a single-underlined
     * word, and a table whose second row has an underlined word inside a cell.
     */
    public static Document underlined() {
        Table table = new Table(List.of(Block.Cell.of("分類"), Block.Cell.of("取扱い")),
                List.of(List.of(Block.Cell.of("機密性３"), Block.Cell.of("施錠保管")),
                        List.of(Block.Cell.of("機密性２"), new Block.Cell(List.of(Run.plain("庁内で"),
                                Run.single("暗号化"), Run.plain("して保管"))))));
        Section s = section("std.marked", SectionLevel.CHAPTER, "1.", "1", "改正",
                List.of(new Paragraph(List.of(Run.doubled("第3条"), Run.plain("　職員は、"), Run.single("毎年度"),
                        Run.plain("研修を受ける。"))), table), List.of());
        return new Document(DocumentKind.STANDARD, "情報セキュリティ対策基準", info(""), List.of(s));
    }
}
