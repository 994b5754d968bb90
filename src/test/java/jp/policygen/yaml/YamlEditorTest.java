package jp.policygen.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

class YamlEditorTest {

    static final String PROFILE = """
            # 架空町の見本（コメントは残ること）
            guideline: "2024-10"

            municipality:
              name: 架空町   # 団体名
              kind: town
              code: "019984"

            policy:
              effective: 2026-04-01
              history:   # 古い順
                - { date: 2016-04-01, note: 策定 }

            organization:
              csirt: { name: 架空町CSIRT, lead: 総務課長 }

            network:
              model: alpha-prime
              alpha_prime:
                case: file-exchange
              sanitization: [text-extraction, sanitize]

            cloud:
              services:
                - name: Microsoft 365
                  ismap: true
                  purpose: Web会議
            """;

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load(String text) {
        return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    }

    @SuppressWarnings("unchecked")
    private static Object at(String text, Object... path) {
        Object n = load(text);
        for (Object p : path) {
            n = p instanceof Integer i ? ((List<Object>) n).get(i) : ((Map<String, Object>) n).get(p);
        }
        return n;
    }

    private static YamlEditor edit() {
        return new YamlEditor(PROFILE);
    }

    @Test
    void changingAScalarKeepsEveryOtherCharacter() {
        YamlEditor e = edit();
        e.set(List.of("municipality", "name"), "新架空町");
        assertEquals(PROFILE.replace("name: 架空町   # 団体名", "name: 新架空町   # 団体名"), e.text());
    }

    @Test
    void aValueInsideBracesIsChangedInPlace() {
        YamlEditor e = edit();
        e.set(List.of("organization", "csirt", "lead"), "デジタル推進課長");
        assertTrue(e.text().contains("csirt: { name: 架空町CSIRT, lead: デジタル推進課長 }"), e.text());
    }

    @Test
    void aNewKeyGoesAfterItsSiblingsWithTheirIndentation() {
        YamlEditor e = edit();
        e.set(List.of("policy", "marking"), "秘");
        assertTrue(e.text().contains("""
                    - { date: 2016-04-01, note: 策定 }
                  marking: 秘
                """), e.text());
        assertEquals("秘", at(e.text(), "policy", "marking"));
        assertTrue(e.text().startsWith("# 架空町の見本（コメントは残ること）"));
    }

    @Test
    void missingParentsAreWrittenInBlockStyle() {
        YamlEditor e = edit();
        e.set(List.of("features", "telework"), true);
        e.set(List.of("organization", "csirt", "email"), "csirt@example.jp");
        assertEquals(true, at(e.text(), "features", "telework"));
        assertTrue(e.text().endsWith("features:\n  telework: true\n"), e.text());
        assertEquals("csirt@example.jp", at(e.text(), "organization", "csirt", "email"));
    }

    @Test
    void removingTheOnlyKeyRemovesItsParent() {
        YamlEditor e = edit();
        e.remove(List.of("network", "alpha_prime", "case"));
        assertFalse(e.text().contains("alpha_prime"), e.text());
        assertTrue(e.text().contains("  model: alpha-prime\n  sanitization: [text-extraction, sanitize]\n"), e.text());
        e.remove(List.of("organization", "csirt", "lead"));
        assertTrue(e.text().contains("csirt: { name: 架空町CSIRT }"), e.text());
    }

    @Test
    void scalarsAreQuotedOnlyWhenYamlWouldReadThemOtherwise() {
        YamlEditor e = edit();
        e.set(List.of("municipality", "code"), "012345");
        e.set(List.of("policy", "version"), "yes");
        e.set(List.of("policy", "adoption"), "訓令: 第1号 # 注");
        e.set(List.of("policy", "effective"), new YamlEditor.Plain("2026-13-45"));
        assertTrue(e.text().contains("code: \"012345\""), e.text());
        assertTrue(e.text().contains("version: \"yes\""), e.text());
        assertTrue(e.text().contains("effective: 2026-13-45\n"), e.text());
        assertEquals("訓令: 第1号 # 注", at(e.text(), "policy", "adoption"));
        assertEquals("yes", at(e.text(), "policy", "version"));
    }

    @Test
    void multiLineTextIsALiteralBlockAndCanBecomeOneLineAgain() {
        YamlEditor e = edit();
        List<Object> path = List.of("overrides", "std.human.passwords", "replace");
        e.set(path, "パスワードは15文字以上とする。\n\n- 使い回さない");
        e.set(List.of("overrides", "std.human.passwords", "reason"), "規程に合わせるため");
        assertEquals("パスワードは15文字以上とする。\n\n- 使い回さない\n", at(e.text(), "overrides", "std.human.passwords", "replace"));
        assertTrue(e.text().contains("""
                overrides:
                  std.human.passwords:
                    replace: |
                      パスワードは15文字以上とする。

                      - 使い回さない
                    reason: 規程に合わせるため
                """), e.text());
        e.set(path, "一行にする。");
        assertEquals("一行にする。", at(e.text(), "overrides", "std.human.passwords", "replace"));
        assertEquals("規程に合わせるため", at(e.text(), "overrides", "std.human.passwords", "reason"));
        e.set(path, "二行に\n戻す。");
        assertEquals("二行に\n戻す。\n", at(e.text(), "overrides", "std.human.passwords", "replace"));
        e.remove(List.of("overrides", "std.human.passwords"));
        assertEquals(load(PROFILE), load(e.text()));
    }

    @Test
    void listsAreReplacedKeepingTheCommentOnTheKeyLine() {
        YamlEditor e = edit();
        e.set(List.of("network", "sanitization"), List.of("sandbox"));
        assertTrue(e.text().contains("sanitization: [sandbox]\n"), e.text());
        Map<String, Object> h1 = new LinkedHashMap<>();
        h1.put("date", new YamlEditor.Plain("2016-04-01"));
        h1.put("note", "策定");
        Map<String, Object> h2 = new LinkedHashMap<>();
        h2.put("date", new YamlEditor.Plain("2026-04-01"));
        h2.put("note", "改定");
        e.set(List.of("policy", "history"), List.of(h1, h2));
        assertTrue(e.text().contains("""
                  history:   # 古い順
                    - { date: 2016-04-01, note: 策定 }
                    - { date: 2026-04-01, note: 改定 }
                """), e.text());
        e.set(List.of("cloud", "services", 0, "purpose"), "Web会議・メール");
        assertEquals("Web会議・メール", at(e.text(), "cloud", "services", 0, "purpose"));
        assertTrue(e.text().contains("      ismap: true\n      purpose: Web会議・メール\n"), e.text());
    }

    @Test
    void anEntryAppendedToAListOfMappings() {
        YamlEditor e = edit();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", "Box");
        s.put("ismap", true);
        e.set(List.of("cloud", "services", 1), s);
        assertEquals("Box", at(e.text(), "cloud", "services", 1, "name"));
        assertEquals("Microsoft 365", at(e.text(), "cloud", "services", 0, "name"));
    }

    @Test
    void everyEditKeepsTheTextValidYaml() {
        YamlEditor e = edit();
        e.set(List.of("network", "model"), "beta");
        e.remove(List.of("network", "alpha_prime"));
        e.set(List.of("network", "edr"), true);
        e.set(List.of("overrides", "std.physical.servers.offsite", "omit"), true);
        e.set(List.of("overrides", "std.physical.servers.offsite", "reason"), "庁外にサーバを置かないため");
        Map<String, Object> y = load(e.text());
        assertEquals("beta", at(e.text(), "network", "model"));
        assertEquals(true, at(e.text(), "network", "edr"));
        assertEquals(true, at(e.text(), "overrides", "std.physical.servers.offsite", "omit"));
        assertEquals(List.of("guideline", "municipality", "policy", "organization", "network", "cloud", "overrides"),
                List.copyOf(y.keySet()));
    }
}
