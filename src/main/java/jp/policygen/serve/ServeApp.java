package jp.policygen.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * {@code policygen serve}: a small web application on the user's own PC, for authors who would rather fill
 * in a form than edit YAML.
 *
 * <p>Stack: the JDK's own HTTP server ({@code com.sun.net.httpserver}, no server dependency to ship or
 * patch, bound to 127.0.0.1 only), pages rendered on the server with FreeMarker (already the clause
 * catalog's engine, HTML auto-escaping), and htmx from its webjar for the live preview — every asset inside
 * the jar, so it works offline and needs no JavaScript build.
 *
 * <p>This class is the HTTP layer: it applies the {@link Guard}'s rules to every request, turns every
 * failure into a Japanese page (never a stack trace), and hands the request to {@link Handlers}.
 */
public final class ServeApp implements AutoCloseable {
    /** Seconds a client has to send a request's head and body (a form of 2 MB at most, an upload of 50 MB). */
    static final int REQUEST_SECONDS = 5;
    /** Workers: a browser opens about six connections; the rest is room for stalled ones until they time out. */
    static final int WORKERS = 16;

    private final HttpServer server;
    private final ExecutorService pool;
    private final Guard guard;
    private final Handlers handlers;

    private ServeApp(HttpServer server, ExecutorService pool, Guard guard, Handlers handlers) {
        this.server = server;
        this.pool = pool;
        this.guard = guard;
        this.handlers = handlers;
    }

    /**
     * Starts the server on 127.0.0.1.
     *
     * @param port   the port, or 0 for any free one
     * @param dir    the folder of profiles: the only place profiles are read from and written to
     * @param output where generated documents go (DIR/&lt;profile&gt;/, as {@code generate -o DIR} writes them)
     */
    public static ServeApp start(int port, Path dir, Path output) throws IOException {
        // The JDK server reads a request's head on a worker: connections that send a byte and stall would hold
        // every worker for ever. A request must arrive whole within REQUEST_SECONDS (the server's timer closes the
        // connection), and there are more workers than a browser opens connections, so a stalled client delays
        // others by seconds at most. The JDK reads these once, when its server is first used: set before that,
        // unless the user set them.
        System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", Integer.toString(REQUEST_SECONDS));
        System.getProperties().putIfAbsent("sun.net.httpserver.timerMillis", "500");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 16);
        Guard guard = new Guard(server.getAddress().getPort());
        Handlers handlers = new Handlers(new ProfileFolder(dir), output, guard);
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "policygen-serve");
            t.setDaemon(true);
            return t;
        });
        ServeApp app = new ServeApp(server, pool, guard, handlers);
        server.createContext("/", app::handle);
        server.setExecutor(pool);
        server.start();
        return app;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    /** What a handler answers. */
    record Response(int status, String contentType, byte[] body, Map<String, String> headers) {
        static Response html(int status, String html) {
            return new Response(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
        }

        static Response redirect(String location) {
            return new Response(303, "text/plain; charset=utf-8", new byte[0], Map.of("Location", location));
        }

        static Response text(int status, String text) {
            return new Response(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), Map.of());
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        Response r;
        try {
            r = guarded(ex);
        } catch (Throwable t) { // a mistake of ours: explained, never shown as a stack trace
            StringBuilder chain = new StringBuilder("serve: 内部エラー: " + ex.getRequestMethod() + " " + ex.getRequestURI().getPath());
            for (Throwable c = t; c != null; c = c.getCause()) {
                chain.append(" ← ").append(c);
            }
            System.err.println(chain);
            if (System.getenv("POLICYGEN_DEBUG") != null) {
                t.printStackTrace();
            }
            r = Response.html(500, handlers.errorPage(500, "処理を完了できませんでした（ツールの不具合です。"
                    + t.getClass().getSimpleName() + "）。プロファイルのファイルは変更していません。"
                    + "お手数ですが、操作の手順を添えて開発元に連絡してください。"));
        }
        send(ex, r);
    }

    private Response guarded(HttpExchange ex) throws Exception {
        String method = ex.getRequestMethod();
        if (!guard.hostAllowed(ex.getRequestHeaders().getFirst("Host"))) {
            // DNS rebinding: a page on another host name pointing at 127.0.0.1
            return Response.text(403, "このアドレスからは利用できません。ブラウザで " + "http://127.0.0.1:" + port()
                    + "/ を開いてください。");
        }
        if (!method.equals("GET") && !method.equals("POST") && !method.equals("HEAD")) {
            return Response.text(405, "この操作には対応していません。");
        }
        String body = "";
        if (method.equals("POST")) {
            if (!guard.originAllowed(ex.getRequestHeaders().getFirst("Origin"))) {
                return Response.html(403, handlers.errorPage(403, "ほかのサイトのページからの操作は受け付けません。"));
            }
            String type = ex.getRequestHeaders().getFirst("Content-Type");
            // a file comes only to the import page's upload, which alone takes a multipart form and a body up to the
            // size of a file the tool reads (every other form stays within 2 MB)
            boolean upload = Multipart.is(type) && ImportPage.UPLOAD_PATH.equals(ex.getRequestURI().getPath());
            if (!upload && (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded"))) {
                return Response.html(415, handlers.errorPage(415, "フォームの送信形式が正しくありません。画面を読み込み直してください。"));
            }
            byte[] bytes = readBody(ex.getRequestBody(), upload ? ImportPage.MAX_UPLOAD : Guard.MAX_BODY);
            if (bytes == null) {
                return Response.html(413, handlers.errorPage(413, upload ? ImportPage.TOO_LARGE
                        : "送信された内容が大きすぎます（2 MB まで）。"));
            }
            if (upload) {
                Multipart parts;
                try {
                    parts = Multipart.parse(type, bytes);
                } catch (Multipart.Malformed e) {
                    return Response.html(400, handlers.errorPage(400, e.getMessage()));
                }
                Request req = new Request(method, ex.getRequestURI().getRawPath(), ex.getRequestURI().getRawQuery(),
                        parts.fields(), parts.files(), ex.getRequestHeaders().containsKey("HX-Request"));
                if (!guard.tokenValid(req.form.get(Guard.TOKEN_FIELD))) {
                    return Response.html(403, handlers.errorPage(403, "画面の有効期限が切れたか、ほかのページから送信されたため、"
                            + "受け付けませんでした。画面を読み込み直してから、もう一度操作してください。"));
                }
                return handlers.handle(req);
            }
            body = new String(bytes, StandardCharsets.UTF_8);
        }
        Request req = new Request(method.equals("HEAD") ? "GET" : method, ex.getRequestURI().getRawPath(),
                ex.getRequestURI().getRawQuery(), body, ex.getRequestHeaders().containsKey("HX-Request"));
        if (req.method.equals("POST") && !guard.tokenValid(req.form.get(Guard.TOKEN_FIELD))) {
            return Response.html(403, handlers.errorPage(403, "画面の有効期限が切れたか、ほかのページから送信されたため、"
                    + "受け付けませんでした。画面を読み込み直してから、もう一度操作してください。"));
        }
        return handlers.handle(req);
    }

    private static byte[] readBody(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            if (out.size() > max) {
                // read (and drop) the rest, so the browser gets our message rather than a reset connection
                long dropped = 0;
                while (dropped < 16L * Guard.MAX_BODY && (n = in.read(buf)) > 0) {
                    dropped += n;
                }
                return null;
            }
        }
        return out.toByteArray();
    }

    private static void send(HttpExchange ex, Response r) throws IOException {
        var h = ex.getResponseHeaders();
        h.set("Content-Type", r.contentType());
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "same-origin"); // not no-referrer: the browser would then send "Origin: null"
        h.set("X-Frame-Options", "SAMEORIGIN");
        // htmx and our script come from the jar; the preview's CSS is inline in the document HTML
        h.set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "frame-ancestors 'self'; form-action 'self'; base-uri 'none'");
        r.headers().forEach(h::set);
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(r.status(), head || r.body().length == 0 ? -1 : r.body().length);
        if (!head && r.body().length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(r.body());
            }
        }
        ex.close();
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
