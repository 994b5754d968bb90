package jp.policygen.render.md;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;

import jp.policygen.policy.SampleDocuments;

class MarkdownWriterTest {

    @Test
    void hostileTextReadsBackLiterallyThroughACommonMarkParser() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownWriter().write(SampleDocuments.standard(), out);
        String md = out.toString(StandardCharsets.UTF_8);
        assertTrue(md.contains("# 情報セキュリティ対策基準"));
        assertTrue(md.contains("## 1\\. 組織体制"));
        String text = TextContentRenderer.builder().build().render(Parser.builder().build().parse(md));
        assertTrue(text.contains(SampleDocuments.HOSTILE), text);
    }
}
