package jp.policygen.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Policy;
import jp.policygen.profile.TestProfiles;
import jp.policygen.resolve.Resolver;

/** 見え消し (issue 20 item 7): Word's tracked changes, read back as Word and LibreOffice read them. */
class RedlineTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Resolver RESOLVER = new Resolver(new TemplateEngine());
    private static final Policy OLD = policy(TestProfiles.MINIMAL.replace("effective: 2026-04-01",
            "effective: 2025-04-01"));
    private static final Policy NEW = policy(TestProfiles.MINIMAL + """
            overrides:
              std.physical.servers.offsite:
                omit: true
                reason: 庁外に設置しないため
              std.tech.email.security:
                append: |
                  送信前に宛先を確認する。
                reason: 誤送信事案を踏まえて
            """);

    private static Policy policy(String yaml) {
        var p = TestProfiles.profile(yaml);
        return RESOLVER.resolve(p, TestProfiles.CATALOG.edition(p.guideline())).policy();
    }

    @TempDir
    Path dir;

    /** The document.xml's paragraphs as text, with the changes accepted (or rejected). */
    private static List<String> text(byte[] docx, boolean accept) throws Exception {
        byte[] xml = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    xml = in.readAllBytes();
                }
            }
        }
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        NodeList ps = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getElementsByTagNameNS(W, "p");
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            collect(p, accept, line);
            // a paragraph mark that is deleted when accepting (inserted when rejecting) joins the next paragraph
            String dropped = accept ? "del" : "ins";
            NodeList marks = p.getElementsByTagNameNS(W, dropped);
            boolean markDropped = false;
            for (int k = 0; k < marks.getLength(); k++) {
                if (marks.item(k).getParentNode().getLocalName().equals("rPr")
                        && marks.item(k).getParentNode().getParentNode().getLocalName().equals("pPr")) {
                    markDropped = true;
                }
            }
            if (!markDropped) {
                out.add(line.toString());
                line.setLength(0);
            }
        }
        return out;
    }

    private static void collect(Node n, boolean accept, StringBuilder sb) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            String name = c.getLocalName();
            if (name.equals("pPr") || (accept && name.equals("del")) || (!accept && name.equals("ins"))) {
                continue;
            }
            if (name.equals("t") || name.equals("delText")) {
                sb.append(c.getTextContent());
            } else {
                collect(c, accept, sb);
            }
        }
    }

    /** The text a version prints, paragraph by paragraph, as the 見え消し lays it out without changes. */
    private static List<String> plain(Policy p) throws Exception {
        return text(Redline.docx(p, p), true);
    }

    @Test
    void acceptingAllGivesTheNewTextAndRejectingAllTheOld() throws Exception {
        byte[] docx = Redline.docx(OLD, NEW);
        assertArrayEquals(docx, Redline.docx(OLD, NEW), "the same bytes every time");
        assertEquals(plain(NEW), text(docx, true));
        assertEquals(plain(OLD), text(docx, false));
        assertTrue(text(docx, true).stream().anyMatch(l -> l.endsWith("送信前に宛先を確認する。")));
        assertTrue(text(docx, false).stream().noneMatch(l -> l.endsWith("送信前に宛先を確認する。")));
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    @Test
    void libreOfficeOpensItAndReportsTheRevisions() throws Exception {
        Assumptions.assumeTrue(onPath("soffice"), "LibreOffice (.ci/run installs it)");
        Path docx = dir.resolve("見え消し.docx");
        Files.write(docx, Redline.docx(OLD, NEW));
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("lo").toUri(), "--headless",
                "--convert-to", "fodt", "--outdir", dir.toString(), docx.toString()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), log);
        String fodt = Files.readString(dir.resolve("見え消し.fodt"));
        assertTrue(fodt.contains("<text:tracked-changes"), "LibreOffice keeps the changes as changes");
        int insertions = fodt.split("<text:insertion>", -1).length - 1;
        int deletions = fodt.split("<text:deletion>", -1).length - 1;
        assertTrue(insertions > 0 && deletions > 0, "insertions " + insertions + ", deletions " + deletions);
        assertTrue(fodt.contains("<dc:creator>架空市</dc:creator>"), "the author");
        java.util.regex.Matcher date = java.util.regex.Pattern.compile("<dc:date>([^<]*)</dc:date>").matcher(fodt);
        assertTrue(date.find() && date.group(1).startsWith("2026-04-01"), "the date: the new 施行日 " + (date.find(0) ? date.group(1) : "none"));
        assertTrue(fodt.contains("送信前に宛先を確認する。"));
    }
}
