package jp.policygen.upgrade;

/** The upgrade cannot be done as asked (a message in Japanese for the user, exit status 2). */
public final class UpgradeException extends Exception {
    public UpgradeException(String message) {
        super(message);
    }
}
