package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 基本方針（公表用）: the 方針 of 地方自治法第244条の6 as published, written by generate after the other documents. */
class PublicBasicPolicyTest {
    @Test
    void thePublishedVersionHasNoHandlingMarkNoHistoryAndTheDayOfPublication(@TempDir Path dir) throws Exception {
        String yaml = Files.readString(Path.of("profiles/kakuu-shi.yaml"), StandardCharsets.UTF_8)
                .replace("policy:\n", "policy:\n  marking: 部外秘\n") + "law:\n  published: 2026-03-31\n";
        Path profile = dir.resolve("shi.yaml");
        Files.writeString(profile, yaml, StandardCharsets.UTF_8);
        Cli r = Cli.run("generate", profile.toString(), "-o", dir.resolve("out").toString(), "--format", "docx,html");
        assertEquals(0, r.status(), r.err());
        Path folder = dir.resolve("out/shi");
        String internal = DocumentText.html(folder.resolve("01_情報セキュリティ基本方針.html"));
        String published = DocumentText.html(folder.resolve("07_情報セキュリティ基本方針（公表用）.html"));
        assertTrue(internal.contains("改定履歴"), "the office's version keeps its 改定履歴");
        assertFalse(published.contains("改定履歴"), published);
        assertFalse(published.contains("部外秘"), "no handling mark");
        assertFalse(published.contains("取扱注意"), "no handling mark");
        assertTrue(published.contains("令和8年3月31日　架空市"), published);
        String word = ConformityTableTest.documentXml(folder.resolve("07_情報セキュリティ基本方針（公表用）.docx"));
        assertTrue(word.contains("令和8年3月31日　架空市"), "the Word file too");
        assertFalse(word.contains("改定履歴"), "the Word file too");
        String manifest = Files.readString(folder.resolve("manifest.json"), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("\"basic-policy-public\""), manifest);
        assertTrue(Files.exists(folder.resolve("05_独自変更一覧.docx")), "the documents before it keep their names");
    }
}
