package jp.policygen.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Section;
import jp.policygen.profile.Parameter;
import jp.policygen.profile.Profile;
import jp.policygen.profile.TestProfiles;
import jp.policygen.resolve.Resolver;

/**
 * No figure the body has to decide is a literal of the catalog: every period, deadline, count and frequency in the
 * rendered 基本方針, 対策基準 and 特則 either changes when the profile's parameters change, or is on the list
 * below with the reason it is not the body's to decide. The documents are rendered twice — with the defaults and
 * with every parameter set to another allowed value — and a figure that stays in the same clause is a literal.
 */
class FiguresTest {
    /** A figure: a number with a unit of time or count, or a word of frequency. */
    private static final Pattern FIGURE = Pattern.compile("[0-9０-９]+(?:か月|箇月|ヶ月|日|時間|年|回|文字|種類|週間|分|桁)"
            + "|[一二三四五六七八九十百]+(?:か月|箇月|ヶ月|日|時間|年|回|週間)|毎月|毎週|毎日|毎業務日|四半期|半期");
    /** Dates and law numbers, which the profile or the law fixes: removed before figures are looked for. */
    private static final Pattern NOT_FIGURES = Pattern.compile(
            "(?:明治|大正|昭和|平成|令和)[0-9０-９元]+年(?:法律第[0-9０-９]+号|[0-9０-９]+月[0-9０-９]+日)"
            + "|[0-9０-９]{4}年[0-9０-９]+月[0-9０-９]+日");

    /** Literal figures that stay, by the clause (or "*" for any clause), each with the reason. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("*|毎年度", "年度ごとの見直し・点検・研修・報告は、団体の予算と組織の年度に合わせた周期で、"
                    + "ガイドラインも年度を単位に求めている（団体が決める数値ではない）"),
            Map.entry("*|一回", "「毎年度一回以上」「…年に一回」の一回: 周期はパラメータ又は毎年度の側にある"),
            Map.entry("std.resilience.internet.security-cloud|24時間", "自治体情報セキュリティクラウドの常時監視"
                    + "（24時間365日）の説明。団体が決める数値ではない"),
            Map.entry("std.resilience.internet.security-cloud|365日", "同上"),
            Map.entry("std.ops.monitoring.implementation|24時間", "自治体情報セキュリティクラウドの常時監視の説明"),
            Map.entry("std.ops.monitoring.implementation|365日", "同上"),
            Map.entry("std.resilience.model.beta-prime.emergency-response|24時間", "休日及び夜間を含め常に連絡が取れる"
                    + "体制の意味。期限ではない"));

    private static final TemplateEngine ENGINE = new TemplateEngine();

    /** Every parameter at a value other than its default. */
    private static String otherValues() {
        StringBuilder sb = new StringBuilder("parameters:\n");
        for (Parameter p : Parameter.ALL) {
            String v;
            if (p.isChoice()) {
                v = p.choices().keySet().stream().filter(k -> !k.equals(p.fallback())).findFirst().orElseThrow();
            } else {
                int d = Integer.parseInt(p.fallback());
                v = Integer.toString(d < p.max() ? d + 1 : d - 1);
            }
            sb.append("  ").append(p.key()).append(": ").append(v).append('\n');
        }
        return sb.toString();
    }

    private static String latest() throws java.io.IOException {
        return Files.readString(Path.of("profiles/kakuu-ken.yaml"), StandardCharsets.UTF_8)
                .replace("guideline: \"2024-10\"", "guideline: \"2025-03\"")
                .replace("  screen_transfer: false\n", "  screen_transfer: false\n  mynumber_screen_transfer: true\n")
                .replace("\nfeatures:\n", "\nfeatures:\n  wireless_lan_mynumber: true\n");
    }

    private static Map<String, List<String>> figures(Profile p) {
        Map<String, List<String>> out = new HashMap<>();
        for (Document d : new Resolver(ENGINE).resolve(p, TestProfiles.CATALOG.edition(p.guideline())).policy()
                .documents()) {
            if (d.kind() != DocumentKind.BASIC_POLICY && d.kind() != DocumentKind.STANDARD
                    && d.kind() != DocumentKind.CLOUD_PROVISIONS) {
                continue;
            }
            for (Section s : d.flatten()) {
                if (s.origin() != jp.policygen.policy.Origin.GUIDELINE) {
                    continue; // the body's own words (overrides) are its own figures
                }
                String text = NOT_FIGURES.matcher(s.title() + "\n" + s.plainText()).replaceAll("");
                Matcher m = FIGURE.matcher(text);
                List<String> found = new ArrayList<>();
                while (m.find()) {
                    found.add(m.group());
                }
                out.put(s.id(), found);
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"kakuu-ken.yaml", "kakuu-machi.yaml", "kakuu-mura.yaml", "kakuu-shi.yaml", "2025-03"})
    void everyFigureInTheDocumentsIsAParameterOrOnTheListWithItsReason(String sample) throws Exception {
        // 2025-03: the β' prefecture under the latest edition with both of its choices, so its new clauses are read
        String yaml = sample.equals("2025-03") ? latest() : Files.readString(Path.of("profiles", sample), StandardCharsets.UTF_8);
        assertTrue(!yaml.contains("\nparameters:"), "the sample leaves every parameter at its default");
        Map<String, List<String>> defaults = figures(TestProfiles.profile(yaml));
        Map<String, List<String>> others = figures(TestProfiles.profile(yaml + "\n" + otherValues()));
        List<String> literals = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : defaults.entrySet()) {
            List<String> a = e.getValue();
            List<String> b = others.getOrDefault(e.getKey(), List.of());
            List<String> unchanged = new ArrayList<>();
            if (a.size() == b.size()) {
                for (int i = 0; i < a.size(); i++) { // figure by figure, so that two parameters swapping words show
                    if (a.get(i).equals(b.get(i))) {
                        unchanged.add(a.get(i));
                    }
                }
            } else {
                List<String> rest = new ArrayList<>(b);
                a.stream().filter(rest::remove).forEach(unchanged::add);
            }
            for (String f : unchanged) {
                if (!ALLOWED.containsKey("*|" + f) && !ALLOWED.containsKey(e.getKey() + "|" + f)) {
                    literals.add(e.getKey() + "|" + f);
                }
            }
        }
        assertEquals(List.of(), literals, sample + ": figures written into the catalog that the body should decide");
    }
}
