package jp.policygen.render;

import java.io.IOException;
import java.util.List;

import jp.policygen.policy.Document;

/**
 * Where the headings of a document's 目次 land on the printed page. Word computes page numbers only when the file
 * is opened, so the Word writer prints those of a layout it is given; the PDF writer is the layout the tool uses
 * (the application layer passes it in), and the Word writer never depends on the PDF writer.
 */
public interface ContentsPages {
    /** The lines of the document's 目次 with their pages; none when the document has no 目次. */
    List<ContentsEntry> contents(Document document) throws IOException;
}
