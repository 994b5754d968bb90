package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jp.policygen.profile.TestProfiles;

/** {@code sections --profile P [--grep WORD]}: the body's own clauses with the numbers its documents print. */
class SectionsProfileTest {
    @TempDir
    Path dir;

    private Path profile(String yaml) throws IOException {
        return TestProfiles.write(dir, "p.yaml", yaml);
    }

    @Test
    void listsTheBodysClausesWithPrintedNumbersTitlesAndExcerpts() throws IOException {
        Cli r = Cli.run("sections", "--profile", profile(TestProfiles.MINIMAL
                + "overrides:\n  std.physical.servers.offsite: { omit: true, reason: 庁外に設置しない }\n").toString());
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("対策基準 6.2\tstd.tech.access-control\tアクセス制御\t")),
                r.out());
        assertTrue(lines.stream().noneMatch(l -> l.contains("std.physical.servers.offsite")), "omitted: not listed");
        String definition = lines.stream().filter(l -> l.contains("\tbasic.definitions.network\t")).findFirst()
                .orElseThrow();
        assertEquals("基本方針 2(1)\tbasic.definitions.network\tネットワーク…\tネットワーク　コンピュータ等を相互に接続するための"
                + "通信回線、通信回線装置その他の…", definition, "an untitled item is named by its first words");
    }

    @Test
    void articleFormPrintsArticleNumbersAndGrepFindsBodyTextFullOrHalfWidth() throws IOException {
        Path p = profile(TestProfiles.MINIMAL.replace("policy:\n", "policy:\n  form: articles\n"));
        Cli r = Cli.run("sections", "--profile", p.toString(), "--grep", "ＬＧＷＡＮ接続系");
        assertEquals(0, r.status(), r.err());
        List<String> lines = r.out().lines().toList();
        assertFalse(lines.isEmpty());
        for (String l : lines) {
            String[] f = l.split("\t");
            assertTrue(f[0].matches("(基本方針|対策基準|特則) 第[0-9０-９]+(章|条).*|権限・責任等一覧表 .*"), l);
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches("基本方針 第[2２]条（[0-9０-９]+）\tbasic.definitions.lgwan-segment\t"
                + "LGWAN接続系…\tLGWAN接続系　.*")), r.out());
        Cli none = Cli.run("sections", "--profile", p.toString(), "--grep", "存在しない言葉");
        assertEquals(0, none.status());
        assertEquals("", none.out());
        assertEquals("「存在しない言葉」を含む条項は、この団体の文書にありません。" + System.lineSeparator(), none.err());
    }

    @Test
    void grepWithoutAProfileSearchesTheCatalogsIdsAndTitles() {
        Cli r = Cli.run("sections", "--grep", "access-control");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().lines().allMatch(l -> l.contains("access-control")), r.out());
        assertTrue(r.out().lines().count() > 3, r.out());
    }

    @Test
    void aProfileWithErrorsIsBadInput() throws IOException {
        Cli r = Cli.run("sections", "--profile", profile(TestProfiles.MINIMAL.replace("model: alpha", "model: beta")).toString());
        assertEquals(2, r.status());
        assertTrue(r.err().endsWith("プロファイルに誤りがあるため、条項を一覧にできません。上のメッセージに従って直してください。"
                + System.lineSeparator()), r.err());
    }

    @Test
    void htmlShowsEachClauseIdOnHover(@TempDir Path out) throws IOException {
        Path p = profile(TestProfiles.MINIMAL);
        assertEquals(0, Cli.run("generate", p.toString(), "-o", out.toString(), "--format", "html").status());
        String html = Files.readString(out.resolve("p/02_情報セキュリティ対策基準.html"));
        assertTrue(html.contains("<h3 title=\"条項ID: std.tech.access-control\">6.2 アクセス制御</h3>"), html.substring(0, 500));
    }

    @Test
    void theRolesTableIsListedByTheIdsItsOverridesTakeAndEachIdListedIsAccepted() throws IOException {
        String overrides = """
                overrides:
                  roles.org.segregation: { omit: true, reason: 兼務を認めないため }
                  roles.org.committee: { title: 情報セキュリティ推進本部の開催, reason: 会議体の名称に合わせるため }
                  local.roles.media-check:
                    insert: { after: roles.physical.devices, title: 私物の媒体の持込みの確認, manager: 確認, staff: 遵守 }
                    reason: 本市独自の確認
                """;
        Cli r = Cli.run("sections", "--profile", profile(TestProfiles.MINIMAL + overrides).toString());
        assertEquals(0, r.status(), r.err());
        List<String[]> roles = r.out().lines().filter(l -> l.startsWith("権限・責任等一覧表 "))
                .map(l -> l.split("\t")).toList();
        assertTrue(roles.size() > 50, r.out());
        assertTrue(roles.stream().noneMatch(f -> f[1].startsWith("roles.duties") || f[1].equals("roles.posts")),
                "no section id an override refuses");
        assertTrue(roles.stream().anyMatch(f -> f[1].equals("roles.org") && f[2].equals("組織体制")), "a group, for after:");
        assertTrue(roles.stream().anyMatch(f -> f[1].equals("roles.org.committee") && f[2].equals("情報セキュリティ推進本部の開催")),
                "a renamed row by its own id");
        assertTrue(roles.stream().noneMatch(f -> f[1].equals("roles.org.segregation")), "an omitted row is not listed");
        int media = -1;
        for (int i = 0; i < roles.size(); i++) {
            media = roles.get(i)[1].equals("local.roles.media-check") ? i : media;
        }
        assertEquals("roles.physical.devices", roles.get(media - 1)[1], "the body's own row where the table prints it");
        // the other side: an override of every row id listed is accepted (a title: each), and renames that row
        StringBuilder all = new StringBuilder("overrides:\n");
        for (String[] f : roles) {
            if (f[1].indexOf('.', "roles.".length()) > 0 && f[1].startsWith("roles.")) {
                all.append("  ").append(f[1]).append(": { title: 変えた").append(f[1].replaceAll("[^a-z]", ""))
                        .append(", reason: 試験 }\n");
            }
        }
        Cli renamed = Cli.run("sections", "--profile", profile(TestProfiles.MINIMAL + all).toString());
        assertEquals(0, renamed.status(), renamed.err());
        assertEquals(roles.stream().filter(f -> f[1].indexOf('.', "roles.".length()) > 0 && f[1].startsWith("roles."))
                .count(), renamed.out().lines().filter(l -> l.startsWith("権限・責任等一覧表 ") && l.contains("\t変えた")).count(),
                renamed.out());
    }
}
