package jp.policygen.render.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import jp.policygen.policy.Document;
import jp.policygen.policy.SampleDocuments;

class HtmlWriterTest {

    private static String html(Document d) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlWriter().write(d, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void showsTitleBodyDatesAndHeadings() throws IOException {
        String h = html(SampleDocuments.standard());
        assertTrue(h.contains("<html lang=\"ja\">"));
        assertTrue(h.contains("<h1>情報セキュリティ対策基準</h1>"));
        assertTrue(h.contains("<p class=\"body-name\">架空市</p>"));
        assertTrue(h.contains("<dd>令和8年4月1日</dd>"));
        assertTrue(h.contains("<h2 title=\"条項ID: std.org\">1. 組織体制</h2>"), "the clause id on hover");
        assertTrue(h.contains("<h3 title=\"条項ID: std.tech.access-control\">6.1 アクセス制御</h3>"));
        assertTrue(h.contains("<td>平成28年4月1日</td><td>策定</td>"), "改定履歴");
        assertFalse(h.contains("<th scope=\"col\">版</th>"), "no 版 column when no entry names one");
        assertTrue(h.contains("<nav class=\"toc\""), "table of contents");
    }

    @Test
    void escapesHostileTextSoItShowsLiterally() throws IOException {
        String h = html(SampleDocuments.standard());
        assertTrue(h.contains("${7*7}&lt;#assign x=1&gt;&amp;&lt;b&gt;太字&lt;/b&gt;"));
        assertFalse(h.contains("<b>太字"));
    }

    @Test
    void marksOnlyInternalDocuments() throws IOException {
        assertTrue(html(SampleDocuments.standard()).contains("<p class=\"marking\" role=\"note\">取扱注意</p>"));
        assertFalse(html(SampleDocuments.basicPolicy()).contains("取扱注意"));
    }

    @Test
    void sameDocumentGivesSameBytes() throws IOException {
        assertArrayEquals(html(SampleDocuments.standard()).getBytes(StandardCharsets.UTF_8),
                html(SampleDocuments.standard()).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void clausesCarryTheirIdAndUnderlinesAreMarkedInCellsToo() throws IOException {
        String h = html(SampleDocuments.standard());
        assertTrue(h.contains("<section id=\"s-std.org.ciso\""), h);
        String u = html(SampleDocuments.underlined());
        assertTrue(u.contains("<u class=\"double\">第3条</u>"), u);
        assertTrue(u.contains("<td>庁内で<u>暗号化</u>して保管</td>"), u);
    }
}
