package jp.policygen.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.law.Conformity;
import jp.policygen.law.ConformitySheet;
import jp.policygen.policy.Policy;
import jp.policygen.profile.Profile;
import jp.policygen.profile.TestProfiles;
import jp.policygen.render.sheet.Sheet;
import jp.policygen.resolve.Resolver;

/**
 * The workbook of a sheet of plain texts (the 適合表's always) is written from its parts directly (SheetParts), not
 * by POI; every part, and so the file, is byte for byte what POI writes: for the 適合表 of every sample in every
 * edition and form, and for made-up sheets of other shapes. A sheet that needs what POI alone does (a drop-down,
 * texts to escape, a name to shorten) is still written by POI.
 */
class XlsxSheetWriterTest {

    static Stream<Sheet> conformitySheets() throws IOException {
        Resolver resolver = new Resolver(new TemplateEngine());
        List<Sheet> all = new ArrayList<>();
        for (Profile p : TestProfiles.sampleVariants(List.of("2024-10", "2025-03", "2026-03"),
                List.of("", "  form: articles\n"))) {
            Policy policy = resolver.resolve(p, TestProfiles.CATALOG.edition(p.guideline())).policy();
            all.add(ConformitySheet.of(policy, p, Conformity.of(policy, TestProfiles.CATALOG.ordinance())));
        }
        return all.stream();
    }

    static Stream<Sheet> madeUpSheets() {
        List<Sheet.Field> fields = List.of(new Sheet.Field("団体名", "架空町"), new Sheet.Field("作成日", ""),
                new Sheet.Field("根拠", "規則第1条\n第2条"));
        List<Sheet.Column> five = List.of(new Sheet.Column("番号", 4, false, true), new Sheet.Column("事項", 0, false, false),
                new Sheet.Column("担当", 200, true, false), new Sheet.Column("期限", 5, true, true),
                new Sheet.Column("備考", 8, false, false));
        List<List<String>> rows = List.of(List.of("1", "情報資産の分類", "", "", "備考"),
                List.of("2", "長い行".repeat(40) + "\n改行\n\n空行", "", "済", "備考"),
                List.of("3", "ABC def 123 ｱｲｳ", "", "", ""));
        List<String> notes = List.of("注記その1", "注記その2（同じ文字列）", "備考");
        List<Sheet.Column> three = five.subList(0, 3);
        List<Sheet.Column> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(new Sheet.Column("列" + i, i % 7, i % 3 == 0, i % 2 == 0));
        }
        List<String> manyCells = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            manyCells.add(i % 4 == 0 ? "" : "値" + i);
        }
        return Stream.of(
                new Sheet("適合表（地方自治法施行規則第16条の3）", "架空1県", fields, five, rows, notes),
                new Sheet("Sheet", "author", fields, five, rows, notes),
                new Sheet("2026年度 点検表", "架空市", fields, five, rows, notes),
                new Sheet("TRUE", "架空市", fields, five, rows, notes),
                new Sheet("A1", "架空市", fields, five, rows, notes),
                new Sheet("一覧.v2_最終", "架空市", fields, five, rows, notes),
                new Sheet("あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほま", "架空市", fields, five, rows, notes),
                new Sheet("三列", "架空市", fields, three, rows.stream().map(r -> r.subList(0, 3)).toList(), notes),
                new Sheet("四列", "架空市", fields, five.subList(0, 4), rows.stream().map(r -> r.subList(0, 4)).toList(), List.of()),
                new Sheet("行なし", "架空市", fields, five, List.of(), notes),
                new Sheet("行も注記もなし", "架空市", fields, five, List.of(), List.of()),
                new Sheet("欄なし", "架空市", List.of(), five, rows, notes),
                new Sheet("三十列", "架空市", fields, many, List.of(manyCells, manyCells), notes));
    }

    @ParameterizedTest
    @MethodSource("conformitySheets")
    void theConformityTablesWorkbookIsPoisByteForByte(Sheet sheet) throws IOException {
        assertTrue(SheetParts.fits(sheet), "the 適合表 is written from its parts");
        assertSameAsPoi(sheet);
    }

    @ParameterizedTest
    @MethodSource("madeUpSheets")
    void sheetsOfOtherShapesArePoisByteForByte(Sheet sheet) throws IOException {
        assertTrue(SheetParts.fits(sheet), sheet.title());
        assertSameAsPoi(sheet);
    }

    @Test
    void whatPoiAloneDoesIsLeftToPoi() throws IOException {
        List<Sheet.Column> columns = List.of(new Sheet.Column("番号", 4, false, true),
                new Sheet.Column("状況", 5, false, true, List.of("済", "未対応")), new Sheet.Column("備考", 8, true, false));
        List<Sheet.Column> plain = List.of(new Sheet.Column("番号", 4, false, true),
                new Sheet.Column("状況", 5, false, true), new Sheet.Column("備考", 8, true, false));
        List<List<String>> rows = List.of(List.of("1", "済", ""));
        List<Sheet> refused = new ArrayList<>(List.of(
                new Sheet("選択肢あり", "架空市", List.of(), columns, rows, List.of()),
                new Sheet("二列", "架空市", List.of(), plain.subList(0, 2), List.of(List.of("1", "済")), List.of()),
                new Sheet("長すぎるシート名".repeat(4) + "！", "架空市", List.of(), plain, rows, List.of()),
                new Sheet("名前[1]", "架空市", List.of(), plain, rows, List.of()),
                new Sheet("題", "", List.of(), plain, rows, List.of())));
        for (String text : List.of("A&B", "<b>", "x > y", "\"引用\"", "it's", "\t字下げ", " 前の空白", "後の空白 ", "\u3000全角空白",
                "改行\n", "\r\n", "制御\u0001", "\u007f", "𠮷野家", "\uFFFE")) {
            refused.add(new Sheet("題", "架空市", List.of(new Sheet.Field("欄", text)), plain, rows, List.of()));
            refused.add(new Sheet("題", "架空市", List.of(), plain, List.of(List.of("1", text, "")), List.of()));
        }
        for (Sheet sheet : refused) {
            assertFalse(SheetParts.fits(sheet), sheet.toString());
            ByteArrayOutputStream poi = new ByteArrayOutputStream();
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            try {
                new XlsxSheetWriter().writeWithPoi(sheet, poi);
            } catch (RuntimeException e) {
                continue; // POI refuses it (a name Excel does not allow): so does the writer, being POI here
            }
            new XlsxSheetWriter().write(sheet, written);
            assertArrayEquals(poi.toByteArray(), written.toByteArray());
        }
    }

    @Test
    void columnLetters() {
        assertEquals(List.of("A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"),
                Stream.of(0, 25, 26, 51, 52, 701, 702).map(SheetParts::column).toList());
    }

    private static void assertSameAsPoi(Sheet sheet) throws IOException {
        ByteArrayOutputStream poi = new ByteArrayOutputStream();
        new XlsxSheetWriter().writeWithPoi(sheet, poi);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        new XlsxSheetWriter().write(sheet, written);
        Map<String, String> expected = parts(poi.toByteArray());
        Map<String, String> actual = parts(written.toByteArray());
        assertEquals(expected.keySet(), actual.keySet());
        for (String name : expected.keySet()) {
            assertEquals(expected.get(name), actual.get(name), name);
        }
        assertArrayEquals(poi.toByteArray(), written.toByteArray(), "the zip");
    }

    private static Map<String, String> parts(byte[] zip) throws IOException {
        Map<String, String> parts = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }
}
