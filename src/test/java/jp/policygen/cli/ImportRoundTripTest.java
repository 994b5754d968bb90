package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trip of import for the forms and formats a body's rule arrives in: the sample prefecture as a 例規 (articles
 * form, revised three times by amending 訓令, so it has four 附則 and a number under its 題名) read from Word and from
 * PDF, and the sample city's booklet (outline form, cover and 改定履歴) read from PDF. Generating from the imported
 * profile must give back every article under its own number with at least 98% of its characters in order, and the
 * 附則, the 改定履歴 and the 別表 must come from the profile's own keys (history, version, adoption, cloud.services).
 */
class ImportRoundTripTest {
    private static final List<String> RULES = List.of("01_情報セキュリティ基本方針", "02_情報セキュリティ対策基準",
            "03_標準準拠システム等のクラウド利用に関する特則");

    @TempDir
    Path dir;

    /** The sample prefecture as a rule in articles form, made in 2015 and revised by three amending 訓令. */
    /** The amended prefecture's rules generated as .docx or .pdf, imported, and the imported profile generated again. */
    private String importTheAmendedRuleAs(String format) throws IOException {
        Path profile = amendedRule();
        Cli gen = Cli.run("generate", profile.toString(), "-o", dir.resolve("gen").toString(), "--format", format + ",md");
        assertEquals(0, gen.status(), gen.err());
        return importAndRegenerate(RULES.stream().map(r -> dir.resolve("gen/ken/" + r + "." + format).toString()).toList());
    }

    private Path amendedRule() throws IOException {
        String profile = Files.readString(Path.of("profiles/kakuu-ken.yaml"))
                .replaceFirst("(?m)^policy:\n", "policy:\n  form: articles\n").replaceAll("(?m)^  form: outline\n", "")
                .replaceAll("(?m)^  version: .*\n", "")
                .replaceAll("(?m)^  history:\n(    - .*?\n)+", """
                          history:
                            - { date: 2015-04-01, note: 制定, adoption: 訓令第5号, adopted: 2015-03-27 }
                            - { date: 2019-05-01, note: 平成30年9月版ガイドラインに準拠して改定, adoption: 訓令第9号 }
                            - { date: 2022-04-01, note: β'モデルへの移行に伴い改定, adoption: 訓令第3号, adopted: 2022-03-25 }
                            - { date: 2026-04-01, note: 令和6年10月版ガイドラインに準拠して改定, adoption: 訓令第21号, adopted: 2026-03-27 }
                        """)
                // the body's own figures: import must read them as parameters, not as replaced clauses
                .replaceFirst("(?m)^features:", "parameters:\n  password_min_length: 14\n  log_retention_years: 5\n"
                        + "  periodic_check: monthly\n\nfeatures:");
        Path p = dir.resolve("ken.yaml");
        Files.writeString(p, profile);
        return p;
    }

    @Test
    void aRuleInArticlesFormFromWordComesBackArticleByArticleWithItsHistoryAndServices() throws IOException {
        String yaml = importTheAmendedRuleAs("docx");

        // the 附則 became the history: the 制定 under the 題名 and each amending 訓令 with its day
        assertTrue(yaml.contains("adoption: \"訓令第5号\"  # 「平成２７年３月２７日　架空県訓令第５号」"), yaml.substring(0, 3000));
        assertTrue(yaml.contains("- { date: 2015-04-01, note: \"制定\", adoption: \"訓令第5号\", adopted: 2015-03-27 }"), yaml);
        assertTrue(yaml.contains("- { date: 2022-04-01, note: \"改正\", adoption: \"訓令第3号\", adopted: 2022-03-25 }"
                + "  # 要確認（改定の内容）: 「附則（令和４年３月２５日訓令第３号）　この訓令は、令和４年４月１日から施行する。」"), yaml);
        // the 別表 became cloud.services, each with the row it came from
        assertTrue(yaml.contains("- { name: \"オープンデータ公開サイト\", ismap: true, confidential: false, purpose: "
                + "\"統計等の公開データの提供\" }  # 「オープンデータ公開サイト　統計等の公開データの提供　機密性１　登録あり」"), yaml);
        assertTrue(yaml.contains("article_numbers: full-width"), yaml.substring(0, 3000));
        assertTrue(yaml.contains("  password_min_length: 14  # パスワードの最小の文字数「パスワードは14文字以上とし、"), yaml);
        assertTrue(yaml.contains("  log_retention_years: 5  # "), yaml);
        assertTrue(yaml.contains("  periodic_check: monthly  # "), yaml);
        assertTrue(yaml.contains("  exception_max_years: 1  # 例外措置を許可する期間の上限「CISOは、1年を超えない範囲で"), yaml);
        assertEquals(List.of(), overrides(yaml), "a rule generated from the catalog needs no override");

        for (String rule : RULES) {
            assertArticlesComeBack(rule);
            Map<String, String> before = ImportCommandTest.sections(dir.resolve("gen/ken/" + rule + ".md"));
            Map<String, String> after = ImportCommandTest.sections(again(rule));
            for (String k : before.keySet()) {
                if (k.startsWith("附則") || k.startsWith("別表")) {
                    assertEquals(before.get(k), after.get(k), rule + " " + k);
                }
            }
        }
    }

    @Test
    void aRuleInArticlesFormFromPdfComesBackArticleByArticle() throws IOException {
        String yaml = importTheAmendedRuleAs("pdf");
        assertTrue(yaml.contains("- { date: 2019-05-01, note: \"改正\", adoption: \"訓令第9号\" }"), yaml);
        for (String rule : RULES) {
            assertArticlesComeBack(rule);
        }
    }

    @Test
    void aBookletFromPdfComesBackSectionBySectionWithItsCoverAndHistory() throws IOException {
        String yaml = ImportCommandTest.importTheSampleCitysStandardAs(dir, "pdf");
        assertTrue(yaml.contains("version: \"第3版\""), yaml.substring(0, 2000));
        assertTrue(yaml.contains("adoption: \"告示第78号\""), yaml.substring(0, 2000));
        assertTrue(yaml.contains("- { date: 2023-04-01, note: \"令和5年3月版ガイドラインに準拠して改定\", version: \"第2版\" }"),
                yaml.substring(0, 2000));
        // a PDF's text layer runs the table's cells together: the services are there, what did not split is 要確認
        assertTrue(yaml.contains("confidential: true, purpose: \"（要確認）\" }  # 要確認（利用の目的）"), yaml);
        // the 別表's name and purpose ran together (above): the 情報政策課 splits them
        Back back = theImportedBookletGeneratedAgain(k -> k.startsWith("別表"));
        assertTrue(back.poor().isEmpty(), "sections below 98%: " + back.poor());
        assertTrue(back.before().containsKey("改定履歴") && back.before().containsKey("附則"), back.before().keySet().toString());
    }

    @Test
    void aBookletFromHtmlComesBackSectionBySection() throws IOException {
        ImportCommandTest.importTheSampleCitysStandardAs(dir, "html");
        Back back = theImportedBookletGeneratedAgain(k -> false);
        assertTrue(back.before().size() > 10, back.before().keySet().toString());
        assertTrue(back.poor().isEmpty(), "sections below 98%: " + back.poor());
    }

    /** The sections of the generated 対策基準, and those that came back with less than 98% of their text in order. */
    private record Back(Map<String, String> before, List<String> poor) {
    }

    /** The imported booklet generated again and compared section by section with the one it was imported from. */
    private Back theImportedBookletGeneratedAgain(java.util.function.Predicate<String> skipped) throws IOException {
        Cli again = Cli.run("generate", dir.resolve("imp/02_情報セキュリティ対策基準.yaml").toString(), "-o",
                dir.resolve("again").toString(), "--format", "md");
        assertEquals(0, again.status(), again.err());
        Map<String, String> before = ImportCommandTest.sections(dir.resolve("gen/kakuu-shi/02_情報セキュリティ対策基準.md"));
        Map<String, String> after = ImportCommandTest.sections(dir.resolve("again/02_情報セキュリティ対策基準/02_情報セキュリティ対策基準.md"));
        List<String> poor = new ArrayList<>();
        for (Map.Entry<String, String> e : before.entrySet()) {
            double r = RoundTrip.inOrder(e.getValue(), after.getOrDefault(e.getKey(), ""));
            if (!skipped.test(e.getKey()) && r < 0.98) {
                poor.add(e.getKey() + " " + Math.round(r * 100) + "%");
            }
        }
        return new Back(before, poor);
    }

    private String importAndRegenerate(List<String> files) throws IOException {
        List<String> args = new ArrayList<>(List.of("import"));
        args.addAll(files);
        args.addAll(List.of("-o", dir.resolve("imp").toString()));
        Cli imp = Cli.run(args.toArray(String[]::new));
        assertEquals(0, imp.status(), imp.err());
        Path yaml = dir.resolve("imp/" + RULES.get(2) + ".yaml");
        Cli again = Cli.run("generate", yaml.toString(), "-o", dir.resolve("again").toString(), "--format", "md");
        assertEquals(0, again.status(), again.err());
        return Files.readString(yaml);
    }

    private Path again(String rule) {
        return dir.resolve("again/" + RULES.get(2) + "/" + rule + ".md");
    }

    /** Each article of the rule is printed again under the same number, with at least 98% of its characters in order. */
    private void assertArticlesComeBack(String rule) throws IOException {
        Map<String, String> before = articles(dir.resolve("gen/ken/" + rule + ".md"));
        Map<String, String> after = articles(again(rule));
        assertTrue(before.size() > 10, rule + ": " + before.size());
        assertEquals(List.copyOf(before.keySet()), List.copyOf(after.keySet()), rule + ": the article numbers");
        List<String> poor = new ArrayList<>();
        before.forEach((number, text) -> {
            double r = RoundTrip.inOrder(text, after.get(number));
            if (r < 0.98) {
                poor.add(number + " " + Math.round(r * 100) + "%");
            }
        });
        assertTrue(poor.isEmpty(), rule + ": articles below 98%: " + poor);
    }

    /** The articles of a generated Markdown file by their numbers (**第３条**), each with its 項 and 号. */
    static Map<String, String> articles(Path md) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Pattern start = Pattern.compile("^\\*\\*(第[０-９0-9]+条(?:の[０-９0-9]+)*)\\*\\*(.*)$");
        String key = null;
        for (String line : Files.readAllLines(md)) {
            Matcher m = start.matcher(line);
            if (m.matches()) {
                key = m.group(1);
                out.put(key, m.group(2));
            } else if (line.startsWith("#") || line.startsWith("　（")) {
                key = null; // a heading or the next article's caption
            } else if (key != null) {
                out.merge(key, line.replaceAll("^- ", "") + "\n", String::concat);
            }
        }
        return out;
    }

    private static List<String> overrides(String yaml) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  ((?:std|bp|basic|cloud|local)\\.[\\w.-]+):  #").matcher(yaml);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
