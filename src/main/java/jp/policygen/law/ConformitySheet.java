package jp.policygen.law;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.policy.Policy;
import jp.policygen.profile.Profile;
import jp.policygen.render.sheet.Sheet;

/** The 適合表's table for the spreadsheet writers (Excel), as the 対策チェックリスト offers it. */
public final class ConformitySheet {
    private ConformitySheet() {
    }

    public static Sheet of(Policy policy, Profile profile, Conformity c) {
        List<Sheet.Field> fields = new ArrayList<>();
        fields.add(new Sheet.Field("団体名", profile.municipality().name()));
        fields.add(new Sheet.Field("ガイドライン", policy.editionName()));
        fields.add(new Sheet.Field("根拠", "地方自治法施行規則第16条の3（令和8年総務省令第80号。"
                + jp.policygen.profile.Wareki.format(ConformityDocument.IN_FORCE) + "施行）"));
        List<Sheet.Column> columns = List.of(
                new Sheet.Column("号", 4, false, true),
                new Sheet.Column("事項", 12, false, false),
                new Sheet.Column("この団体の条項", 16, false, false),
                new Sheet.Column("独自の変更・削除", 12, false, false),
                new Sheet.Column("状況", 12, false, false));
        List<String> notes = List.of("この団体の条項は、このプロファイルから作成した文書に印刷される番号です。"
                + "「" + ConformityDocument.GAP + "」の号は、条項を設けるか削除を見直してください。");
        return new Sheet(ConformityDocument.TITLE, profile.municipality().name(), fields, columns,
                ConformityDocument.rows(c, profile), notes);
    }
}
