package jp.policygen.importer;

import java.util.List;

/**
 * The neutral tree of a body's policy: what every reader (text, Word, PDF, HTML) gives back, in reading order. The
 * tree is the order of the units and their levels (a unit belongs to the nearest earlier unit of a smaller rank).
 *
 * @param file      the file as named on the command line
 * @param format    the reader that read it (テキスト, Word, PDF, HTML)
 * @param preamble  lines before the first number (title, body name, date and number of the rule)
 * @param units     the numbered provisions in reading order
 * @param articles  whether the body writes in 例規 form (第１条 …) rather than in outline form (1. / (1))
 */
public record BodyText(String file, String format, List<String> preamble, List<BodyUnit> units, boolean articles) {
    public BodyText {
        preamble = List.copyOf(preamble);
        units = List.copyOf(units);
    }

    /** All text of the file, for the facts (name, posts, features) read from it. */
    public String allText() {
        StringBuilder sb = new StringBuilder();
        preamble.forEach(p -> sb.append(p).append('\n'));
        for (BodyUnit u : units) {
            sb.append(u.caption()).append('\n');
            u.paragraphs().forEach(p -> sb.append(p).append('\n'));
        }
        return sb.toString();
    }

    /** The number of characters of text (captions and paragraphs), for the round-trip measure. */
    public int paragraphCount() {
        return units.stream().mapToInt(u -> u.paragraphs().size()).sum();
    }
}
