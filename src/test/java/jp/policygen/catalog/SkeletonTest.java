package jp.policygen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import jp.policygen.profile.Profile;
import jp.policygen.profile.TestProfiles;
import jp.policygen.resolve.Resolver;

/**
 * A body printed from its skeleton (TemplateEngine.Skeleton: its text as it is, its interpolations and calls by
 * FreeMarker) is what FreeMarker prints from the whole template: every sample in both forms resolved against every
 * edition gives the same policy, and every body of every edition that has a skeleton prints the same with each
 * sample's data model.
 */
class SkeletonTest {
    private final TemplateEngine fast = new TemplateEngine();
    private final TemplateEngine freeMarker = new TemplateEngine(false);

    @Test
    void everySampleInEveryEditionAndFormResolvesToTheSamePolicy() throws IOException {
        Catalog catalog = new Catalog();
        Resolver viaSkeletons = new Resolver(fast);
        Resolver viaFreeMarker = new Resolver(freeMarker);
        int policies = 0;
        for (Profile profile : samples()) {
            for (EditionInfo e : catalog.editions()) {
                Edition edition = catalog.edition(e.id());
                assertEquals(viaFreeMarker.resolve(profile, edition), viaSkeletons.resolve(profile, edition),
                        profile.municipality().name() + " " + profile.policy().form() + " " + e.id());
                policies++;
            }
        }
        assertEquals(4 * 2 * catalog.editions().size(), policies);
    }

    @Test
    void everyBodyWithASkeletonPrintsAsTheWholeTemplate() throws IOException {
        List<Path> templates;
        try (Stream<Path> s = Files.walk(Path.of("templates"))) {
            templates = s.filter(p -> p.toString().endsWith(".ftl")).sorted().toList();
        }
        List<Map<String, Object>> models = new ArrayList<>();
        for (Profile p : samples()) {
            models.add(withRuleValues(DataModel.of(p)));
        }
        int skeletons = 0;
        for (Path p : templates) {
            String source = Files.readString(p, StandardCharsets.UTF_8);
            if (TemplateEngine.isPlainText(source) || TemplateEngine.Skeleton.of(source).isEmpty()) {
                continue;
            }
            skeletons++;
            for (Map<String, Object> model : models) {
                assertEquals(freeMarker.freeMarker(p.toString(), source, model), fast.render(p.toString(), source, model),
                        p.toString());
            }
        }
        assertTrue(skeletons > 150, "bodies with a skeleton: " + skeletons);
    }

    @Test
    void bodiesFreeMarkerWouldTreatOtherwiseHaveNoSkeleton() {
        for (String s : List.of("<#if x>a</#if>", "a\n  <@ref \"std.org\"/>  \nb", "\n${body.self}", "a ${x?string('{')} b",
                "a ${\"}\"} b", "a <#-- c --> ${x}", "a #{1} ${x}", "a <@ref x/> b", "a <@other/> b", "a [=x] ${y}",
                "a ${x\n} b", "a <@ref \"x\" paragraph=2/> b", "a ${'x'} b", "a ${\"a${b}\"} b", "a \uFDD6 ${x}")) {
            assertTrue(TemplateEngine.Skeleton.of(s).isEmpty(), s);
        }
        for (String s : List.of("a ${body.self} b", "a <@ref \"std.org\"/> b", "a <@ref id=\"std.org\" paragraph=2/>",
                "${x}\n<@within/>は", "${param.vendorReport?remove_ending(\"に\")}を")) {
            assertFalse(TemplateEngine.Skeleton.of(s).isEmpty(), s);
        }
    }

    /** The parts printed without FreeMarker print as FreeMarker prints them, escapes and odd values included. */
    @Test
    void partsPrintedWithoutFreeMarkerAreWhatFreeMarkerPrints() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("body", new LinkedHashMap<>(Map.of("self", "- 本市|", "n", 3, "flag", true, "list", List.of("a"))));
        model.put("top", "  -x|y");
        for (String s : List.of("前 ${body.self} 後", "前 ${top} 後", "a <@ref \"std.org\"/> b", "a <@ref id=\"-x\" paragraph=02/> b",
                "a <@ref id = \"x.y\"  paragraph = 7 /> b", "a <@ref id=\"x\"/> b", "は<@within/>、${body.self}", "数 ${body.n} 真 ${body.flag?c} 後",
                "列 ${body.list?size} 後")) {
            assertFalse(TemplateEngine.Skeleton.of(s).isEmpty(), s);
            assertEquals(freeMarker.render("t", s, model), fast.render("t", s, model), s);
        }
    }

    @Test
    void aSkeletonFreeMarkerFailsOnGivesTheWholeTemplatesError() {
        Map<String, Object> model = Map.of("a", "x");
        String source = "本文 ${a}、\n次に ${missing} の値";
        CatalogException whole = org.junit.jupiter.api.Assertions.assertThrows(CatalogException.class,
                () -> freeMarker.render("t", source, model));
        CatalogException viaSkeleton = org.junit.jupiter.api.Assertions.assertThrows(CatalogException.class,
                () -> fast.render("t", source, model));
        assertEquals(whole.getMessage(), viaSkeleton.getMessage());
        assertTrue(whole.getMessage().contains("line 2"), whole.getMessage());
        assertNull(TemplateEngine.Skeleton.of(source).orElseThrow().render(fast, model));
    }

    /** The values the resolver adds for a policy's own rules (Resolver.withRuleValues), as any text. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withRuleValues(Map<String, Object> model) {
        Map<String, Object> m = new LinkedHashMap<>(model);
        Map<String, Object> policy = new LinkedHashMap<>((Map<String, Object>) m.get("policy"));
        for (String k : List.of("basicRule", "basicNumber", "standardRule", "standardNumber", "cloudRule", "cloudNumber")) {
            policy.putIfAbsent(k, "規程<" + k + ">");
        }
        m.put("policy", policy);
        return m;
    }

    /** The four samples, each in both forms. */
    private static List<Profile> samples() throws IOException {
        List<Profile> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("profiles"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String yaml = Files.readString(p, StandardCharsets.UTF_8).replace("  form: outline\n", "");
                assertTrue(yaml.contains("\npolicy:\n"), p.toString());
                for (String form : List.of("outline", "articles")) {
                    out.add(TestProfiles.profile(yaml.replace("\npolicy:\n", "\npolicy:\n  form: " + form + "\n")));
                }
            }
        }
        return out;
    }
}
