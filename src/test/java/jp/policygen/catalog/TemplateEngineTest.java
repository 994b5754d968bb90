package jp.policygen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class TemplateEngineTest {
    private final TemplateEngine engine = new TemplateEngine();

    /** Every clause body of every edition that the engine prints without FreeMarker is printed as FreeMarker would. */
    @Test
    void bodiesPrintedWithoutFreeMarkerAreExactlyWhatFreeMarkerPrints() throws IOException {
        List<Path> templates;
        try (Stream<Path> s = Files.walk(Path.of("templates"))) {
            templates = s.filter(p -> p.toString().endsWith(".ftl")).sorted().toList();
        }
        int plain = 0;
        for (Path p : templates) {
            String source = Files.readString(p, StandardCharsets.UTF_8);
            if (TemplateEngine.isPlainText(source)) {
                plain++;
                assertEquals(engine.freeMarker(p.toString(), source, Map.of()), engine.render(p.toString(), source, Map.of()),
                        p.toString());
            }
        }
        assertTrue(plain > 100, "most clause bodies are plain text: " + plain + " of " + templates.size());
    }

    @Test
    void anythingFreeMarkerActsOnGoesThroughFreeMarker() {
        for (String s : List.of("${name}", "#{1}", "<#if true>a</#if>", "<@ref \"std.org\"/>", "a <#-- note --> b",
                "[#if true]a[/#if]", "[=name]", "[@ref \"x\"/]")) {
            assertFalse(TemplateEngine.isPlainText(s), s);
        }
        assertTrue(TemplateEngine.isPlainText("職員等は、第1項の定めに従い、情報資産を取り扱わなければならない。\n- 一　 $100 # ＜注＞"));
        assertEquals("a  b", engine.render("t", "a <#-- note --> b", Map.of()));
    }
}
