package jp.policygen.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The 目次 of a rule (例規 form), as a 法規担当 expects it: one line per 章, its 節 indented under it, each with the
 * articles it holds in brackets and no page number (「第１章　総則（第１条・第２条）」, 「第２章　組織体制（第３条－第１２条）」),
 * then 「附則」. A rule without 章 has no 目次. The 別表 are not listed, as in any 例規's 目次.
 *
 * <p>Made here, from the section tree, so that every writer (PDF, Word, HTML) prints the same lines; the numbers
 * are the labels as the rule prints them (full-width digits, 枝番 such as 第３７条の２ as they stand).
 */
public final class RuleContents {
    /** Between a 章's or 節's number and its title, as 例規 print it. */
    private static final String SPACE = "\u3000";
    /** Between the first and the last of three or more articles. */
    private static final String THROUGH = "－";
    /** Between the two articles of a 章 or 節 that holds two. */
    private static final String AND = "・";
    private static final String SUPPLEMENT = "附則";
    /**
     * A 章's and a 節's number as the rule prints it (第１章, 第2節, 第３章の２). By the number, not the level: the
     * articles of a rule without 章 (the 基本方針) stand at the top level of its tree too.
     */
    private static final Pattern CHAPTER = Pattern.compile("第[0-9０-９]+章(の[0-9０-９]+)*");
    private static final Pattern SECTION = Pattern.compile("第[0-9０-９]+節(の[0-9０-９]+)*");
    /** A part of one rule in parts (policy.rules: one): 第１編, 第２編. */
    private static final Pattern PART = Pattern.compile("第[0-9０-９]+編");

    /**
     * One line of the 目次.
     *
     * @param section the 章, 節 or 附則 listed (the line links to its heading)
     * @param depth   0 for a 章 and the 附則, 1 for a 節; in one rule in parts 0 for a 編, 1 for a 章, 2 for a 節
     * @param label   the number and the space after it (「第１章　」), for hanging a wrapped line under the title
     * @param text    the line as printed: 「第１章　総則（第１条・第２条）」, 「附則」
     */
    public record Line(Section section, int depth, String label, String text) {
    }

    private RuleContents() {
    }

    /**
     * The lines of the document's 目次: none when it is not a rule or has no 章 (or 編). One rule in parts lists its
     * 編 first, each 章 one step in under its 編 (「第２編　情報セキュリティ対策基準」, 「　第１章　総則（第１２条・第１３条）」);
     * a 編 without 章 carries its articles' range itself (「第１編　情報セキュリティ基本方針（第１条－第１１条）」).
     */
    public static List<Line> of(Document document) {
        if (!document.isRule() || document.sections().stream().noneMatch(s -> isChapter(s) || isPart(s))) {
            return List.of();
        }
        List<Line> out = new ArrayList<>();
        boolean supplement = false;
        for (Section s : document.sections()) {
            if (isPart(s)) {
                boolean chapters = s.children().stream().anyMatch(RuleContents::isChapter);
                if (chapters) {
                    out.add(new Line(s, 0, s.label() + SPACE, s.label() + SPACE + s.title()));
                    s.children().stream().filter(RuleContents::isChapter).forEach(c -> chapter(c, 1, out));
                } else {
                    out.add(line(s, 0));
                }
            } else if (isChapter(s)) {
                chapter(s, 0, out);
            } else if (!supplement && s.label().isEmpty() && s.title().startsWith(SUPPLEMENT)) {
                // the original 附則 and those of the amending rules: one line, as a 例規集 prints it
                supplement = true;
                out.add(new Line(s, 0, "", SUPPLEMENT));
            }
        }
        return List.copyOf(out);
    }

    private static void chapter(Section s, int depth, List<Line> out) {
        out.add(line(s, depth));
        for (Section child : s.children()) {
            if (SECTION.matcher(child.label()).matches()) {
                out.add(line(child, depth + 1));
            }
        }
    }

    private static boolean isPart(Section s) {
        return PART.matcher(s.label()).matches();
    }

    private static boolean isChapter(Section s) {
        return CHAPTER.matcher(s.label()).matches();
    }

    private static Line line(Section s, int depth) {
        String label = s.label().isEmpty() ? "" : s.label() + SPACE;
        return new Line(s, depth, label, label + s.title() + range(articles(s)));
    }

    /** 「（第１条）」, 「（第１条・第２条）」, 「（第３条－第１２条）」; nothing for a 章 without articles. */
    static String range(List<String> articles) {
        return switch (articles.size()) {
            case 0 -> "";
            case 1 -> "（" + articles.get(0) + "）";
            case 2 -> "（" + articles.get(0) + AND + articles.get(1) + "）";
            default -> "（" + articles.get(0) + THROUGH + articles.get(articles.size() - 1) + "）";
        };
    }

    /** The numbers of the articles under the section, in order (an article's 項 and 号 are not searched). */
    private static List<String> articles(Section s) {
        List<String> out = new ArrayList<>();
        collect(s, out);
        return out;
    }

    private static void collect(Section s, List<String> out) {
        for (Section child : s.children()) {
            if (child.isArticle()) {
                out.add(child.label());
            } else {
                collect(child, out);
            }
        }
    }
}
