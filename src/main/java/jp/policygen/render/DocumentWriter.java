package jp.policygen.render;

import java.io.IOException;
import java.io.OutputStream;

import jp.policygen.policy.Document;

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
}
