package jp.policygen.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.NumberingForm;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;

/**
 * The 附則 of a rule revised by amendment, set against the version adopted before it (issue 20 item 4). A revision
 * never rewrites the rule's original 附則, and adds its own 改正附則 only to the rules it amends:
 * <ul>
 * <li>the original 附則 (and the 改正附則 of earlier revisions) read as the earlier version has them, word for word
 * — a 施行日 once in force does not move when this year's 施行日 does;</li>
 * <li>a 改正附則 the earlier version already had stays; one of a revision the earlier version knew but gave this rule
 * no 附則 for stays out (that revision did not amend it);</li>
 * <li>the 改正附則 of a revision new since the earlier version stays only in a rule whose provisions changed: a 基本方針
 * left as it was gets none.</li>
 * </ul>
 * A booklet (outline form, no revision 附則) is reissued whole each 版: its 附則 speaks of the new 版 and is left as
 * made. A 全部改正 is a new rule: nothing is carried over.
 */
public final class AmendingSupplementary {
    private static final Pattern REVISION = Pattern.compile(".*\\.supplementary\\.revision-[0-9]+");

    private AmendingSupplementary() {
    }

    /** The rules of {@code now} with their 附則 as a revision of {@code earlier} makes them. */
    public static Policy apply(Policy earlier, Policy now) {
        Map<DocumentKind, Document> olds = new HashMap<>();
        earlier.documents().forEach(d -> olds.put(d.kind(), d));
        Set<String> knownRevisions = new HashSet<>();
        earlier.documents().forEach(d -> d.sections().stream().map(Section::id).filter(AmendingSupplementary::isRevision)
                .forEach(id -> knownRevisions.add(tail(id))));
        List<Document> out = new ArrayList<>();
        boolean changed = false;
        for (Document d : now.documents()) {
            Document e = olds.get(d.kind());
            Document amended = e == null || !isRuleKind(d.kind()) ? d : amend(e, d, knownRevisions);
            changed |= amended != d;
            out.add(amended);
        }
        return changed ? new Policy(now.edition(), now.editionName(), now.profileName(), out, now.localChanges()) : now;
    }

    private static boolean isRuleKind(DocumentKind k) {
        return k == DocumentKind.BASIC_POLICY || k == DocumentKind.STANDARD || k == DocumentKind.CLOUD_PROVISIONS
                || k == DocumentKind.POLICY;
    }

    static boolean isRevision(String id) {
        return REVISION.matcher(id).matches();
    }

    private static boolean isSupplementary(String id) {
        return id.endsWith(".supplementary") || isRevision(id);
    }

    /** revision-3 of std.supplementary.revision-3: the same revision in every rule. */
    private static String tail(String id) {
        return id.substring(id.lastIndexOf('.') + 1);
    }

    private static Document amend(Document earlier, Document now, Set<String> knownRevisions) {
        boolean revised = now.sections().stream().anyMatch(s -> isRevision(s.id()));
        boolean rule = now.info().form() == NumberingForm.ARTICLES && earlier.info().form() == NumberingForm.ARTICLES;
        if (!revised && !rule) {
            return now; // a booklet reissued whole
        }
        Map<String, Section> before = new HashMap<>();
        earlier.sections().forEach(s -> before.putIfAbsent(s.id(), s));
        boolean provisionsChanged = !earlier.title().equals(now.title())
                || !provisions(earlier).equals(provisions(now));
        List<Section> out = new ArrayList<>();
        for (Section s : now.sections()) {
            if (!isSupplementary(s.id())) {
                out.add(s);
            } else if (!isRevision(s.id())) {
                out.add(Optional.ofNullable(before.get(s.id())).orElse(s)); // the original 附則, as adopted
            } else if (before.containsKey(s.id())) {
                out.add(before.get(s.id()));
            } else if (!knownRevisions.contains(tail(s.id())) && provisionsChanged) {
                out.add(s);
            }
        }
        return out.equals(now.sections()) ? now : new Document(now.kind(), now.title(), now.info(), out);
    }

    /** What an amendment amends: every section but the 附則. */
    private static List<Section> provisions(Document d) {
        return d.sections().stream().filter(s -> !isSupplementary(s.id())).toList();
    }
}
