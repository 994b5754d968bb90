package jp.policygen.catalog;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Section;
import jp.policygen.profile.Profile;
import jp.policygen.profile.TestProfiles;
import jp.policygen.resolve.Resolver;

/**
 * The drafting rules of templates/README.md (文例の書き方), checked over the whole catalog: no phrasing a 例規 reviewer
 * would strike out, 並びに / 若しくは only where they rank above 及び / 又は, each law's number the first time only, and
 * 職員等 defined before it is used.
 */
public class ClauseStyleTest {
    /** Every edition's folder (the full one and the deltas, whose texts are ours too), as editions.yaml lists them. */
    private static final List<Path> EDITIONS = jp.policygen.profile.TestProfiles.CATALOG.editionIds().stream()
            .map(id -> Path.of("templates", id.toString())).toList();

    /** Phrases that are not 例規 style, with what to write instead (the message names it). */
    public static final Map<String, String> BANNED = Map.of(
            "前に掲げる", "「これらの」又は「前項各号に掲げる」",
            "前に定める", "「この節に定める」等",
            "以下の定め", "「次に定めるところにより」",
            "ここでいう", "「この場合において、…とみなす」等",
            "（参考）", "拘束力のある見出しに（参考）を付けない",
            "上記", "「前項の」「これらの」",
            "下記", "「次に掲げる」",
            "以下のとおり", "「次のとおり」");

    private static List<Path> files() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path edition : EDITIONS) {
            try (Stream<Path> s = Files.walk(edition)) {
                out.addAll(s.filter(p -> p.toString().endsWith(".ftl") || p.toString().endsWith(".yaml")).sorted()
                        .toList());
            }
        }
        return out;
    }

    @Test
    void theDeltasAreChecked() throws IOException {
        List<Path> files = files();
        for (Path edition : EDITIONS) {
            assertTrue(files.stream().anyMatch(f -> f.startsWith(edition) && f.toString().endsWith(".ftl")), edition.toString());
        }
    }

    @Test
    void noClauseUsesPhrasingOutsideThe例規Style() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : files()) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                for (var e : BANNED.entrySet()) {
                    if (lines.get(i).contains(e.getKey())) {
                        found.add(f + ":" + (i + 1) + ": 「" + e.getKey() + "」→ " + e.getValue());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** Sentences of a body, split at 。 outside parentheses (a definition's 「…という。」 does not end the sentence). */
    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(c);
            if (c == '（' || c == '「') {
                depth++;
            } else if ((c == '）' || c == '」') && depth > 0) {
                depth--;
            } else if ((c == '。' && depth == 0) || c == '\n') {
                out.add(sb.toString());
                sb.setLength(0);
                depth = 0;
            }
        }
        out.add(sb.toString());
        return out;
    }

    @Test
    void higherRankConjunctionsOnlyWhereTheLowerOnesAreUsed() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : files()) {
            if (!f.toString().endsWith(".ftl")) {
                continue;
            }
            for (String s : sentences(Files.readString(f, StandardCharsets.UTF_8))) {
                if (s.contains("並びに") && !s.contains("及び")) {
                    found.add(f + ": 「並びに」は「及び」で結んだ語句を更に結ぶときだけ使う: " + s.strip());
                }
                if (s.contains("若しくは") && !s.contains("又は")) {
                    found.add(f + ": 「若しくは」は「又は」で結ぶ選択の中の小さな選択だけに使う: " + s.strip());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static final List<String> LAWS = List.of("個人情報の保護に関する法律", "不正アクセス行為の禁止等に関する法律",
            "地方公務員法", "地方自治法（", "著作権法", "番号の利用等に関する法律", "サイバーセキュリティ基本法",
            "地方公共団体情報システムの標準化に関する法律");

    /** The samples' documents under each edition (α' has no place in 2023-03, so the town is left out there). */
    private static List<Document> sampleDocuments() {
        Resolver resolver = new Resolver(new TemplateEngine());
        List<Document> out = new ArrayList<>();
        for (EditionId edition : jp.policygen.profile.TestProfiles.CATALOG.editionIds()) {
            for (String sample : List.of("kakuu-mura.yaml", "kakuu-machi.yaml", "kakuu-shi.yaml", "kakuu-ken.yaml")) {
                if (edition.equals(EditionId.of("2023-03")) && sample.equals("kakuu-machi.yaml")) {
                    continue;
                }
                String yaml;
                try {
                    yaml = Files.readString(Path.of("profiles", sample), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                Profile p = TestProfiles.profile(yaml.replace("guideline: \"2024-10\"", "guideline: \"" + edition + "\""));
                out.addAll(resolver.resolve(p, TestProfiles.CATALOG.edition(edition)).policy().documents());
            }
        }
        return out;
    }

    private static String text(Document d) {
        return d.flatten().stream().map(Section::plainText).collect(Collectors.joining("\n"));
    }

    @Test
    void aLawCarriesItsNumberTheFirstTimeOnlyInEachDocument() {
        List<String> found = new ArrayList<>();
        for (Document d : sampleDocuments()) {
            String text = text(d);
            for (String law : LAWS) {
                int first = text.indexOf(law);
                if (first < 0) {
                    continue;
                }
                String at = text.substring(first + law.length(), Math.min(text.length(), first + law.length() + 16));
                if (!(at.startsWith("（") && at.contains("法律第")) && !law.endsWith("（")) {
                    found.add(d.title() + ": " + law + " の最初の引用に法律番号がない: " + at);
                }
                int next = text.indexOf(law, first + 1);
                while (next >= 0) {
                    String after = text.substring(next + law.length(), Math.min(text.length(), next + law.length() + 16));
                    if (after.matches("^（?(昭和|平成|令和)[^）]*法律第.*")) {
                        found.add(d.title() + ": " + law + " に2回目以降も法律番号がある");
                    }
                    next = text.indexOf(law, next + 1);
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void staffAreDefinedBeforeTheTermIsUsed() {
        for (Document d : sampleDocuments()) {
            if (d.kind() != DocumentKind.BASIC_POLICY && d.kind() != DocumentKind.STANDARD) {
                continue;
            }
            String text = text(d);
            int used = text.indexOf("職員等");
            assertTrue(used >= 0, d.title());
            String from = text.substring(used);
            assertTrue(from.startsWith("職員等（") || from.startsWith("職員等」とは"),
                    d.title() + ": 職員等 used before it is defined: " + text.substring(Math.max(0, used - 40), used + 10));
        }
    }
}
