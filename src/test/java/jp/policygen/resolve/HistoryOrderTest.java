package jp.policygen.resolve;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.profile.ProfileReader;
import jp.policygen.profile.TestProfiles;
import jp.policygen.render.md.MarkdownWriter;

/**
 * Issue 25 item 8: a history written out of order is warned about, and the documents still come out in date order
 * (the 附則 of each revision and the 改定履歴), never in the order of the file.
 */
class HistoryOrderTest {
    private final Resolver resolver = new Resolver(new TemplateEngine());

    private static final String OUT_OF_ORDER = TestProfiles.MINIMAL.replace("  effective: 2026-04-01\n", """
              effective: 2026-04-01
              form: articles
              adoption: 訓令第12号
              history:
                - { date: 2023-04-01, note: 令和5年3月版ガイドラインに準拠して改定, adoption: 訓令第8号, adopted: 2023-03-28 }
                - { date: 2026-04-01, note: 令和6年10月版ガイドラインに準拠して改定, adoption: 訓令第12号 }
                - { date: 2016-04-01, note: 策定, adoption: 訓令第5号 }
            """);

    @Test
    void anOutOfOrderHistoryIsWarnedAndItsSupplementaryProvisionsComeOutInDateOrder() throws IOException {
        ProfileReader.Result r = TestProfiles.read(OUT_OF_ORDER);
        assertEquals(List.of("test.yaml:12:7: 警告: 改定履歴は古い順に並べてください（2016-04-01 が 2026-04-01 より後にあります）。"),
                r.findings().stream().map(jp.policygen.profile.Finding::format).toList());

        Document standard = resolver.resolve(TestProfiles.profile(OUT_OF_ORDER), TestProfiles.CATALOG.edition(EditionId.of("2024-10")))
                .policy().documents().stream().filter(d -> d.kind() == DocumentKind.STANDARD).findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownWriter().write(standard, out);
        String md = out.toString(StandardCharsets.UTF_8);

        // the 附則 headings as the reader of the Markdown sees them, top to bottom
        Matcher heading = Pattern.compile("(?m)^#+ (附則.*)$").matcher(md);
        List<String> supplements = heading.results().map(m -> m.group(1)).toList();
        assertEquals(List.of("附則", "附則（令和５年３月２８日訓令第８号）", "附則（令和８年４月１日訓令第１２号）"), supplements, md);
        assertTrue(md.contains("この訓令は、平成２８年４月１日から施行する。"),
                "the rule took effect when it was first made, the earliest entry, not the first one in the file: " + md);
        int made = md.indexOf("平成２８年４月１日から施行する");
        int revised2023 = md.indexOf("令和５年４月１日から施行する");
        int revised2026 = md.indexOf("令和８年４月１日から施行する");
        assertTrue(made < revised2023 && revised2023 < revised2026, md);
    }
}
