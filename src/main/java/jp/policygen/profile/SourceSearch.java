package jp.policygen.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a character occurs in a profile file, as a message names it: line, column and the dotted key of the value
 * it is in. Used for problems found only when a document is made (a character no PDF font has), long after the
 * profile was read.
 */
public final class SourceSearch {
    private SourceSearch() {
    }

    /** One occurrence: 1-based line and column, and the key path (policy.history.note), "" when unknown. */
    public record Place(int line, int column, String key) {
    }

    private static final Pattern KEY = Pattern.compile("^(\\s*)(?:-\\s+)*([^\\s#:\"'{\\[-][^:#]*?|\"[^\"]*\"|'[^']*')\\s*:(?:\\s|$)");
    private static final Pattern INLINE_KEY = Pattern.compile("([^\\s{},:\\[\\]#]+)\\s*:\\s");

    /** Every line of the file holding the character (at most {@code max}); none when the file cannot be read. */
    public static List<Place> find(Path file, int codePoint, int max) {
        List<Place> places = new ArrayList<>();
        String text;
        try {
            YamlSource.Decoded d = YamlSource.decode(Files.readAllBytes(file));
            if (d.text() == null) {
                return places;
            }
            text = d.text();
        } catch (IOException | RuntimeException e) {
            return places;
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        String ch = new String(Character.toChars(codePoint));
        for (int i = 0; i < lines.length && places.size() < max; i++) {
            int at = lines[i].indexOf(ch);
            if (at >= 0) {
                places.add(new Place(i + 1, lines[i].codePointCount(0, at) + 1, keyPath(lines, i, at)));
            }
        }
        return places;
    }

    private static String keyPath(String[] lines, int line, int column) {
        List<String> keys = new ArrayList<>();
        String own = lines[line];
        int indent = own.length() - own.stripLeading().length();
        int from = 0;
        Matcher block = KEY.matcher(own);
        if (block.find() && block.end() <= column) {
            keys.add(unquote(block.group(2)));
            from = block.end();
        }
        Matcher inline = INLINE_KEY.matcher(own.substring(from, column));
        String last = null;
        while (inline.find()) {
            last = inline.group(1);
        }
        if (last != null) {
            keys.add(unquote(last));
        }
        for (int i = line - 1; i >= 0 && indent > 0; i--) {
            Matcher m = KEY.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            int dash = m.group(1).length();
            int keyStart = m.start(2);
            if (keyStart < indent) {
                keys.add(0, unquote(m.group(2)));
                indent = dash;
            } else if (dash < indent) {
                indent = dash; // the list item that holds the value; its key is not part of the path
            }
        }
        return String.join(".", keys);
    }

    private static String unquote(String key) {
        return key.length() >= 2 && (key.startsWith("\"") || key.startsWith("'")) ? key.substring(1, key.length() - 1)
                : key.strip();
    }
}
