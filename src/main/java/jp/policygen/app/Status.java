package jp.policygen.app;

/** How a job ended, as the command line's exit status says it and the page chooses its notice. */
public enum Status {
    /** Done (warnings alone are still done). */
    OK(0),
    /** The job failed (a file could not be written…); what was there is left as it was. */
    FAILED(1),
    /** The input is wrong (profile, arguments, a refused folder); nothing was written. */
    BAD_INPUT(2);

    private final int code;

    Status(int code) {
        this.code = code;
    }

    /** The exit status of the command line. */
    public int code() {
        return code;
    }
}
