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
                      Policy guidelineBefore, Policy guidelineAfter, List<Task> tasks) {
    public Upgrade {
        overrides = List.copyOf(overrides);
        changes = List.copyOf(changes);
        newKeys = List.copyOf(newKeys);
        tasks = List.copyOf(tasks);
    }

    /**
     * What the body already knows about this year's revision, given to {@code upgrade} (each optional): the new
     * 施行日, the new 版, the note of the 改定履歴 row, and the number of the amending 訓令 (告示). Given, they are written
     * into the upgraded profile (policy.effective, policy.version, one new policy.history row) and the to-do list
     * shows them done; left out, the profile keeps last year's and the to-do list asks for them.
     */
    public record Answers(java.util.Optional<java.time.LocalDate> effective, java.util.Optional<String> version,
                          java.util.Optional<String> note, java.util.Optional<String> adoption) {
        public static final Answers NONE = new Answers(java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty());
    }

    /**
     * One line of the to-do list a 情報政策課 works through after the upgrade, in the order it works: decide the
     * report's open points, head this year's revision (施行日, 版, 改定履歴, number), then the work outside the documents
     * the new edition brings (re-classifying assets, new rules and arrangements).
     *
     * @param id     a stable name: effective, version, history, adoption, overrides, new-keys, or edition:clause/n
     * @param title  what to do, in a few words
     * @param detail how, or what was answered
     * @param done   answered by an option of {@code upgrade} (or nothing to do)
     */
    public record Task(String id, String title, String detail, boolean done) {
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
