package jp.policygen.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import jp.policygen.catalog.Lineage;
import jp.policygen.catalog.TemplateEngine;
import jp.policygen.compare.AmendingText;
import jp.policygen.compare.Comparer;
import jp.policygen.compare.Comparison;
import jp.policygen.compare.ComparisonDocument;
import jp.policygen.law.Conformity;
import jp.policygen.law.ConformityDocument;
import jp.policygen.law.PublicBasicPolicy;
import jp.policygen.policy.Document;
import jp.policygen.policy.Policy;
import jp.policygen.profile.Profile;
import jp.policygen.profile.TestProfiles;
import jp.policygen.render.ContentsEntry;
import jp.policygen.render.ContentsPages;
import jp.policygen.render.RenderOptions;
import jp.policygen.render.json.Snapshot;
import jp.policygen.render.pdf.PdfWriter;
import jp.policygen.resolve.LocalChangesDocument;
import jp.policygen.resolve.Resolver;

/**
 * Word files written without docx4j's package ({@link WordFile}: parts made at build time, our own relationships,
 * content types and core properties) are byte for byte the files docx4j's package and save write: every document
 * generate writes for every sample profile in both forms (with the policy's snapshot inside, and without), the
 * 新旧対照表 and 改め文 of a diff, one writer for many files as a run has (its parts alike made once).
 */
class WordFileTest {
    private static final RenderOptions OPTIONS = RenderOptions.defaults();

    /** The PDF layout's 目次 pages, laid out once per document for both writers. */
    private static final ContentsPages PAGES = new ContentsPages() {
        private final Map<Document, List<ContentsEntry>> laid = new IdentityHashMap<>();
        private final ContentsPages pdf = PdfWriter.pagesOnly(OPTIONS);

        @Override
        public synchronized List<ContentsEntry> contents(Document document) throws IOException {
            List<ContentsEntry> c = laid.get(document);
            if (c == null) {
                c = pdf.contents(document);
                laid.put(document, c);
            }
            return c;
        }
    };
    private static final DocxWriter DIRECT = new DocxWriter(OPTIONS, PAGES);
    private static final DocxWriter DOCX4J = DocxWriter.viaDocx4j(OPTIONS, PAGES);

    private static Resolver.Result resolve(String yaml) {
        Profile p = TestProfiles.profile(yaml);
        return new Resolver(new TemplateEngine()).resolve(p, TestProfiles.CATALOG.edition(p.guideline()));
    }

    private static String sample(String file, String form, String guideline) {
        try {
            String yaml = Files.readString(Path.of("profiles", file));
            if (guideline != null) {
                yaml = yaml.replaceFirst("(?m)^guideline: .*$", "guideline: \"" + guideline + "\"");
            }
            return yaml.replaceAll("(?m)^  form: .*\n", "").replaceFirst("(?m)^policy:\n", "policy:\n  form: " + form + "\n");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every document generate writes for the sample, with the policy whose snapshot goes inside. */
    private static Stream<Arguments> generated(String file, String form) {
        String yaml = sample(file, form, null);
        Profile profile = TestProfiles.profile(yaml);
        Policy policy = resolve(yaml).policy();
        List<Document> documents = new ArrayList<>(policy.documents());
        documents.add(LocalChangesDocument.of(policy));
        documents.add(ConformityDocument.of(policy, profile, Conformity.of(policy, TestProfiles.CATALOG.ordinance())));
        PublicBasicPolicy.of(policy, profile).ifPresent(documents::add);
        return documents.stream().map(d -> Arguments.of(file + " " + form + ": " + d.title(), d, policy));
    }

    static Stream<Arguments> documents() throws IOException {
        List<Arguments> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("profiles"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (String form : List.of("outline", "articles")) {
                    generated(p.getFileName().toString(), form).forEach(all::add);
                }
            }
        }
        // diff's documents: the 新旧対照表 (both column orders) and the 改め文 of the prefecture 2024-10 → 2026-03
        Policy older = resolve(sample("kakuu-ken.yaml", "articles", "2024-10")).policy();
        Policy newer = resolve(sample("kakuu-ken.yaml", "articles", "2026-03")).policy();
        Policy earlier = Comparer.continued(older, Lineage.renamed(TestProfiles.CATALOG, older.edition(), newer.edition()));
        Comparison c = Comparer.compare(earlier, "2024-10", newer, "2026-03");
        for (ComparisonDocument.Order order : ComparisonDocument.Order.values()) {
            all.add(Arguments.of("新旧対照表 " + order, ComparisonDocument.of(c, order), null));
        }
        all.add(Arguments.of("改め文", AmendingText.of(earlier, newer, c), null));
        return all.stream();
    }

    /** A sheet's Word file (check --format docx writes them): the 適合表 of every sample, as a sheet. */
    @ParameterizedTest
    @MethodSource("profiles")
    void sheetsAreTheBytesDocx4jWrites(String file) throws IOException {
        String yaml = sample(file, "outline", null);
        Profile profile = TestProfiles.profile(yaml);
        Policy policy = resolve(yaml).policy();
        var sheet = jp.policygen.law.ConformitySheet.of(policy, profile, Conformity.of(policy, TestProfiles.CATALOG.ordinance()));
        byte[] docx4j = SheetDocxWriter.bytes(sheet, true);
        byte[] direct = SheetDocxWriter.bytes(sheet, false);
        assertEquals(entries(docx4j), entries(direct), file);
        assertArrayEquals(docx4j, direct, file);
    }

    static Stream<String> profiles() {
        return Stream.of("kakuu-ken.yaml", "kakuu-machi.yaml", "kakuu-mura.yaml", "kakuu-shi.yaml");
    }

    private static byte[] written(DocxWriter writer, Document document, Policy policy) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(document, policy == null ? null : Snapshot.bytes(policy), out);
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyWordFileIsTheBytesDocx4jWrites(String name, Document document, Policy policy) throws IOException {
        byte[] snapshot = policy == null ? null : Snapshot.bytes(policy);
        List<ContentsEntry> contents = document.hasFrontMatter() && !document.isRule() ? PAGES.contents(document) : List.of();
        assertNotNull(DIRECT.direct(document, snapshot, contents), name + ": written without docx4j's package");
        byte[] direct = written(DIRECT, document, policy);
        byte[] docx4j = written(DOCX4J, document, policy);
        if (!java.util.Arrays.equals(docx4j, direct)) {
            assertEquals(entries(docx4j), entries(direct), name); // which part differs, readably
        }
        assertArrayEquals(docx4j, direct, name);
        if (policy != null) {
            // and without the snapshot (a writer's plain write)
            assertArrayEquals(written(DOCX4J, document, null), written(DIRECT, document, null), name + " (no snapshot)");
        }
    }

    static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
