package jp.policygen.resolve;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.LocalChange;
import jp.policygen.policy.NumberingForm;
import jp.policygen.policy.Policy;
import jp.policygen.profile.TestProfiles;

/** Policy.localChanges() and the 独自変更一覧 made from it: every change, in document order, with both texts. */
class LocalChangesTest {
    private static final String OVERRIDES = """
            overrides:
              std.tech.email.security: { append: "送信前に宛先を確認する。", reason: 誤送信事案を踏まえて }
              std.human.passwords:
                replace: |
                  パスワードは15文字以上とする。
                reason: 本市パスワード規程に合わせるため
              std.physical.servers.offsite: { omit: true, reason: 庁外にサーバを設置しないため }
            """;

    private static Policy resolve(String yaml) {
        return new Resolver(new TemplateEngine())
                .resolve(TestProfiles.profile(yaml), TestProfiles.CATALOG.edition(EditionId.of("2024-10"))).policy();
    }

    @Test
    void everyOverrideAndOmissionIsAChangeInDocumentOrderWithItsReason() {
        List<LocalChange> changes = resolve(TestProfiles.MINIMAL + OVERRIDES).localChanges();
        assertEquals(List.of("std.physical.servers.offsite", "std.human.passwords", "std.tech.email.security"),
                changes.stream().map(LocalChange::id).toList(), "document order, not the profile's");
        LocalChange omit = changes.get(0);
        assertEquals(LocalChange.Kind.OMIT, omit.kind());
        assertEquals("", omit.number(), "an omitted clause has no number in the body's documents");
        assertEquals("対策基準 4.1(6)", omit.source());
        assertEquals("庁外にサーバを設置しないため", omit.reason());
        assertTrue(omit.guidelineText().startsWith("統括情報セキュリティ責任者及び情報システム管理者は、庁舎の外"),
                omit.guidelineText());
        assertEquals("", omit.localText());

        LocalChange replace = changes.get(1);
        assertEquals(LocalChange.Kind.REPLACE, replace.kind());
        assertEquals(DocumentKind.STANDARD, replace.document());
        assertEquals("5.4(3)", replace.number(), "the number after the omission closed the gap");
        assertEquals("パスワードの取扱い", replace.title());
        assertEquals("パスワードは15文字以上とする。", replace.localText());
        assertTrue(replace.guidelineText().length() > 20 && !replace.guidelineText().contains("15文字以上"),
                replace.guidelineText());

        LocalChange append = changes.get(2);
        assertEquals(LocalChange.Kind.APPEND, append.kind());
        assertTrue(append.localText().startsWith(append.guidelineText()), "the standard text, then the addition");
        assertTrue(append.localText().endsWith("送信前に宛先を確認する。"), append.localText());
    }

    @Test
    void theGuidelineTextOfAnOmittedClauseCitesByNumber() {
        LocalChange omit = resolve(TestProfiles.MINIMAL + OVERRIDES).localChanges().get(0);
        assertEquals(LocalChange.Kind.OMIT, omit.kind());
        // 4.1(6) cites chapter 8 for cloud services: printed as its number, as in the documents
        assertTrue(omit.guidelineText().contains("8の規定による。"), omit.guidelineText());
        assertTrue(omit.guidelineText().chars().noneMatch(c -> c >= 0xFDD0 && c <= 0xFDEF), omit.guidelineText());
    }

    @Test
    void articleFormCitesTheArticleNumber() {
        LocalChange replace = resolve(TestProfiles.MINIMAL.replace("policy:\n", "policy:\n  form: articles\n")
                + OVERRIDES).localChanges().get(1);
        assertTrue(replace.number().matches("第[0-9０-９]+条"), replace.number());
    }

    @Test
    void theDocumentListsEachChangeThenShowsBothTexts() {
        Document d = LocalChangesDocument.of(resolve(TestProfiles.MINIMAL + OVERRIDES));
        assertEquals(DocumentKind.LOCAL_CHANGES, d.kind());
        assertEquals("独自変更一覧", d.title());
        assertEquals("取扱注意", d.info().marking(), "internal, like the 対策基準 it lists changes of");
        Block.Table table = (Block.Table) d.sections().get(0).blocks().get(1);
        assertEquals(List.of("番号", "該当箇所", "見出し", "種類", "理由"), table.header());
        assertEquals(List.of(
                List.of("1", "ガイドライン 対策基準 4.1(6)", "庁外への機器の設置", "削除", "庁外にサーバを設置しないため"),
                List.of("2", "対策基準 5.4(3)", "パスワードの取扱い", "置換", "本市パスワード規程に合わせるため"),
                List.of("3", "対策基準 6.1(14)①", "電子メールサーバの設定", "追記", "誤送信事案を踏まえて")), table.rows());
        String detail = d.sections().get(1).children().get(1).plainText();
        assertTrue(detail.contains("【標準の条文】\n"), detail);
        assertTrue(detail.endsWith("【この団体の条文】\nパスワードは15文字以上とする。"), detail);
        assertEquals("パスワードの取扱い（置換）", d.sections().get(1).children().get(1).title());
    }

    @Test
    void aNewHeadingAndAClauseOfTheBodysOwnAreListedToo() {
        Policy p = resolve(TestProfiles.MINIMAL + """
                overrides:
                  std.org.committee:
                    title: 情報セキュリティ推進本部
                    reason: 会議体の名称に合わせるため
                  local.usb-ban:
                    insert: { after: std.org.system-staff, title: 私物の電磁的記録媒体, text: "私物のUSBメモリを業務に使ってはならない。" }
                    reason: 本市独自の規定
                """);
        List<LocalChange> changes = p.localChanges();
        assertEquals(List.of("local.usb-ban", "std.org.committee"), changes.stream().map(LocalChange::id).toList(),
                "document order: the inserted clause right after the clause it follows");
        LocalChange insert = changes.get(0);
        assertEquals(LocalChange.Kind.INSERT, insert.kind());
        assertEquals("1(7)", insert.number());
        assertEquals("私物の電磁的記録媒体", insert.title());
        assertEquals("", insert.guidelineText(), "no standard text: the clause is the body's own");
        assertEquals("私物のUSBメモリを業務に使ってはならない。", insert.localText());
        LocalChange title = changes.get(1);
        assertEquals(LocalChange.Kind.TITLE, title.kind());
        assertEquals("1(8)", title.number());
        assertEquals("情報セキュリティ推進本部", title.title(), "the heading as printed");
        assertTrue(title.guidelineText().startsWith("見出し：情報セキュリティ委員会\n"), title.guidelineText());
        assertTrue(title.localText().startsWith("見出し：情報セキュリティ推進本部\n"), title.localText());

        Block.Table table = (Block.Table) LocalChangesDocument.of(p).sections().get(0).blocks().get(1);
        assertEquals(List.of(
                List.of("1", "対策基準 1(7)", "私物の電磁的記録媒体", "追加", "本市独自の規定"),
                List.of("2", "対策基準 1(8)", "情報セキュリティ推進本部", "見出しの変更", "会議体の名称に合わせるため")),
                table.rows());
    }

    @Test
    void withoutChangesTheDocumentSaysSo() {
        Policy p = resolve(TestProfiles.MINIMAL);
        assertEquals(List.of(), p.localChanges());
        Document d = LocalChangesDocument.of(p);
        assertTrue(d.sections().get(0).plainText().startsWith("この団体の文書は、標準の条文から変更していません"),
                d.sections().get(0).plainText());
        assertEquals(NumberingForm.OUTLINE, d.info().form());
    }
}
