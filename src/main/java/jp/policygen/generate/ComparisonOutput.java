package jp.policygen.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Document document = ComparisonDocument.of(comparison, order);
        List<Path> written = new ArrayList<>();
        List<Map<String, Object>> files = new ArrayList<>();
        try (OutputFolder folder = OutputFolder.open(parent, folderName)) {
            Path dir = folder.staging();
            for (DocumentWriter w : table ? writers : List.<DocumentWriter>of()) {
                String file = FILE_STEM + "." + w.extension();
                try (OutputStream out = Files.newOutputStream(dir.resolve(file))) {
                    w.write(document, out);
                }
                written.add(folder.target().resolve(file));
                files.add(entry(w.format(), file));
            }
            if (amendment != null) {
                for (DocumentWriter w : writers) {
                    String file = jp.policygen.compare.AmendingText.TITLE + "." + w.extension();
                    try (OutputStream out = Files.newOutputStream(dir.resolve(file))) {
                        w.write(amendment, out);
                    }
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
