package jp.policygen.render;

import java.io.IOException;
import java.io.OutputStream;

import jp.policygen.policy.Document;
import jp.policygen.policy.Policy;

/**
 * Writes one document of the policy model in one format. A writer only walks the model: it knows nothing of
 * profiles, YAML or templates. Output must be byte-identical for the same document (no clocks, no random ids).
 */
public interface DocumentWriter {

    /** The format name used on the command line and in manifest.json: docx, pdf, html, md. */
    String format();

    /** File extension without the dot. */
    default String extension() {
        return format();
    }

    void write(Document document, OutputStream out) throws IOException;

    /**
     * Writes a document of the given policy. The Word writer also stores the policy's snapshot inside the file, so
     * the file alone can be compared later; other formats write the document alone.
     */
    default void write(Document document, Policy policy, OutputStream out) throws IOException {
        write(document, out);
    }
}
