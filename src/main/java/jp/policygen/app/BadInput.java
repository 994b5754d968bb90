package jp.policygen.app;

/** A wrong input: the message, for the user, names the file and what to give instead (exit status 2). */
public final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    public BadInput(String message) {
        super(message);
    }
}
