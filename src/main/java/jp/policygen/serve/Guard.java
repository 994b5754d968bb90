package jp.policygen.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * The rules that keep a server on the user's own PC from being used by any web page the user happens to
 * visit: only requests addressed to the loopback address and our port (a DNS-rebinding page names its own
 * host), and on every change a token that only our own pages carry (CSRF), from our own origin.
 */
final class Guard {
    /** Form field carrying the token on every change. */
    static final String TOKEN_FIELD = "_csrf";
    static final int MAX_BODY = 2_000_000;

    private final int port;
    private final String token;

    Guard(int port) {
        this.port = port;
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    String token() {
        return token;
    }

    /** The Host header names the loopback address (or localhost) and our port, nothing else. */
    boolean hostAllowed(String host) {
        if (host == null) {
            return false;
        }
        String h = host.trim().toLowerCase(java.util.Locale.ROOT);
        return h.equals("127.0.0.1:" + port) || h.equals("localhost:" + port);
    }

    /** An Origin header, when the browser sends one, is our own. */
    boolean originAllowed(String origin) {
        if (origin == null) {
            return true;
        }
        String o = origin.trim().toLowerCase(java.util.Locale.ROOT);
        return o.equals("http://127.0.0.1:" + port) || o.equals("http://localhost:" + port);
    }

    /** The token sent with a change equals ours (compared in constant time). */
    boolean tokenValid(List<String> sent) {
        if (sent == null || sent.size() != 1) {
            return false;
        }
        return MessageDigest.isEqual(sent.get(0).getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
