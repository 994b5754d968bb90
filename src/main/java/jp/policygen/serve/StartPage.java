package jp.policygen.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jp.policygen.serve.ServeApp.Response;

/** The list of profiles, a new profile from a sample, and the page's own files (CSS, script, htmx). */
final class StartPage extends Page {

    static final List<String> SAMPLES = List.of("kakuu-mura", "kakuu-machi", "kakuu-shi", "kakuu-ken");

    StartPage(Site site) {
        super(site);
    }

    Response start(String message) throws IOException {
        Map<String, Object> m = model("プロファイル一覧");
        m.put("profiles", folder.list());
        m.put("folder", folder.dir().toString());
        m.put("samples", SAMPLES);
        m.put("message", message == null ? "" : message);
        return page("start", m);
    }

    Response create(Request req) throws IOException {
        String name = req.field("name").strip();
        String sample = req.field("sample");
        if (!SAMPLES.contains(sample)) {
            return Response.html(400, errorPage(400, "見本を一覧から選んでください。"));
        }
        String text;
        try (InputStream in = StartPage.class.getResourceAsStream("/samples/" + sample + ".yaml")) {
            if (in == null) {
                return Response.html(500, errorPage(500, "見本「" + sample + "」がツールに含まれていません。"));
            }
            // the sample's shape, not the sample body's facts (edition, history, numbers, code, comments)
            text = NewProfile.from(new String(in.readAllBytes(), StandardCharsets.UTF_8), catalog.latestEdition().toString(), name)
                    .text();
        }
        try {
            folder.create(name, text);
        } catch (ProfileFolder.Refused e) {
            Response r = start(e.getMessage());
            return new Response(400, r.contentType(), r.body(), r.headers());
        }
        return Response.redirect("/p/" + ServeApp.encode(name));
    }

    Response asset(String name) throws IOException {
        String resource;
        String type;
        switch (name) {
            case "serve.css" -> {
                resource = "/jp/policygen/serve/assets/serve.css";
                type = "text/css; charset=utf-8";
            }
            case "serve.js" -> {
                resource = "/jp/policygen/serve/assets/serve.js";
                type = "text/javascript; charset=utf-8";
            }
            case "htmx.min.js" -> {
                resource = htmxPath == null ? null : "/" + htmxPath;
                type = "text/javascript; charset=utf-8";
            }
            default -> {
                return Response.html(404, errorPage(404, "このファイルはありません。"));
            }
        }
        if (resource == null) {
            return Response.text(404, "");
        }
        try (InputStream in = StartPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Response.text(404, "");
            }
            return new Response(200, type, in.readAllBytes(), Map.of("Cache-Control", "max-age=3600"));
        }
    }

    /** htmx as its webjar ships it; the version is read from the webjar's own pom.properties. */
    static String htmxResource() {
        try (InputStream in = StartPage.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/htmx.org/pom.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return "META-INF/resources/webjars/htmx.org/" + p.getProperty("version") + "/dist/htmx.min.js";
        } catch (IOException e) {
            return null;
        }
    }
}
