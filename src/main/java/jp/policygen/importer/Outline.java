package jp.policygen.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies the paragraphs a reader found by the numbers they start with and builds the neutral tree. Both forms:
 * 第１章 / 第１条 / ２ / （１）・一 / ア and 1. / 1.1 / (1) / ① / ア. The numbers are read on a copy with full-width
 * digits and brackets made half-width; the text kept is the body's own.
 */
public final class Outline {
    private static final String KANJI_DIGITS = "〇一二三四五六七八九十百";
    private static final String NUM = "([0-9]+|[" + KANJI_DIGITS + "]+)";
    private static final Pattern CHAPTER = Pattern.compile("^第" + NUM + "(章|節|款)\\s*(.*)$");
    /** A 編 of one rule in parts: 「第１編　情報セキュリティ基本方針」, 「第２編　情報セキュリティ対策基準」. */
    private static final Pattern PART = Pattern.compile("^第" + NUM + "編\\s*(.*)$");
    private static final Pattern ARTICLE = Pattern.compile("^(第" + NUM + "条((の[0-9" + KANJI_DIGITS + "]+)*))(?=\\s|\\(|$)\\s*(.*)$");
    private static final Pattern CAPTION = Pattern.compile("^\\((?![0-9]+\\)|[ア-ン]\\))([^。]{1,48})\\)$");
    private static final Pattern PARAGRAPH = Pattern.compile("^([0-9]+)\\s+(\\S.*)$");
    private static final Pattern OUTLINE = Pattern.compile("^([0-9]+(\\.[0-9]+){0,2})\\.?\\s+(\\S.*)$");
    private static final Pattern OUTLINE_DOT = Pattern.compile("^([0-9]+)\\.\\s*(\\D.*)$");
    private static final Pattern ITEM = Pattern.compile("^\\(([0-9]+)\\)\\s*(\\S.*)$");
    private static final Pattern KANJI_ITEM = Pattern.compile("^([一二三四五六七八九十]+)\\s+(\\S.*)$");
    private static final Pattern POINT = Pattern.compile("^([\u2460-\u2473])\\s*(\\S.*)$");
    private static final Pattern SUB = Pattern.compile("^([ア-ン])(?:\\s+|(?=[一-龥ぁ-ん々]))(\\S.*)$");
    private static final Pattern SUBSUB = Pattern.compile("^\\(([ア-ン])\\)\\s*(\\S.*)$");
    /**
     * A line of a 目次: 「第１章　総則（第１条―第５条）」 (with 枝番: 「（第３７条の２－第４０条）」) or an outline heading
     * followed by a page number.
     */
    private static final Pattern TOC = Pattern.compile("(\\(第[0-9" + KANJI_DIGITS + "]+条.{0,2}(第[0-9" + KANJI_DIGITS
            + "]+条)?\\)|\\(第[0-9]+条(の[0-9]+)*[・\\-―~]第[0-9]+条(の[0-9]+)*\\)|[.…・‥]{3,}\\s*[0-9]+)$");

    private Outline() {
    }

    /** Whether a line is the heading of a 編 (one rule in parts): 「第２編　情報セキュリティ対策基準」. */
    static boolean isPart(String line) {
        Matcher m = PART.matcher(ascii(line).strip());
        return m.matches() && m.group(2).length() <= 40 && !line.contains("。");
    }

    /** Whether a 目次 line of a 例規 stops inside its bracket of articles (「…（第２５４条－第２６３」). */
    private static boolean open(String asciiLine) {
        return asciiLine.matches("^第.*\\(第[^)]*$");
    }

    /** Full-width ASCII and the ideographic space made half-width, so one pattern reads both. */
    static String ascii(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                sb.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0' || c == '\t') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The text after a number, as the body wrote it (the original characters, not the half-width copy). */
    private static String rest(String original, String asciiRest) {
        String trimmed = original.strip().replaceFirst("^[\\s\u3000]+", "");
        int cut = trimmed.length() - asciiRest.length();
        return cut >= 0 ? trimmed.substring(cut).replaceFirst("^[\\s\u3000]+", "").strip() : asciiRest;
    }

    public static BodyText parse(String file, String format, List<SourceLine> lines) {
        List<String> preamble = new ArrayList<>();
        List<Builder> units = new ArrayList<>();
        Deque<Builder> stack = new ArrayDeque<>();
        String pendingCaption = "";
        String document = "";
        boolean articles = false;
        boolean inToc = false;
        String firstTocLine = null; // the 目次 ends where its first entry comes again as a heading
        boolean tocWrapped = false; // the 目次 line before ends inside its bracket of articles
        Builder free = null; // 附則 or 別表: everything up to the next document goes to it
        for (SourceLine line : lines) {
            String original = line.text().strip().replaceFirst("^[\\s\u3000]+", "").replaceFirst("[\\s\u3000]+$", "");
            if (original.isEmpty()) {
                continue;
            }
            String s = ascii(original).strip();
            String compact = s.replace(" ", "");
            if (compact.equals("目次")) {
                inToc = true;
                firstTocLine = null;
                continue;
            }
            if (inToc) {
                String entry = compact.replaceFirst("[.…・‥]*[0-9]+$", "");
                if (firstTocLine == null) {
                    firstTocLine = entry;
                    tocWrapped = open(s);
                    continue;
                }
                // the 目次 ends where its first entry comes again as a heading, or at the first line that is no entry
                // (a PDF's 目次 prints 「第１条（目的）　2」, the text then 「（目的）」 over 「第１条　…」). A 例規's
                // entry carries its articles instead of a page (「第２章　組織体制（第３条－第１２条）」), and a PDF
                // may wrap a long one before its closing bracket: the next line is the rest of the entry.
                boolean range = TOC.matcher(s).find();
                boolean wraps = open(s);
                // a 編 is listed without articles when its 章 carry them (「第２編　情報セキュリティ対策基準」)
                boolean entryLine = !entry.equals(compact) || range || wraps || tocWrapped || compact.startsWith("附則")
                        && compact.length() < 40 || PART.matcher(s).matches() && !firstTocLine.startsWith(compact);
                if (!compact.equals(firstTocLine) && !(CHAPTER.matcher(s).matches() && entry.equals(compact) && !range
                        && !wraps && !tocWrapped) && entryLine) {
                    tocWrapped = !tocWrapped && wraps;
                    continue;
                }
                inToc = false;
            }
            if (TOC.matcher(s).find() && s.length() < 80) {
                continue; // a line of the 目次
            }
            if (isDocumentTitle(compact)) {
                document = compact.contains("基本方針") ? "基本方針" : compact.contains("特則") ? "特則" : "対策基準";
                free = null;
                stack.clear();
                inToc = false;
                preamble.add(original);
                continue;
            }
            if (compact.startsWith("附則") && compact.length() < 40 && !compact.contains("。")) {
                free = add(units, stack, Level.SUPPLEMENT, "附則", "", line, document);
                free.caption = original;
                continue;
            }
            if (compact.startsWith("別表") && compact.length() < 60 && !compact.contains("。")) {
                free = add(units, stack, Level.APPENDIX, compact.replaceFirst("^(別表[0-9第一二三四五六七八九十]*).*", "$1"),
                        "", line, document);
                free.caption = original;
                continue;
            }
            if (free != null) {
                free.paragraphs.add(original);
                continue;
            }
            Matcher m;
            if ((m = PART.matcher(s)).matches() && m.group(2).length() <= 40 && !s.contains("。")) {
                // one rule in parts: the 編 says which document its articles belong to, as a title does for two rules
                String title = m.group(2).replace(" ", "");
                document = title.contains("基本方針") ? "基本方針" : title.contains("特則") ? "特則" : "対策基準";
                free = null;
                stack.clear();
                pendingCaption = "";
                preamble.add(original); // and tells the profile the rule is in parts (isPart)
                continue;
            }
            if ((m = CHAPTER.matcher(s)).matches()) {
                Level level = switch (m.group(2)) {
                    case "章" -> Level.CHAPTER;
                    case "節" -> Level.SECTION;
                    default -> Level.SUBSECTION;
                };
                inToc = false;
                Builder b = add(units, stack, level, "第" + m.group(1) + m.group(2), "", line, document);
                b.caption = rest(original, m.group(3));
                continue;
            }
            if ((m = CAPTION.matcher(s)).matches() && !s.contains("。")) {
                pendingCaption = rest(original, s).replaceAll("^[(（]|[)）]$", "");
                continue; // the form is told by 第１条, not by a line in brackets (a wrapped line can be one)
            }
            if ((m = ARTICLE.matcher(s)).matches()) {
                articles = true;
                String text = rest(original, m.group(5));
                String caption = pendingCaption;
                Matcher inline = Pattern.compile("^[(（]([^()（）]{1,40})[)）]\\s*(.*)$").matcher(text);
                if (caption.isEmpty() && inline.matches()) { // 第１条（目的）　この規程は…
                    caption = inline.group(1);
                    text = inline.group(2).replaceFirst("^[\\s\u3000]+", "");
                }
                // the label as printed (第３条 or 第3条: the profile's article_numbers follows it); the copy read has
                // the same length, each character made half-width in place
                String label = original.length() == s.length() ? original.substring(m.start(1), m.end(1)) : m.group(1);
                Builder b = add(units, stack, Level.ARTICLE, label, text, line, document);
                b.caption = caption;
                pendingCaption = "";
                continue;
            }
            pendingCaption = "";
            if (articles && !stack.isEmpty() && stack.peek().level.rank() >= Level.ARTICLE.rank()
                    && (m = PARAGRAPH.matcher(s)).matches()) {
                add(units, stack, Level.PARAGRAPH, m.group(1), rest(original, m.group(2)), line, document);
                continue;
            }
            if (!articles && (m = OUTLINE.matcher(s)).matches() || !articles && (m = OUTLINE_DOT.matcher(s)).matches()) {
                String label = m.group(1);
                String text = rest(original, m.group(m.groupCount()));
                int dots = label.length() - label.replace(".", "").length();
                Level level = dots == 0 ? Level.CHAPTER : dots == 1 ? Level.SECTION : Level.SUBSECTION;
                outlineUnit(units, stack, level, label + (dots == 0 ? "." : ""), text, line, document);
                continue;
            }
            if ((m = ITEM.matcher(s)).matches()) {
                String text = rest(original, m.group(2));
                if (articles) {
                    add(units, stack, Level.ITEM, "(" + m.group(1) + ")", text, line, document);
                } else {
                    outlineUnit(units, stack, Level.ITEM, "(" + m.group(1) + ")", text, line, document);
                }
                continue;
            }
            if (articles && (m = KANJI_ITEM.matcher(s)).matches()) {
                add(units, stack, Level.ITEM, m.group(1), rest(original, m.group(2)), line, document);
                continue;
            }
            if ((m = POINT.matcher(s)).matches()) {
                if (articles) {
                    add(units, stack, Level.POINT, m.group(1), rest(original, m.group(2)), line, document);
                } else {
                    outlineUnit(units, stack, Level.POINT, m.group(1), rest(original, m.group(2)), line, document);
                }
                continue;
            }
            if ((m = SUBSUB.matcher(s)).matches()) {
                add(units, stack, Level.SUBSUB, "(" + m.group(1) + ")", rest(original, m.group(2)), line, document);
                continue;
            }
            if ((m = SUB.matcher(s)).matches() && !stack.isEmpty()) {
                add(units, stack, Level.SUB, m.group(1), rest(original, m.group(2)), line, document);
                continue;
            }
            if (stack.isEmpty()) {
                preamble.add(original);
            } else {
                stack.peek().paragraphs.add(original);
            }
        }
        List<BodyUnit> out = new ArrayList<>();
        for (Builder b : units) {
            out.add(new BodyUnit(out.size(), b.level, b.label, b.number, b.caption, b.paragraphs, b.location, b.document));
        }
        return new BodyText(file, format, preamble, out, articles);
    }

    private static boolean isDocumentTitle(String compact) {
        return compact.length() <= 40 && !compact.contains("。") && !compact.startsWith("第") && !compact.startsWith("(")
                && (compact.endsWith("基本方針") || compact.endsWith("対策基準") || compact.endsWith("特則")
                || compact.endsWith("ポリシー"));
    }

    /** An outline item is a heading when it has no sentence (「(1) 最高情報セキュリティ責任者（CISO）」). */
    private static void outlineUnit(List<Builder> units, Deque<Builder> stack, Level level, String label, String text,
                                    SourceLine line, String document) {
        boolean heading = !text.contains("。") && text.length() <= 60;
        Builder b = add(units, stack, level, label, heading ? "" : text, line, document);
        if (heading) {
            b.caption = text;
        }
    }

    private static Builder add(List<Builder> units, Deque<Builder> stack, Level level, String label, String text,
                               SourceLine line, String document) {
        while (!stack.isEmpty() && stack.peek().level.rank() >= level.rank()) {
            stack.pop();
        }
        Builder parent = stack.peek();
        String own = ascii(label);
        String number;
        if (own.matches("[0-9]+(\\.[0-9]+)*\\.?")) {
            number = own.endsWith(".") ? own.substring(0, own.length() - 1) : own; // 5.4 already says chapter 5
        } else if ((level == Level.SECTION || level == Level.SUBSECTION) && parent != null && own.startsWith("第")) {
            number = parent.number + own; // 第２章第１節
        } else if (parent == null || level.rank() <= Level.ARTICLE.rank() && own.startsWith("第")) {
            number = own; // 第３条: article numbers run through the document
        } else if (level == Level.PARAGRAPH) {
            number = parent.number + "第" + own + "項";
        } else if (level == Level.ITEM && parent.level.rank() >= Level.ARTICLE.rank() && parent.number.contains("条")) {
            number = parent.number + "第" + own.replaceAll("[()]", "") + "号";
        } else {
            number = parent.number + own;
        }
        Builder b = new Builder(level, label, number, line.location(), document);
        if (!text.isEmpty()) {
            b.paragraphs.add(text);
        }
        units.add(b);
        stack.push(b);
        return b;
    }

    private static final class Builder {
        final Level level;
        final String label;
        final String number;
        final String location;
        final String document;
        String caption = "";
        final List<String> paragraphs = new ArrayList<>();

        Builder(Level level, String label, String number, String location, String document) {
            this.level = level;
            this.label = label;
            this.number = number;
            this.location = location;
            this.document = document;
        }
    }
}
