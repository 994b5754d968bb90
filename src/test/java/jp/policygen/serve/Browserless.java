package jp.policygen.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Talks to a running serve as a browser would (cookies are not used: the token is in the page). */
final class Browserless {
    private final ServeApp app;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    Browserless(ServeApp app) {
        this.app = app;
    }

    record Page(int status, String body, String location) {
        /** The value of a hidden input of the page. */
        String hidden(String name) {
            Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(body);
            if (!m.find()) {
                throw new AssertionError("no field " + name + " in the page:\n" + body);
            }
            return m.group(1);
        }

        /** The text inside the element with this id (tags removed, entities of quotes decoded). */
        String textOf(String id) {
            Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</(div|span|p)>", Pattern.DOTALL).matcher(body);
            if (!m.find()) {
                throw new AssertionError("no element " + id);
            }
            String inner = m.group(1);
            // a message div holds <p> elements: take everything up to the div's end
            Matcher div = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</div>", Pattern.DOTALL).matcher(body);
            if (div.find()) {
                inner = div.group(1);
            }
            return inner.replaceAll("<[^>]+>", "").replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&").strip();
        }
    }

    Page get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app.url() + path.substring(1))).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Page(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(""));
    }

    /** A file as the browser downloads it: status, content type, Content-Disposition and bytes. */
    record Download(int status, String contentType, String disposition, byte[] bytes) {
    }

    Download download(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(app.url() + path.substring(1))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Download(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                r.headers().firstValue("Content-Disposition").orElse(""), r.body());
    }

    /** The href of the link whose accessible name (aria-label) is this, as the page writes it. */
    static String link(Page page, String label) {
        Matcher m = Pattern.compile("<a href=\"([^\"]+)\"[^>]*aria-label=\"" + Pattern.quote(label) + "\"").matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no link 「" + label + "」 in the page:\n" + page.body());
        }
        return m.group(1);
    }

    byte[] bytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(app.url() + path.substring(1))).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    /** A form post; fields as name, value, name, value … */
    Page post(String path, String... fields) throws IOException, InterruptedException {
        return postFrom(null, path, fields);
    }

    Page postFrom(String origin, String path, String... fields) throws IOException, InterruptedException {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            pairs.add(enc(fields[i]) + "=" + enc(fields[i + 1]));
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.url() + path.substring(1)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)));
        if (origin != null) {
            b.header("Origin", origin);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Page(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(""));
    }

    /** A file a multipart form sends: its field, its name on the user's PC and its bytes. */
    record FilePart(String field, String name, byte[] bytes) {
    }

    /** A multipart form post, as a browser sends a form with a file input; fields as name, value, name, value … */
    Page postMultipart(String path, List<FilePart> files, String... fields) throws IOException, InterruptedException {
        String boundary = "----policygenTestBoundary7MA4YWxkTrZu0gW";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < fields.length; i += 2) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                    + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (FilePart f : files) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.field() + "\"; filename=\""
                    + f.name() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(f.bytes());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest r = HttpRequest.newBuilder(URI.create(app.url() + path.substring(1)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<String> res = http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Page(res.statusCode(), res.body(), res.headers().firstValue("Location").orElse(""));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A raw GET with a Host header of our choosing (Java's HTTP client will not send a foreign Host). */
    String rawGet(String host, String path) throws IOException {
        try (Socket s = new Socket("127.0.0.1", app.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
