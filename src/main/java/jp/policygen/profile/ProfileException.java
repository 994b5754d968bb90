package jp.policygen.profile;

import java.util.List;

/** The profile could not be used: it carries every error found (and the warnings seen on the way). */
public final class ProfileException extends Exception {
    private final transient List<Finding> findings;

    public ProfileException(List<Finding> findings) {
        super(findings.isEmpty() ? "profile error" : findings.get(0).format());
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
