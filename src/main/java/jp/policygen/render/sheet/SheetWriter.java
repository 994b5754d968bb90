package jp.policygen.render.sheet;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link Sheet} in one format; the same sheet always gives the same bytes. */
public interface SheetWriter {
    /** The format name on the command line, and the file extension: docx, xlsx, html. */
    String format();

    void write(Sheet sheet, OutputStream out) throws IOException;
}
