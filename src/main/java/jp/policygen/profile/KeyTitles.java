package jp.policygen.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Japanese title of each profile key and the label of each of its allowed values, as
 * schema/profile.schema.json gives them: what a staff member reads in place of the key a YAML author writes
 * (職員数, not municipality.staff). One source for every screen and paper, so they cannot name a field otherwise
 * than the form does.
 */
public final class KeyTitles {
    private static final KeyTitles SCHEMA = load();

    /** A key quoted in a message the way the profile checks quote it: 'municipality.staff'. */
    private static final Pattern QUOTED = Pattern.compile(" ?'([a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_-]*)+|[a-z][a-z0-9_]*)' ?");

    private final Map<String, String> titles;
    private final Map<String, Map<String, String>> labels;

    private KeyTitles(Map<String, String> titles, Map<String, Map<String, String>> labels) {
        this.titles = Map.copyOf(titles);
        this.labels = Map.copyOf(labels);
    }

    /** The titles of the schema shipped in the jar (read once: it never changes while the tool runs). */
    public static KeyTitles schema() {
        return SCHEMA;
    }

    /** The title of a key path as the profile spells it (network.mynumber_screen_transfer → マイナンバー利用事務系の画面転送). */
    public Optional<String> title(String path) {
        return Optional.ofNullable(titles.get(path));
    }

    /** The label of one allowed value (network.model, alpha → αモデル（…）); the value itself when it has none. */
    public String label(String path, String value) {
        return labels.getOrDefault(path, Map.of()).getOrDefault(value, value);
    }

    /**
     * A profile message made for a screen: each key it quotes ('municipality.staff') becomes the key's title in
     * 「」 (「職員数」), without the half-width spaces set around the key (Japanese brackets need none). Keys the schema
     * does not know, and everything else, stay as written.
     */
    public String forStaff(String message) {
        Matcher m = QUOTED.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String title = titles.get(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(title == null ? m.group() : "「" + title + "」"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static KeyTitles load() {
        try (InputStream in = KeyTitles.class.getResourceAsStream("/schema/profile.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("schema/profile.schema.json is not in the jar");
            }
            Map<String, String> titles = new LinkedHashMap<>();
            Map<String, Map<String, String>> labels = new LinkedHashMap<>();
            walk("", new ObjectMapper().readTree(in), titles, labels);
            return new KeyTitles(titles, labels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(String prefix, JsonNode node, Map<String, String> titles,
                             Map<String, Map<String, String>> labels) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = prefix + e.getKey();
            JsonNode p = e.getValue();
            if (p.hasNonNull("title")) {
                titles.put(path, p.get("title").asText());
            }
            JsonNode enumLabels = p.path("x-enum-labels");
            if (enumLabels.isObject()) {
                Map<String, String> l = new LinkedHashMap<>();
                enumLabels.fields().forEachRemaining(x -> l.put(x.getKey(), x.getValue().asText()));
                labels.put(path, Map.copyOf(l));
            }
            walk(path + ".", p, titles, labels);
            // a list of mappings (cloud.services, policy.history): its columns under the list's key
            walk(path + ".", p.path("items"), titles, labels);
        }
    }
}
