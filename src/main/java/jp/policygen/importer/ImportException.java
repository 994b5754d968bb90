package jp.policygen.importer;

/** The file cannot be imported: the message says, in Japanese, what is wrong and what to give instead. */
public final class ImportException extends Exception {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
