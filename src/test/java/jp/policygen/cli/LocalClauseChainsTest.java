package jp.policygen.cli;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Section;
import jp.policygen.profile.Finding;
import jp.policygen.profile.TestProfiles;
import jp.policygen.resolve.Resolver;

/**
 * A clause of the body's own never vanishes: a chain of them lands in order after the first, one after an omitted
 * clause lands where that clause stood, and one that cannot be placed is an error with file:line:col — in every
 * command that reads the profile.
 */
class LocalClauseChainsTest {
    @TempDir
    Path dir;

    private static final String CHAIN = """
            overrides:
              local.c:
                insert: { after: local.b, title: 第三の独自条項, text: "三つ目の本文。" }
                reason: 独自
              local.a:
                insert: { after: std.org.system-staff, title: 第一の独自条項, text: "一つ目の本文。" }
                reason: 独自
              local.b:
                insert: { after: local.a, title: 第二の独自条項, text: "二つ目の本文。" }
                reason: 独自
            """;

    private static Document standard(String yaml) {
        Resolver.Result r = new Resolver(new TemplateEngine()).resolve(TestProfiles.profile(yaml),
                TestProfiles.CATALOG.edition(EditionId.of("2024-10")));
        assertEquals(List.of(), r.errors());
        return r.policy().documents().stream().filter(d -> d.kind() == DocumentKind.STANDARD).findFirst().orElseThrow();
    }

    private static String numberOf(Document d, String id) {
        return d.flatten().stream().filter(s -> s.id().equals(id)).map(Section::number).findFirst().orElse("(none)");
    }

    @Test
    void aChainOfLocalClausesLandsInOrderAfterTheFirst() {
        Document d = standard(TestProfiles.MINIMAL + CHAIN);
        assertEquals("1(7)", numberOf(d, "local.a"));
        assertEquals("1(8)", numberOf(d, "local.b"));
        assertEquals("1(9)", numberOf(d, "local.c"));
        assertEquals("1(10)", numberOf(d, "std.org.committee"));
    }

    @Test
    void anInsertAfterAnOmittedClauseLandsWhereItStood() {
        Document d = standard(TestProfiles.MINIMAL + CHAIN.replace("overrides:\n", """
                overrides:
                  std.org.system-staff: { omit: true, reason: 置かないため }
                """));
        assertEquals("(none)", numberOf(d, "std.org.system-staff"));
        assertEquals("1(6)", numberOf(d, "local.a"), "in the omitted 1(6)'s place");
        assertEquals("1(7)", numberOf(d, "local.b"));
        assertEquals("1(8)", numberOf(d, "local.c"));
    }

    @Test
    void generatePrintsTheChainInTheDocument() throws IOException {
        Path profile = TestProfiles.write(dir, "chain.yaml", TestProfiles.MINIMAL + CHAIN);
        Cli r = Cli.run("generate", profile.toString(), "-o", dir.resolve("out").toString(), "--format", "html");
        assertEquals(0, r.status(), r.err());
        assertFalse(r.err().contains("反映されません"), r.err());
        Path html;
        try (var s = Files.list(dir.resolve("out/chain"))) {
            html = s.filter(p -> p.getFileName().toString().contains("対策基準")).findFirst().orElseThrow();
        }
        String text = Files.readString(html);
        int a = text.indexOf("第一の独自条項");
        int b = text.indexOf("第二の独自条項");
        int c = text.indexOf("第三の独自条項");
        assertTrue(a > 0 && a < b && b < c, "in order: " + a + " " + b + " " + c);
    }

    @Test
    void anInsertAfterAnUnknownLocalClauseIsAnErrorAtItsAfter() throws IOException {
        Path profile = TestProfiles.write(dir, "typo.yaml", TestProfiles.MINIMAL + CHAIN.replace("after: local.a", "after: local.aa"));
        for (String[] args : List.of(new String[] {"generate", profile.toString(), "-o", dir.resolve("out").toString()},
                new String[] {"check", profile.toString()},
                new String[] {"upgrade", profile.toString(), "-o", dir.resolve("out").toString()})) {
            Cli r = Cli.run(args);
            assertEquals(args[0].equals("check") ? 1 : 2, r.status(), args[0] + ": " + r.err()); // check: found problems
            assertTrue((r.err() + r.out()).contains(profile + ":26:22: エラー: 'local.aa' という独自の条項はこのプロファイルにありません。"
                    + "'local.a' ですか？\n"), r.err());
        }
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
    }

    @Test
    void aCycleOfLocalClausesIsAnError() throws IOException {
        Path profile = TestProfiles.write(dir, "cycle.yaml", TestProfiles.MINIMAL + CHAIN
                .replace("after: std.org.system-staff", "after: local.c"));
        Cli r = Cli.run("generate", profile.toString(), "-o", dir.resolve("out").toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains(profile + ":20:22: エラー: 独自の条項の after をたどると元に戻ります"
                + "（local.c → local.b → local.a → local.c）。置く場所が決まらないため、どれか1つの after に"
                + "ガイドラインの条項IDを書いてください。\n"), r.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void anInsertThatCannotBePlacedIsAnErrorInEveryCommand() throws IOException {
        Path profile = TestProfiles.write(dir, "nowhere.yaml", TestProfiles.MINIMAL + """
                overrides:
                  local.cloud-note:
                    insert: { after: cloud.purpose, title: クラウドの独自条項, text: "本文。" }
                    reason: 独自
                """);
        String expected = profile + ":19:3: エラー: 独自の条項 'local.cloud-note' を置く場所がありません。"
                + "after の 'cloud.purpose' は、このプロファイルの設定（ネットワークモデルや機能）では作成されない文書の"
                + "条項です。作成される文書の条項IDを after に書いてください（条項IDの一覧は「policygen sections --profile "
                + profile + "」で確かめられます）。\n";
        for (String[] args : List.of(new String[] {"generate", profile.toString(), "-o", dir.resolve("out").toString()},
                new String[] {"diff", profile.toString(), profile.toString(), "-o", dir.resolve("out").toString()},
                new String[] {"upgrade", profile.toString(), "-o", dir.resolve("out").toString()})) {
            Cli r = Cli.run(args);
            assertEquals(2, r.status(), args[0] + ": " + r.err());
            assertTrue(r.err().contains(expected), args[0] + ": " + r.err());
        }
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
        Cli check = Cli.run("check", profile.toString());
        assertTrue(check.err().contains(expected) || check.out().contains(expected), check.err() + check.out());
        assertEquals(1, check.status(), "check found a problem");
    }

    @Test
    void resolverReportsTheUnplacedInsertAsAnError() {
        Resolver.Result r = new Resolver(new TemplateEngine()).resolve(TestProfiles.profile(TestProfiles.MINIMAL + """
                overrides:
                  local.cloud-note:
                    insert: { after: cloud.purpose, title: クラウドの独自条項, text: "本文。" }
                    reason: 独自
                """), TestProfiles.CATALOG.edition(EditionId.of("2024-10")));
        assertEquals(List.of("insert-not-placed"), r.errors().stream().map(Finding::code).toList());
    }
}
