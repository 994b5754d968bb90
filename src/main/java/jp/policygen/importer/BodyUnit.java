package jp.policygen.importer;

import java.util.List;

/**
 * One numbered provision of a body's policy as the reader found it: a 章, 条, 項, 号 or an outline item
 * (1. / 1.1 / (1) / ① / ア), with its caption and its own paragraphs (the text of its sub-items is theirs).
 *
 * @param index      position in reading order
 * @param level      what the number says it is
 * @param label      the number as printed (第３条, ２, （１）, 1.1, ①), "" for text before the first number
 * @param number     the full number as cited (第３条第２項, 6.2(1)①)
 * @param caption    the caption or heading text, "" when none
 * @param paragraphs its own text, one entry per paragraph, without the number
 * @param location   where it stands in the file (行 12, 段落 40, 3ページ), for messages and the report
 * @param document   the document it belongs to (基本方針 / 対策基準 / "" when the file does not say)
 */
public record BodyUnit(int index, Level level, String label, String number, String caption, List<String> paragraphs,
                       String location, String document) {
    public BodyUnit {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The unit's text as one string (paragraphs joined by newlines). */
    public String text() {
        return String.join("\n", paragraphs);
    }

    /** Whether the unit is only a heading (a 章 or an outline title without text of its own). */
    public boolean headingOnly() {
        return paragraphs.isEmpty();
    }
}
