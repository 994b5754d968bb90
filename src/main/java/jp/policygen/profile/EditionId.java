package jp.policygen.profile;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The id of a guideline edition ({@code 2026-03}: the year and month the ministry published it), as profiles,
 * templates/editions.yaml and the CLI write it. A type of its own so that an id is never mixed up with an edition's
 * Japanese name (令和8年3月版, which only the catalog knows) or with any other string; ids order by date.
 * Whether the tool ships an edition is the catalog's question, not this type's.
 */
public record EditionId(int year, int month) implements Comparable<EditionId> {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Comparator<EditionId> BY_DATE =
            Comparator.comparingInt(EditionId::year).thenComparingInt(EditionId::month);

    public EditionId {
        if (year < 1000 || year > 9999 || month < 1 || month > 12) {
            throw new IllegalArgumentException("not an edition id: " + year + "-" + month);
        }
    }

    /** {@code 2026-03}, or empty when the text is not of that form (the caller words the error for its user). */
    public static Optional<EditionId> parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(2));
        return month < 1 || month > 12 ? Optional.empty() : Optional.of(new EditionId(Integer.parseInt(m.group(1)), month));
    }

    /** For ids known to be well formed (tests, the catalog's own files after their check). */
    public static EditionId of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not an edition id: " + text));
    }

    @Override
    public int compareTo(EditionId other) {
        return BY_DATE.compare(this, other);
    }

    public boolean isBefore(EditionId other) {
        return compareTo(other) < 0;
    }

    /** The id as written: {@code 2026-03}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }
}
