package jp.policygen.policy;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document says about itself: who adopts it, which version, when it takes effect.
 *
 * @param bodyName  the local body's name (架空市)
 * @param version   版 such as 第3版, or empty
 * @param effective 施行日 in 和暦 (令和8年4月1日)
 * @param adoption  how it is adopted (告示第78号), or empty
 * @param marking   handling mark for every page header (取扱注意), or empty for a published document
 * @param history   改定履歴, oldest first
 * @param form      numbering form
 * @param landscape print on A4 landscape (wide tables such as the 権限・責任等一覧表)
 */
public record DocumentInfo(String bodyName, String version, String effective, String adoption, String marking,
                           List<HistoryEntry> history, NumberingForm form, boolean landscape) {
    public DocumentInfo {
        history = List.copyOf(history);
    }

    /**
     * The info of a paper that goes with the documents (独自変更一覧, 適合表) rather than a rule the body adopts: no
     * 施行日, number or 改定履歴 of its own, so its cover cannot read as if it were adopted; the line under its title
     * (in the place of a 版) says which documents it is about: 第3版（令和8年4月1日施行）の文書についての資料.
     */
    public DocumentInfo asPaper() {
        String when = effective.isEmpty() ? "" : effective + "施行";
        String about = version.isEmpty() ? when : when.isEmpty() ? version : version + "（" + when + "）";
        return new DocumentInfo(bodyName, about.isEmpty() ? "" : about + "の文書についての資料", "", "", marking, List.of(),
                form, landscape);
    }

    /** Whether this is a paper's info ({@link #asPaper()}): a document in force always has its 施行日. */
    public boolean isPaper() {
        return effective.isEmpty();
    }

    private static final Pattern WAREKI = Pattern.compile("(\\p{IsHan}{2})(元|\\d{1,2})年(\\d{1,2})月(\\d{1,2})日");

    /** The 施行日 as a date (令和8年4月1日 → 2026-04-01), or empty when it is no such date. */
    public Optional<LocalDate> effectiveDate() {
        return parseWareki(effective);
    }

    /** 令和8年4月1日 (also 令和元年, full-width digits) → 2026-04-01; empty when the text is no such date. */
    public static Optional<LocalDate> parseWareki(String text) {
        Matcher m = WAREKI.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
        if (!m.find()) {
            return Optional.empty();
        }
        int year = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
        for (JapaneseEra era : JapaneseEra.values()) {
            if (era.getDisplayName(TextStyle.FULL, Locale.JAPAN).equals(m.group(1))) {
                try {
                    return Optional.of(LocalDate.from(JapaneseChronology.INSTANCE.date(era, year,
                            Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)))));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The 改定履歴 as a table: 改定日 and 改定内容, with a 版 column first when any entry names its 版.
     * Every writer prints this same table.
     */
    public Block.Table historyTable() {
        boolean versions = history.stream().anyMatch(h -> !h.version().isEmpty());
        List<String> header = versions ? List.of("版", "改定日", "改定内容") : List.of("改定日", "改定内容");
        List<List<String>> rows = history.stream()
                .map(h -> versions ? List.of(h.version(), h.date(), h.note()) : List.of(h.date(), h.note()))
                .toList();
        return Block.Table.of(header, rows);
    }

    /** One row of the 改定履歴: 和暦 date, what changed, and the 版 it made (or ""). */
    public record HistoryEntry(String date, String note, String version) {
        public HistoryEntry(String date, String note) {
            this(date, note, "");
        }
    }
}
