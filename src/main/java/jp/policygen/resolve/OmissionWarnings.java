package jp.policygen.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.policygen.catalog.CatalogDocument;
import jp.policygen.catalog.Clause;
import jp.policygen.catalog.Edition;
import jp.policygen.policy.DocumentKind;
import jp.policygen.profile.Finding;
import jp.policygen.profile.Profile;
import jp.policygen.profile.Profile.Override;

/**
 * Warnings for omissions that leave the policy weaker or inconsistent (profile.md): an omitted clause that
 * other clauses cite (they would point at nothing), a whole chapter left out, and the CSIRT left out.
 * Each names the line of the override, so the author can jump to it.
 */
final class OmissionWarnings {
    /** Clauses the guideline treats as indispensable; leaving them out is allowed but warned about. */
    private static final Set<String> ESSENTIAL = Set.of("std.org.csirt");

    private OmissionWarnings() {
    }

    static List<Finding> of(Profile profile, Edition edition, List<References.Unresolved> unresolved,
                            Set<String> applied) {
        Map<String, String> parents = new HashMap<>();
        Set<String> chapters = new LinkedHashSet<>();
        for (CatalogDocument d : edition.documents()) {
            for (Clause c : d.clauses()) {
                if (d.kind() != DocumentKind.BASIC_POLICY && !c.unnumbered() && !c.children().isEmpty()) {
                    chapters.add(c.id());
                }
                parents(c, parents);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Override o : profile.overrides().values().stream()
                .sorted(java.util.Comparator.comparingInt(Override::line)).toList()) {
            if (o.kind() != Override.Kind.OMIT || !applied.contains(o.clauseId())) {
                continue;
            }
            String key = "overrides." + o.clauseId();
            Set<String> citing = new LinkedHashSet<>();
            for (References.Unresolved u : unresolved) {
                if (within(u.citedId(), o.clauseId(), parents)) {
                    citing.add(u.citingNumber() + "（" + u.citingId() + "）");
                }
            }
            if (!citing.isEmpty()) {
                out.add(new Finding(Finding.Severity.WARNING, "omitted-clause-cited", profile.file(), o.line(),
                        o.column(), key, "'" + o.clauseId() + "' を削除すると、これを引用している "
                        + String.join("、", citing) + " の引用先がなくなります（引用箇所には見出しが「」付きで入ります）。"
                        + "引用している条項も replace で書き直すか、削除をやめてください。"));
            }
            if (chapters.contains(o.clauseId())) {
                out.add(new Finding(Finding.Severity.WARNING, "omitted-chapter", profile.file(), o.line(),
                        o.column(), key, "'" + o.clauseId() + "' は章全体です。章ごと削除すると、ガイドラインが求める対策の"
                        + "一分野がポリシーから抜けます。削除するのは個々の条項にとどめるか、理由（reason）に代わりの"
                        + "規程を書いてください。"));
            }
            for (String essential : ESSENTIAL) {
                if (within(essential, o.clauseId(), parents)) {
                    out.add(new Finding(Finding.Severity.WARNING, "omitted-csirt", profile.file(), o.line(),
                            o.column(), key, "'" + o.clauseId() + "' を削除すると CSIRT の設置と役割の定めがなくなります。"
                            + "ガイドラインはすべての団体に CSIRT の設置を求めています。名称や役割を変えるときは"
                            + "削除（omit）ではなく replace を使ってください。"));
                }
            }
        }
        return out;
    }

    private static void parents(Clause c, Map<String, String> parents) {
        for (Clause child : c.children()) {
            parents.put(child.id(), c.id());
            parents(child, parents);
        }
    }

    /** Whether {@code id} is {@code ancestor} or lies below it. */
    private static boolean within(String id, String ancestor, Map<String, String> parents) {
        for (String at = id; at != null; at = parents.get(at)) {
            if (at.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
