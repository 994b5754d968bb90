package jp.policygen.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import jp.policygen.io.Futures;
import jp.policygen.compare.Comparison;
import jp.policygen.compare.ComparisonDocument;
import jp.policygen.compare.ComparisonJson;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.DocumentKind;
import jp.policygen.render.DocumentWriter;
import jp.policygen.render.json.Json;

/**
 * Writes a 新旧対照表 in each requested format, with a manifest.json, into {@code parent/name/} all at once
 * (the same staging and commit step as generate): a failed run leaves the folder as it was.
 */
public final class ComparisonOutput {
    /** The file name of the 対照表 in every format. */
    public static final String FILE_STEM = ComparisonDocument.TITLE;

    private ComparisonOutput() {
    }

    /**
     * @param writers the document formats (docx, pdf, html)
     * @param json       whether to write the rows as JSON too
     * @param folderName the folder's name, already safe ({@link OutputFolder#safeName(String, String)})
     * @return the files written, in the target folder
     */
    public static List<Path> write(Comparison comparison, ComparisonDocument.Order order, List<DocumentWriter> writers,
                                   boolean json, Path parent, String folderName) throws IOException {
        return write(comparison, order, writers, json, parent, folderName, true, null, null);
    }

    /**
     * @param table     whether to write the 新旧対照表 (docx, pdf, html as the writers say; json as {@code json} says)
     * @param amendment the 改め文 to write beside it (each writer's format and a .txt), or null
     * @param redline   the 見え消し Word file's bytes, or null
     */
    public static List<Path> write(Comparison comparison, ComparisonDocument.Order order, List<DocumentWriter> writers,
                                   boolean json, Path parent, String folderName, boolean table, Document amendment,
                                   byte[] redline) throws IOException {
        return write(comparison, order, writers, json, parent, folderName, table, amendment, redline, null);
    }

    /**
     * @param second where the PDFs and HTML are written while this thread writes the rest (as the generator splits a
     *               body's files between two cores), or null to write everything on this thread; the files and the
     *               manifest are the same either way
     */
    public static List<Path> write(Comparison comparison, ComparisonDocument.Order order, List<DocumentWriter> writers,
                                   boolean json, Path parent, String folderName, boolean table, Document amendment,
                                   byte[] redline, ExecutorService second) throws IOException {
        Document document = ComparisonDocument.of(comparison, order);
        List<Path> written = new ArrayList<>();
        List<Map<String, Object>> files = new ArrayList<>();
        try (OutputFolder folder = OutputFolder.open(parent, folderName)) {
            Path dir = folder.staging();
            List<Write> writes = new ArrayList<>();
            for (DocumentWriter w : table ? writers : List.<DocumentWriter>of()) {
                String file = FILE_STEM + "." + w.extension();
                writes.add(new Write(document, w, dir.resolve(file)));
                written.add(folder.target().resolve(file));
                files.add(entry(w.format(), file));
            }
            if (amendment != null) {
                for (DocumentWriter w : writers) {
                    String file = jp.policygen.compare.AmendingText.TITLE + "." + w.extension();
                    writes.add(new Write(amendment, w, dir.resolve(file)));
                    written.add(folder.target().resolve(file));
                    files.add(entry(DocumentKind.AMENDMENT, w.format(), file));
                }
                String file = jp.policygen.compare.AmendingText.TITLE + ".txt";
                Files.writeString(dir.resolve(file), jp.policygen.compare.AmendingText.plainText(amendment),
                        java.nio.charset.StandardCharsets.UTF_8);
                written.add(folder.target().resolve(file));
                files.add(entry(DocumentKind.AMENDMENT, "txt", file));
            }
            if (redline != null) {
                String file = jp.policygen.compare.Redline.TITLE + ".docx";
                Files.write(dir.resolve(file), redline);
                written.add(folder.target().resolve(file));
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("document", "tracked-changes");
                m.put("format", "docx");
                m.put("path", file);
                files.add(m);
            }
            if (json && table) {
                String file = FILE_STEM + ".json";
                Files.write(dir.resolve(file), Json.bytes(ComparisonJson.of(comparison)));
                written.add(folder.target().resolve(file));
                files.add(entry("json", file));
            }
            run(writes, second);
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("profile", comparison.newVersion().profile());
            manifest.put("edition", comparison.newVersion().edition());
            // the new version's 版 and 施行日, as generate's manifest has them: a rerun for the same version
            // replaces this folder's files in place
            manifest.put("version", comparison.newVersion().version());
            DocumentInfo.parseWareki(comparison.newVersion().effective())
                    .ifPresent(d -> manifest.put("effective", d.toString()));
            manifest.put("files", files);
            Files.write(dir.resolve("manifest.json"), Json.bytes(manifest));
            written.add(folder.target().resolve("manifest.json"));
            folder.commit();
        }
        return written;
    }

    /** A document in one format, to its file. */
    private record Write(Document document, DocumentWriter writer, Path file) {
        void run() throws IOException {
            try (OutputStream out = Files.newOutputStream(file)) {
                writer.write(document, out);
            }
        }
    }

    /** The formats the generator too writes on its second thread: about as long as the Word files together. */
    private static final java.util.Set<String> SECOND_THREAD = java.util.Set.of("pdf", "html");

    /**
     * Writes every file: PDFs and HTML on {@code second} (when given) while this thread writes the Word files; returns
     * once all are written, so that the staging folder is never removed under a write still running.
     */
    private static void run(List<Write> writes, ExecutorService second) throws IOException {
        List<Write> there = second == null ? List.of()
                : writes.stream().filter(w -> SECOND_THREAD.contains(w.writer().format())).toList();
        Future<?> done = there.isEmpty() ? null : second.submit(() -> {
            for (Write w : there) {
                w.run();
            }
            return null;
        });
        try {
            for (Write w : writes) {
                if (!there.contains(w)) {
                    w.run();
                }
            }
        } catch (IOException | RuntimeException | Error e) {
            if (done != null) {
                try {
                    Futures.await(done);
                } catch (IOException | RuntimeException | Error also) {
                    e.addSuppressed(also);
                }
            }
            throw e;
        }
        if (done != null) {
            Futures.await(done);
        }
    }

    private static Map<String, Object> entry(String format, String path) {
        return entry(DocumentKind.COMPARISON, format, path);
    }

    private static Map<String, Object> entry(DocumentKind kind, String format, String path) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", kind.id());
        m.put("format", format);
        m.put("path", path);
        return m;
    }
}
