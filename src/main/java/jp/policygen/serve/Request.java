package jp.policygen.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request as the handlers see it: method, decoded path segments, query and form fields (every value of
 * a repeated field kept in order), and the files of an upload. The body has been read and checked by the {@link Guard} already.
 */
final class Request {
    final String method;
    final List<String> segments;
    final Map<String, List<String>> query;
    final Map<String, List<String>> form;
    final boolean htmx;
    /** The files of a multipart form (the import page's upload); empty for every other form. */
    final List<Multipart.Upload> files;

    Request(String method, String rawPath, String rawQuery, String body, boolean htmx) {
        this(method, rawPath, rawQuery, parse(body), List.of(), htmx);
    }

    Request(String method, String rawPath, String rawQuery, Map<String, List<String>> form, List<Multipart.Upload> files,
            boolean htmx) {
        this.method = method;
        this.segments = segments(rawPath);
        this.query = parse(rawQuery);
        this.form = form;
        this.files = List.copyOf(files);
        this.htmx = htmx;
    }

    private static List<String> segments(String rawPath) {
        List<String> out = new ArrayList<>();
        for (String s : rawPath.split("/")) {
            if (!s.isEmpty()) {
                out.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    static Map<String, List<String>> parse(String encoded) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return out;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return out;
    }

    /** The first value of a form field, or "" when absent. */
    String field(String name) {
        List<String> v = form.get(name);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    /** The last value of a form field (a checkbox after its hidden "false"), or null when absent. */
    String last(String name) {
        List<String> v = form.get(name);
        return v == null || v.isEmpty() ? null : v.get(v.size() - 1);
    }

    List<String> all(String name) {
        return form.getOrDefault(name, List.of());
    }

    String param(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    String segment(int i) {
        return i < segments.size() ? segments.get(i) : "";
    }
}
