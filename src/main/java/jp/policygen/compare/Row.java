package jp.policygen.compare;

import java.util.List;

import jp.policygen.policy.Run;

/**
 * One row of a 新旧対照表: a clause (or a line of the document's own information, such as its 施行日) as it was
 * and as it is.
 *
 * @param id        the clause's stable id, or document.title / document.version / document.effective /
 *                  document.adoption for the document's own information
 * @param kind      新設, 削除, 変更 or 移動
 * @param oldNumber the number as printed before, "" when new or unnumbered
 * @param newNumber the number as printed now, "" when deleted or unnumbered
 * @param oldText   the whole clause as it was (heading and body), "" when new
 * @param newText   the whole clause as it is, "" when deleted
 * @param oldCell   the 改正前 cell: changed words underlined, unchanged lines shortened to （略）, or （新設）
 * @param newCell   the 改正後 cell, or （削る）
 * @param note      the 備考: the kind, and the body's reason when it changed the guideline's text
 */
public record Row(String id, ChangeKind kind, String oldNumber, String newNumber, String oldText, String newText,
                  List<Run> oldCell, List<Run> newCell, String note) {
    public Row {
        oldCell = List.copyOf(oldCell);
        newCell = List.copyOf(newCell);
    }
}
