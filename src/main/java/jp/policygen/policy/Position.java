package jp.policygen.policy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a provision stands in an adopted 例規: 第２章第１節, 第３７条の２, 第１３条第２項, 第１３条第２項第３号 (号 with
 * 枝番 too: 第３号の２). Each number is a list: the number, then its branch numbers (枝番) — 第３７条の２ is [37, 2].
 * The numbering of a rule as adopted is a map of clause id → position ({@code policy.numbering} of a profile, or
 * read from the earlier version's snapshot); it keeps both the numbers and the structure (which clause is an
 * article, which a 項 of which article).
 *
 * @param chapter   the 章 (empty when the position is below no 章 or is not given one)
 * @param section   the 節 within the 章, or empty
 * @param article   the 条, or empty for a 章 or 節
 * @param paragraph the 項 (1 for the first), 0 when the position is the article itself or a 号 of its first 項
 * @param item      the 号, or empty
 */
public record Position(List<Integer> chapter, List<Integer> section, List<Integer> article, int paragraph,
                       List<Integer> item) {
    public Position {
        chapter = List.copyOf(chapter);
        section = List.copyOf(section);
        article = List.copyOf(article);
        item = List.copyOf(item);
    }

    /** 第３７条の２: the number, the unit, then the branch numbers. */
    private static String unit(String u) {
        return "第(\\d+" + u + "(?:の\\d+)*)";
    }

    private static final Pattern SYNTAX = Pattern.compile("(?:" + unit("章") + ")?(?:" + unit("節") + ")?(?:"
            + unit("条") + "(?:第(\\d+)項)?(?:" + unit("号") + ")?)?");

    /** 第37条の2, 第１３条第２項第３号, 第2章第1節 (full- or half-width digits); empty when it is no such text. */
    public static Optional<Position> parse(String text) {
        String t = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC).replace(" ", "");
        Matcher m = SYNTAX.matcher(t);
        if (t.isEmpty() || !m.matches()) {
            return Optional.empty();
        }
        if (m.group(3) == null && (m.group(4) != null || m.group(5) != null)) {
            return Optional.empty();
        }
        if (m.group(1) == null && m.group(2) != null) {
            return Optional.empty(); // a 節 belongs to a 章
        }
        int paragraph = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        if (m.group(4) != null && paragraph < 1) {
            return Optional.empty();
        }
        Position p = new Position(numbers(m.group(1)), numbers(m.group(2)), numbers(m.group(3)), paragraph,
                numbers(m.group(5)));
        boolean zero = java.util.stream.Stream.of(p.chapter, p.section, p.article, p.item).flatMap(List::stream)
                .anyMatch(n -> n < 1);
        return zero ? Optional.empty() : Optional.of(p);
    }

    private static List<Integer> numbers(String text) {
        List<Integer> out = new ArrayList<>();
        if (text != null) {
            for (String n : text.replaceAll("[章節条号]", "").split("の")) {
                out.add(Integer.parseInt(n));
            }
        }
        return out;
    }

    public boolean isArticle() {
        return !article.isEmpty() && paragraph == 0 && item.isEmpty();
    }

    public boolean isChapterOrSection() {
        return article.isEmpty();
    }

    /** The article's label in the given digits: 第３７条の２. */
    public static String articleLabel(List<Integer> article, java.util.function.IntFunction<String> digits) {
        return label(article, "条", digits);
    }

    /** 37, 2 and 条 → 第３７条の２. */
    public static String label(List<Integer> n, String unit, java.util.function.IntFunction<String> digits) {
        StringBuilder sb = new StringBuilder("第").append(digits.apply(n.get(0))).append(unit);
        for (int i = 1; i < n.size(); i++) {
            sb.append("の").append(digits.apply(n.get(i)));
        }
        return sb.toString();
    }

    /** The position as a profile writes it, in half-width digits: 第37条の2第2項. */
    @Override
    public String toString() {
        java.util.function.IntFunction<String> d = Integer::toString;
        StringBuilder sb = new StringBuilder();
        if (!chapter.isEmpty()) {
            sb.append(label(chapter, "章", d));
        }
        if (!section.isEmpty()) {
            sb.append(label(section, "節", d));
        }
        if (!article.isEmpty()) {
            sb.append(articleLabel(article, d));
        }
        if (paragraph > 0) {
            sb.append("第").append(paragraph).append("項");
        }
        if (!item.isEmpty()) {
            sb.append(label(item, "号", d));
        }
        return sb.toString();
    }
}
