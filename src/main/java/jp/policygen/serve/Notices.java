package jp.policygen.serve;

import java.security.SecureRandom;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a redirect after an action says on the next page, kept by the server under a random one-time key: the
 * page's message comes from what the server did, never from the URL (a link with ?saved=1 printed 保存しました
 * for a save that never happened). At most a few dozen are kept (a tab closed before the redirect leaves one).
 */
final class Notices {
    private static final int KEPT = 64;
    private final Map<String, String> byKey = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEPT;
        }
    });
    private final SecureRandom random = new SecureRandom();

    /** Keeps a message for the page a redirect leads to; returns the query ("notice=…") that shows it once. */
    String put(String message) {
        byte[] key = new byte[16];
        random.nextBytes(key);
        String k = HexFormat.of().formatHex(key);
        byTheKey(k, message);
        return "notice=" + k;
    }

    private void byTheKey(String k, String message) {
        byKey.put(k, message);
    }

    /** The message an action left for this request's page, once; "" for an unknown or already used key. */
    String take(Request req) {
        String m = byKey.remove(req.param("notice"));
        return m == null ? "" : m;
    }
}
