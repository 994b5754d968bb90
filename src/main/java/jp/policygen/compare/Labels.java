package jp.policygen.compare;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.policygen.policy.Digits;
import jp.policygen.policy.Section;

/**
 * The label of a 対照表 row in the 例規 form: the exact 条・項・号 that changed (「第１３条第１７項第３号」), not the
 * clause that holds the change (issue 20 item 5). Where the changes of one row span several 項 (or the caption),
 * the article; several 号 of one 項, that 項. Outline form keeps the clause's number (7.3(2)).
 */
final class Labels {
    /** A clause printed as a 項 of an article: 第１３条第２項, 第３７条の２第３項. */
    static final Pattern PARAGRAPH = Pattern.compile("(第[0-9０-９]+条(?:の[0-9０-９]+)*)第([0-9０-９]+)項");
    private static final Pattern ITEM = Pattern.compile("[（(]?([0-9０-９]+|[一二三四五六七八九十]+)[）)]?");

    private Labels() {
    }

    static String exact(Section s, LineAlignment.Side side) {
        String number = ClauseText.number(s);
        Matcher paragraphClause = PARAGRAPH.matcher(s.number());
        boolean asParagraph = s.label().isEmpty() && paragraphClause.matches();
        if (!s.isArticle() && !asParagraph) {
            return number;
        }
        String article = asParagraph ? paragraphClause.group(1) : s.label();
        Set<Integer> changed = side.changed();
        List<ClauseText.Line> lines = side.lines();
        if (changed.isEmpty() || changed.contains(0) && s.hasTitle() && s.isArticle()) {
            return number; // moved only, or the caption changed: the clause as a whole
        }
        Set<String> paragraphs = new TreeSet<>();
        changed.forEach(k -> paragraphs.add(lines.get(k).paragraph()));
        if (paragraphs.size() > 1) {
            return article;
        }
        String paragraph = paragraphs.iterator().next();
        boolean several = asParagraph || lines.stream().anyMatch(l -> !l.paragraph().isEmpty());
        boolean fullWidth = article.chars().anyMatch(c -> c >= '０' && c <= '９');
        String label = article + (paragraph.isEmpty() ? several ? "第" + digits(1, fullWidth) + "項" : ""
                : "第" + paragraph + "項");
        List<List<String>> items = changed.stream().map(k -> lines.get(k).item()).toList();
        if (items.stream().anyMatch(List::isEmpty)) {
            return label;
        }
        String first = items.get(0).get(0);
        if (items.stream().anyMatch(i -> !i.get(0).equals(first))) {
            return label;
        }
        Matcher m = ITEM.matcher(first);
        if (!m.matches()) {
            return label;
        }
        label += "第" + digits(value(m.group(1)), fullWidth) + "号";
        if (items.stream().allMatch(i -> i.size() > 1 && i.get(1).equals(items.get(0).get(1)))) {
            label += items.get(0).get(1); // 細目: 第３号ア
        }
        return label;
    }

    private static int value(String n) {
        String ascii = Normalizer.normalize(n, Normalizer.Form.NFKC);
        if (Character.isDigit(ascii.charAt(0))) {
            return Integer.parseInt(ascii);
        }
        String digits = "〇一二三四五六七八九";
        int value = 0;
        int digit = 0;
        for (char ch : n.toCharArray()) {
            if (ch == '十') {
                value += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            } else {
                digit = digits.indexOf(ch);
            }
        }
        return value + digit;
    }

    private static String digits(int n, boolean fullWidth) {
        return Digits.of(n, fullWidth);
    }
}
