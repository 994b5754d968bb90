package jp.policygen.upgrade;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.policygen.profile.EditionId;
import jp.policygen.catalog.Catalog;
import jp.policygen.catalog.EditionInfo;
import jp.policygen.catalog.Lineage;
import jp.policygen.catalog.TemplateEngine;
import jp.policygen.compare.ChangeKind;
import jp.policygen.compare.Comparer;
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
    private final Resolver resolver;

    public Upgrader(Catalog catalog) {
        this(catalog, new Resolver(new TemplateEngine()));
    }

    /** With the run's resolver, whose engine has compiled the clause templates once for every job of the run. */
    public Upgrader(Catalog catalog, Resolver resolver) {
        this.catalog = catalog;
        this.resolver = resolver;
    }

    /**
     * @param profile a valid profile, read from {@code text}
     * @param target  the edition to move to
     */
    public Upgrade plan(Profile profile, String text, EditionId target) throws UpgradeException {
        return plan(profile, text, target, Upgrade.Answers.NONE);
    }

    /** {@link #plan(Profile, String, EditionId)}, with what the body already knows of this year's revision. */
    public Upgrade plan(Profile profile, String text, EditionId target, Upgrade.Answers answers) throws UpgradeException {
        check(profile, answers);
        EditionId from = profile.guideline();
        List<EditionId> steps = steps(from, target);
        Policy before = resolver.resolve(profile.withoutOverrides(), catalog.edition(from)).policy();
        Policy after = resolver.resolve(profile.withGuideline(target).withoutOverrides(), catalog.edition(target)).policy();
        Map<String, Section> oldSections = sections(before);
        Map<String, Section> newSections = sections(after);
        List<Lineage> lineages = steps.stream().map(s -> Lineage.of(catalog, s)).toList();

        ProfileText edited = new ProfileText(text);
        edited.setGuideline(target.toString());
        List<Upgrade.NewKey> newKeys = new ArrayList<>();
        for (EditionId step : steps) {
            EditionInfo info = catalog.info(step).orElseThrow();
            for (EditionInfo.NewKey k : info.newKeys()) {
                newKeys.add(new Upgrade.NewKey(k.key(), step.toString(), info.name(), k.suggested(), k.decide()));
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

        // what changed and where, not how: the plan lists the guideline's changes, no 対照表 cells
        List<Row> rows = Comparer.changes(before, after);
        Set<String> clauseIds = new LinkedHashSet<>(oldSections.keySet());
        clauseIds.addAll(newSections.keySet());
        List<Upgrade.Change> changes = new ArrayList<>();
        for (Row r : rows) {
            if (r.kind() == ChangeKind.MOVED || !clauseIds.contains(r.id()) || r.id().startsWith("roles.")) {
                // a number that moved because a clause was added before it is no change of the guideline, nor is
                // a row of the 権限・責任等一覧表 that follows a clause added or removed (the clause is listed)
                continue;
            }
            Section s = newSections.getOrDefault(r.id(), oldSections.get(r.id()));
            String number = r.kind() == ChangeKind.DELETED ? r.oldNumber() : r.newNumber();
            changes.add(new Upgrade.Change(r.id(), r.kind(), number, s.title(), topic(r.id(), lineages)));
        }
        // the pinned numbering follows the catalog's renames: the provision that carries a renamed one on keeps its
        // adopted number (policy.numbering is keyed by clause id)
        Map<String, String> renamed = jp.policygen.catalog.Lineage.renamed(catalog, from, target);
        profile.policy().numbering().byDocument().forEach((document, ids) -> ids.keySet().forEach(id -> {
            String to = renamed.get(id);
            if (to != null && !ids.containsKey(to)) {
                edited.renamePinned(document, id, to);
            }
        }));
        answer(edited, profile, answers, catalog.editionName(target));
        List<Upgrade.Task> tasks = tasks(profile, answers, steps, results, newKeys, changes);
        return new Upgrade(profile, from.toString(), catalog.editionName(from), target.toString(), catalog.editionName(target),
                edited.text(), results, changes, newKeys, before, after, tasks);
    }

    /** A rule number as a profile writes it: its kind and number (訓令第8号, 告示第12号). */
    private static final java.util.regex.Pattern ADOPTION =
            java.util.regex.Pattern.compile(".*(訓令|告示|規程|規則|要綱|要領|条例)第[0-9０-９]+号");

    /**
     * Answers the upgraded profile could not take, refused before anything is planned: a 施行日 not after last year's
     * (the 改定履歴 goes forward), a number without its kind, a history row's number or note without its 施行日.
     */
    private static void check(Profile profile, Upgrade.Answers a) throws UpgradeException {
        java.time.LocalDate last = profile.policy().effective();
        for (Profile.HistoryEntry h : profile.policy().history()) {
            last = h.date().isAfter(last) ? h.date() : last;
        }
        if (a.effective().isPresent() && !a.effective().get().isAfter(last)) {
            throw new UpgradeException("今回の改定の施行日（" + jp.policygen.profile.Wareki.format(a.effective().get())
                    + "）は、これまでの施行日（" + jp.policygen.profile.Wareki.format(last) + "）より後の日にしてください"
                    + "（例: " + last.plusYears(1) + "）。");
        }
        if (a.adoption().isPresent() && !ADOPTION.matcher(a.adoption().get().strip()).matches()) {
            throw new UpgradeException("改正する訓令等の番号「" + a.adoption().get() + "」は、種類と番号で書いてください"
                    + "（例: 訓令第8号、告示第12号）。");
        }
        if (a.effective().isEmpty() && (a.adoption().isPresent() || a.note().isPresent())) {
            throw new UpgradeException("改正する訓令等の番号と改定内容は改定履歴の今回の行に書くため、その行の施行日も"
                    + "指定してください（例: 施行日 " + last.plusYears(1) + "）。");
        }
        if (a.version().isPresent() && a.version().get().isBlank()) {
            throw new UpgradeException("版が空です。今回の版を書いてください（例: 第6版）。");
        }
    }

    /** The answers written into the profile: 施行日, 版, and this revision's row of the 改定履歴. */
    private static void answer(ProfileText edited, Profile profile, Upgrade.Answers a, String toName) {
        a.effective().ifPresent(d -> edited.set(List.of("policy", "effective"), d.toString()));
        a.version().ifPresent(v -> edited.set(List.of("policy", "version"), v));
        if (a.effective().isPresent()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", new jp.policygen.yaml.YamlEditor.Plain(a.effective().get().toString()));
            row.put("note", a.note().orElse(toName + "ガイドラインに準拠して改定"));
            a.version().ifPresent(v -> row.put("version", v));
            a.adoption().ifPresent(n -> row.put("adoption", n));
            edited.addHistory(row, profile.policy().history().size());
        }
    }

    /** The to-do list (see {@link Upgrade.Task}), answered lines marked done. */
    private List<Upgrade.Task> tasks(Profile profile, Upgrade.Answers a, List<EditionId> steps,
                                     List<Upgrade.OverrideResult> results, List<Upgrade.NewKey> newKeys,
                                     List<Upgrade.Change> changes) {
        List<Upgrade.Task> out = new ArrayList<>();
        long review = results.stream().filter(r -> r.status() != Upgrade.Status.UNCHANGED).count();
        if (review > 0) {
            out.add(new Upgrade.Task("overrides", "独自の変更の扱いを決める", "要確認・削除された条項の " + review
                    + "件を、下の「独自の変更（overrides）の扱い」で1件ずつ確かめ、移行後のプロファイルを直す。", false));
        }
        if (!newKeys.isEmpty()) {
            out.add(new Upgrade.Task("new-keys", "新しく決める項目を決める", String.join("、", newKeys.stream()
                    .map(Upgrade.NewKey::key).toList()) + " を、下の「新しく決める項目」を見て決め、仮の値を直す。", false));
        }
        String was = jp.policygen.profile.Wareki.format(profile.policy().effective());
        out.add(a.effective().isPresent()
                ? new Upgrade.Task("effective", "施行日", jp.policygen.profile.Wareki.format(a.effective().get())
                        + "（policy.effective に書きました）", true)
                : new Upgrade.Task("effective", "施行日を決める", "移行後のプロファイルの施行日は移行前と同じ " + was
                        + " のままです。今回の改定の施行日を policy.effective に書く（upgrade の --effective でも指定できます）。",
                        false));
        String version = profile.policy().version().orElse("");
        out.add(a.version().isPresent()
                ? new Upgrade.Task("version", "版", a.version().get() + "（policy.version に書きました）", true)
                : new Upgrade.Task("version", "版を決める", (version.isEmpty() ? "版は書かれていません。"
                        : "版は移行前と同じ " + version + " のままです。") + "今回の版を policy.version に書く"
                        + "（upgrade の --policy-version でも指定できます）。", false));
        out.add(a.effective().isPresent()
                ? new Upgrade.Task("history", "改定履歴", "policy.history に今回の改定の行を加えました。", true)
                : new Upgrade.Task("history", "改定履歴に今回の改定を加える", "policy.history に、施行日・改定内容・版・番号の"
                        + "1行を加える（--effective を指定すると、その行を書き加えます）。", false));
        out.add(a.adoption().isPresent()
                ? new Upgrade.Task("adoption", "改正する訓令等の番号", a.adoption().get() + "（改定履歴の行に書きました）", true)
                : new Upgrade.Task("adoption", "改正する訓令等の番号を書く", "決裁で番号が決まったら、改定履歴の今回の行に"
                        + " adoption: 訓令第○号 の形で書き、generate と diff をもう一度実行する（upgrade の --adoption でも指定できます）。"
                        + "番号がないうちは、新旧対照表と改め文の番号は「第　号」になります。", false));
        Set<String> added = new java.util.HashSet<>();
        changes.stream().filter(c -> c.kind() == ChangeKind.ADDED).forEach(c -> added.add(c.id()));
        for (EditionId step : steps) {
            EditionInfo info = catalog.info(step).orElseThrow();
            int n = 0;
            for (EditionInfo.Task t : info.tasks()) {
                n++;
                if (t.clause().isPresent() && !added.contains(t.clause().get())) {
                    continue; // the clause does not reach this body's documents
                }
                String where = t.clause().map(id -> changes.stream().filter(c -> c.id().equals(id)).findFirst()
                        .map(c -> "：" + c.number() + " " + c.title()).orElse("")).orElse("");
                // the task's first sentence is what to do, the rest how; then where it comes from
                int stop = t.task().indexOf('。');
                String title = stop < 0 ? t.task() : t.task().substring(0, stop);
                String how = stop < 0 ? "" : t.task().substring(stop + 1);
                out.add(new Upgrade.Task(step + ":" + t.clause().orElse(Integer.toString(n)), title,
                        how + "（" + info.name() + "で加わった対応" + where + "）", false));
            }
        }
        return out;
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
    private List<EditionId> steps(EditionId from, EditionId target) throws UpgradeException {
        if (!catalog.has(target)) {
            throw new UpgradeException(catalog.notShipped(target));
        }
        if (target.equals(from)) {
            throw new UpgradeException("このプロファイルはすでに " + catalog.editionName(from) + "（guideline: \"" + from
                    + "\"）です。移行は必要ありません。");
        }
        List<EditionId> steps = new ArrayList<>();
        EditionId e = target;
        while (!e.equals(from)) {
            steps.add(0, e);
            Optional<EditionId> base = catalog.info(e).flatMap(EditionInfo::base);
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
