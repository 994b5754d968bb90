package jp.policygen.upgrade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.policygen.catalog.Catalog;
import jp.policygen.catalog.EditionInfo;
import jp.policygen.catalog.Lineage;
import jp.policygen.catalog.TemplateEngine;
import jp.policygen.compare.ChangeKind;
import jp.policygen.compare.Comparer;
import jp.policygen.compare.Comparison;
import jp.policygen.compare.Row;
import jp.policygen.policy.Document;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;
import jp.policygen.profile.Profile;
import jp.policygen.resolve.Resolver;

/**
 * Plans the move of a profile to a later edition (3-way per clause): the guideline text under the old edition, the
 * guideline text under the new one, and the body's local text. Nothing is written here.
 */
public final class Upgrader {
    private final Catalog catalog;
    private final Resolver resolver = new Resolver(new TemplateEngine());

    public Upgrader(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param profile a valid profile, read from {@code text}
     * @param target  the edition to move to
     */
    public Upgrade plan(Profile profile, String text, String target) throws UpgradeException {
        String from = profile.guideline();
        List<String> steps = steps(from, target);
        Policy before = resolver.resolve(profile.withoutOverrides(), catalog.edition(from)).policy();
        Policy after = resolver.resolve(profile.withGuideline(target).withoutOverrides(), catalog.edition(target)).policy();
        Map<String, Section> oldSections = sections(before);
        Map<String, Section> newSections = sections(after);
        List<Lineage> lineages = steps.stream().map(s -> Lineage.of(catalog, s)).toList();

        ProfileText edited = new ProfileText(text);
        edited.setGuideline(target);
        List<Upgrade.NewKey> newKeys = new ArrayList<>();
        for (String step : steps) {
            EditionInfo info = catalog.info(step).orElseThrow();
            for (EditionInfo.NewKey k : info.newKeys()) {
                newKeys.add(new Upgrade.NewKey(k.key(), step, info.name(), k.suggested(), k.decide()));
                edited.addKey(Arrays.asList(k.key().split("\\.")), value(k.suggested()),
                        info.name() + "で加わった項目。要確認: " + k.decide());
            }
        }

        List<Upgrade.OverrideResult> results = new ArrayList<>();
        for (Profile.Override o : profile.overrides().values().stream()
                .sorted(java.util.Comparator.comparingInt(Profile.Override::line)).toList()) {
            String id = o.clauseId();
            List<String> successors = successors(id, lineages);
            Section old = oldSections.get(id);
            String oldText = old == null ? "" : old.plainText();
            String local = o.kind() == Profile.Override.Kind.OMIT ? "" : o.text();
            String number = old == null ? "" : old.number();
            String title = old == null ? "" : old.title();
            String kind = o.kind().name().toLowerCase(java.util.Locale.ROOT);
            if (o.kind() == Profile.Override.Kind.INSERT) { // the body's own clause: it moves with the clause it follows
                results.add(inserted(o, kind, lineages, edited));
                continue;
            }
            if (successors.isEmpty()) {
                edited.removeOverride(id);
                results.add(new Upgrade.OverrideResult(id, "", Upgrade.Status.REMOVED, kind, o.reason(), number, title,
                        List.of(), oldText, "", local));
                continue;
            }
            String newId = successors.get(0);
            Section now = newSections.get(newId);
            String newText = now == null ? "" : now.plainText();
            boolean same = successors.equals(List.of(id)) && now != null && old != null && oldText.equals(newText);
            if (!newId.equals(id)) {
                edited.renameOverride(id, newId);
            }
            results.add(new Upgrade.OverrideResult(id, newId, same ? Upgrade.Status.UNCHANGED : Upgrade.Status.REVIEW,
                    kind, o.reason(), number, title, successors, oldText, newText, local));
        }

        Comparison c = Comparer.compare(before, catalog.editionName(from), after, catalog.editionName(target));
        Set<String> clauseIds = new LinkedHashSet<>(oldSections.keySet());
        clauseIds.addAll(newSections.keySet());
        List<Upgrade.Change> changes = new ArrayList<>();
        for (Row r : c.rows()) {
            if (r.kind() == ChangeKind.MOVED || !clauseIds.contains(r.id()) || r.id().startsWith("roles.")) {
                // a number that moved because a clause was added before it is no change of the guideline, nor is
                // a row of the 権限・責任等一覧表 that follows a clause added or removed (the clause is listed)
                continue;
            }
            Section s = newSections.getOrDefault(r.id(), oldSections.get(r.id()));
            String number = r.kind() == ChangeKind.DELETED ? r.oldNumber() : r.newNumber();
            changes.add(new Upgrade.Change(r.id(), r.kind(), number, s.title(), topic(r.id(), lineages)));
        }
        return new Upgrade(profile, from, catalog.editionName(from), target, catalog.editionName(target), edited.text(),
                results, changes, newKeys, before, after);
    }

    /**
     * A clause of the body's own (insert: under a local. id) has no guideline text to compare: it stays as written,
     * after the clause that continues the one it followed (its {@code after} rewritten when that clause has another
     * id now). When the new edition has no such clause, the body's clause cannot be placed and goes, as a removed
     * clause's change does.
     */
    private static Upgrade.OverrideResult inserted(Profile.Override o, String kind, List<Lineage> lineages,
                                                   ProfileText edited) {
        String after = o.after();
        List<String> places = after.startsWith("local.") ? List.of(after) : successors(after, lineages);
        if (places.isEmpty()) {
            edited.removeOverride(o.clauseId());
            return new Upgrade.OverrideResult(o.clauseId(), "", Upgrade.Status.REMOVED, kind, o.reason(), "", o.title(),
                    List.of(), "", "", o.text());
        }
        String place = places.get(places.size() - 1); // after the last of a split clause's successors
        if (!place.equals(after)) {
            edited.setInsertAfter(o.clauseId(), place);
        }
        return new Upgrade.OverrideResult(o.clauseId(), o.clauseId(), Upgrade.Status.UNCHANGED, kind, o.reason(), "",
                o.title(), List.of(o.clauseId()), "", "", o.text());
    }

    /** The editions from the one after {@code from} up to {@code target}, following each edition's base. */
    private List<String> steps(String from, String target) throws UpgradeException {
        if (!catalog.has(target)) {
            throw new UpgradeException("版「" + target + "」は収録されていません。収録されている版: "
                    + String.join(", ", catalog.editionIds()));
        }
        if (target.equals(from)) {
            throw new UpgradeException("このプロファイルはすでに " + catalog.editionName(from) + "（guideline: \"" + from
                    + "\"）です。移行は必要ありません。");
        }
        List<String> steps = new ArrayList<>();
        String e = target;
        while (!e.equals(from)) {
            steps.add(0, e);
            Optional<String> base = catalog.info(e).flatMap(EditionInfo::base);
            if (base.isEmpty()) {
                throw new UpgradeException(catalog.editionName(target) + "は " + catalog.editionName(from)
                        + "より前の版のため、移行できません。--to には " + catalog.editionName(from) + "より後の版を指定してください。");
            }
            e = base.get();
        }
        return steps;
    }

    private static List<String> successors(String id, List<Lineage> lineages) {
        List<String> ids = List.of(id);
        for (Lineage l : lineages) {
            List<String> next = new ArrayList<>();
            for (String i : ids) {
                next.addAll(l.successors(i));
            }
            ids = next;
        }
        return ids;
    }

    /** The revision topic of a changed clause, from the latest step that says one. */
    private static String topic(String id, List<Lineage> lineages) {
        for (int i = lineages.size() - 1; i >= 0; i--) {
            Lineage l = lineages.get(i);
            Optional<String> t = Optional.ofNullable(l.entry(id)).flatMap(Lineage.Entry::topic);
            Optional<String> origin = Optional.ofNullable(l.entry(id)).flatMap(Lineage.Entry::origin);
            if (t.isPresent() && origin.isPresent()) { // the report says where the point comes from (解説の改定点 …)
                return t.get() + "（" + origin.get() + "）";
            }
            if (t.isEmpty()) {
                t = l.removed().stream().filter(r -> r.clause().id().equals(id)).findFirst().flatMap(Lineage.Removed::topic);
            }
            if (t.isPresent()) {
                return t.get();
            }
        }
        return "";
    }

    private static Map<String, Section> sections(Policy p) {
        Map<String, Section> out = new LinkedHashMap<>();
        for (Document d : p.documents()) {
            for (Section s : d.flatten()) {
                out.putIfAbsent(s.id(), s);
            }
        }
        return out;
    }

    private static Object value(String suggested) {
        return switch (suggested) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> suggested;
        };
    }
}
