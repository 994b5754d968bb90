package jp.policygen.render;

import jp.policygen.policy.Section;

/**
 * One line of a document's printed 目次, as the PDF lays it out: the section, how many listed sections it is
 * nested in, its heading as printed, and the page of the PDF its heading is on. The Word writer prints the same
 * lines, so both files list the same 章 and 節 with the same numbers.
 */
public record ContentsEntry(Section section, int depth, String heading, int page) {
}
