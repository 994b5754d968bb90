package jp.policygen.policy;

import java.util.List;

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

    /** One row of the 改定履歴 table. */
    public record HistoryEntry(String date, String note) {
    }
}
