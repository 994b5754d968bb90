package jp.policygen.upgrade;

import java.util.List;

import jp.policygen.compare.ChangeKind;
import jp.policygen.policy.Policy;
import jp.policygen.profile.Profile;

/**
 * What moving a profile to a later edition means for that body: the upgraded profile text, what becomes of each
 * local change, the guideline changes its model and features select, and the new keys to decide.
 *
 * @param guidelineBefore the guideline's text for this body under the old edition (no local changes)
 * @param guidelineAfter  the same under the new edition
 */
public record Upgrade(Profile profile, String from, String fromName, String to, String toName, String profileText,
                      List<OverrideResult> overrides, List<Change> changes, List<NewKey> newKeys,
                      Policy guidelineBefore, Policy guidelineAfter) {
    public Upgrade {
        overrides = List.copyOf(overrides);
        changes = List.copyOf(changes);
        newKeys = List.copyOf(newKeys);
    }

    public enum Status {
        UNCHANGED("unchanged", "そのまま適用"), REVIEW("review", "要確認"), REMOVED("removed", "削除された条項");

        private final String json;
        private final String label;

        Status(String json, String label) {
            this.json = json;
            this.label = label;
        }

        public String json() {
            return json;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One local change (override) of the profile.
     *
     * @param newId        the clause that carries it in the new edition (the same id, or the successor; "" if removed)
     * @param successors   every clause of the new edition that continues it (a split gives several)
     * @param oldGuideline the guideline text the change was written against
     * @param newGuideline the guideline text of the new edition at that place ("" when removed)
     * @param local        the body's own text (replace / append), "" for omit
     */
    public record OverrideResult(String id, String newId, Status status, String kind, String reason, String number,
                                 String title, List<String> successors, String oldGuideline, String newGuideline,
                                 String local) {
        public OverrideResult {
            successors = List.copyOf(successors);
        }
    }

    /** A guideline change that reaches this body's documents. */
    public record Change(String id, ChangeKind kind, String number, String title, String topic) {
    }

    /** A profile key the new edition adds: where it was written in the upgraded profile and what to decide. */
    public record NewKey(String key, String edition, String editionName, String suggested, String decide) {
    }
}
