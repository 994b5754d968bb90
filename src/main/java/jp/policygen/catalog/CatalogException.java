package jp.policygen.catalog;

/** The shipped catalog is broken: a defect of ours, not of the user's input. */
public final class CatalogException extends RuntimeException {
    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
