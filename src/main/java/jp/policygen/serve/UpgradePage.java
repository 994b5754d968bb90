package jp.policygen.serve;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.policygen.app.UpgradeJob;
import jp.policygen.generate.OutputFolder;
import jp.policygen.profile.Finding;
import jp.policygen.profile.Profile;
import jp.policygen.profile.ProfileReader;
import jp.policygen.serve.ProfileFolder.Loaded;
import jp.policygen.serve.ServeApp.Response;
import jp.policygen.upgrade.Upgrade;
import jp.policygen.upgrade.UpgradeException;

/** The move to the latest edition as a guided step: overview, one step per local change to review, confirmation. */
final class UpgradePage extends Page {

    UpgradePage(Site site) {
        super(site);
    }

    static final String KEEP = "keep";
    static final String ACCEPT = "accept";
    /** The fields of this year's revision on the confirmation step (upgrade's --effective, --policy-version, …). */
    static final List<String> ANSWERS = List.of("a.effective", "a.version", "a.adoption", "a.note");

    /**
     * The move to the latest edition: the plan of {@link UpgradeJob} (the same as the command line's upgrade) shown as
     * an overview, then each 要確認 local change on its own step (keep it, or follow the new edition's text), then a
     * confirmation; only then is the profile written: the upgraded text the plan made, without the changes the author
     * let go. The file's version travels with the steps, so an edit made meanwhile elsewhere is not lost.
     */
    Response upgrade(String name, Request req) throws Exception {
        Loaded l = load(name);
        Map<String, Object> m = model(name + " — 新しい版への移行");
        m.put("name", name);
        String latest = catalog.latestEdition();
        m.put("latestName", catalog.editionName(latest));
        m.put("message", "");
        ProfileReader.Result r = read(name, l.text());
        if (r.profile().isEmpty()) {
            m.put("state", "invalid");
            return page("upgrade", m);
        }
        Profile profile = r.profile().get();
        m.put("fromName", catalog.editionName(profile.guideline()));
        if (profile.guideline().equals(latest)) {
            m.put("state", "latest");
            return page("upgrade", m);
        }
        String version = req == null ? l.version() : req.field("_version");
        if (!version.equals(l.version())) {
            m.put("state", "conflict");
            return Response.html(409, pages.render("upgrade", m));
        }
        UpgradeJob job = new UpgradeJob(workspace);
        // this year's 施行日, 版 and number, when the author already knows them (the confirmation step's fields)
        Map<String, String> entered = new LinkedHashMap<>();
        for (String f : ANSWERS) {
            entered.put(f, req == null ? "" : req.field(f).strip());
        }
        m.put("answers", entered);
        String wrong = "";
        UpgradeJob.ThisYear answers = UpgradeJob.ThisYear.NONE;
        try {
            answers = UpgradeJob.ThisYear.of(entered.get("a.effective").isEmpty() ? null
                    : java.time.LocalDate.parse(entered.get("a.effective")), entered.get("a.version"),
                    entered.get("a.adoption"), entered.get("a.note"));
        } catch (java.time.format.DateTimeParseException e) {
            wrong = "今回の改定の施行日「" + entered.get("a.effective") + "」は日付として読めません。年-月-日の形で書いてください（例: 2027-04-01）。";
        }
        UpgradeJob.Plan plan;
        try {
            plan = job.plan(profile, l.text(), latest, answers);
        } catch (UpgradeException e) {
            if (answers.equals(UpgradeJob.ThisYear.NONE)) {
                m.put("state", "refused");
                m.put("message", e.getMessage());
                return page("upgrade", m);
            }
            wrong = e.getMessage(); // the answers' mistake: said on the confirmation step, where they are entered
            try {
                plan = job.plan(profile, l.text(), latest);
            } catch (UpgradeException again) {
                m.put("state", "refused");
                m.put("message", again.getMessage());
                return page("upgrade", m);
            }
        }
        Upgrade u = plan.upgrade();
        List<Upgrade.OverrideResult> review = plan.review();
        Map<String, String> decisions = new LinkedHashMap<>();
        if (req != null) {
            for (Upgrade.OverrideResult o : review) {
                String d = req.field("d." + o.id());
                if (d.equals(KEEP) || d.equals(ACCEPT)) {
                    decisions.put(o.id(), d);
                }
            }
        }
        int item = -1;
        if (req != null) {
            try {
                item = Math.max(-1, Math.min(review.size(), Integer.parseInt(req.field("item"))));
            } catch (NumberFormatException e) {
                item = -1;
            }
        }
        if (!wrong.isEmpty()) { // nothing is written while an answer is wrong
            item = review.size();
            m.put("message", wrong);
        } else if (req != null && req.field("_action").equals("apply")) {
            Optional<Upgrade.OverrideResult> open = review.stream().filter(o -> !decisions.containsKey(o.id())).findFirst();
            if (open.isPresent()) { // a step left without a choice: show it again
                item = review.indexOf(open.get());
                m.put("message", "「" + open.get().number() + " " + open.get().title() + "」の扱いを選んでください。");
            } else {
                return applyUpgrade(name, l, job, plan, decisions, m);
            }
        }
        m.put("state", item < 0 ? "overview" : item < review.size() ? "item" : "confirm");
        m.put("item", item);
        m.put("version", version);
        m.put("upgrade", u);
        // a staff member reads the schema's Japanese title; the key, as the profile spells it, stays beside it
        Map<String, String> titles = new java.util.HashMap<>();
        FormSchema.byPath(schema.fields()).forEach((path, f) -> titles.put(path, f.label()));
        m.put("keyTitles", titles);
        m.put("review", review);
        m.put("decisions", decisions);
        m.put("unchanged", u.overrides().stream().filter(o -> o.status() == Upgrade.Status.UNCHANGED).toList());
        m.put("removed", u.overrides().stream().filter(o -> o.status() == Upgrade.Status.REMOVED).toList());
        if (item >= 0 && item < review.size()) {
            m.put("current", review.get(item));
            m.put("diff", jp.policygen.compare.TextDiff.diff(review.get(item).oldGuideline(), review.get(item).newGuideline()));
            m.put("choice", decisions.getOrDefault(review.get(item).id(), KEEP));
        }
        return page("upgrade", m);
    }

    /** Writes the upgraded profile: the plan's text, less the local changes the author chose to let go. */
    Response applyUpgrade(String name, Loaded l, UpgradeJob job, UpgradeJob.Plan plan, Map<String, String> decisions,
                          Map<String, Object> m) throws Exception {
        Upgrade u = plan.upgrade();
        Map<String, UpgradeJob.Decision> chosen = new LinkedHashMap<>();
        decisions.forEach((id, d) -> chosen.put(id, d.equals(ACCEPT) ? UpgradeJob.Decision.ACCEPT : UpgradeJob.Decision.KEEP));
        String upgraded = job.apply(plan, chosen);
        ProfileReader.Result again = read(name, upgraded);
        if (again.hasErrors()) { // the tool's own edit went wrong: say so, write nothing
            m.put("state", "failed");
            m.put("errors", again.findings().stream().filter(Finding::isError).map(Finding::format).toList());
            return Response.html(500, pages.render("upgrade", m));
        }
        // the file as it was, beside the outputs, for the author who wants to look back
        Path before = output.resolve(OutputFolder.safeName(name, "_移行前_" + u.from() + ".yaml"));
        Files.createDirectories(output);
        Files.writeString(before, l.text(), StandardCharsets.UTF_8);
        try {
            folder.save(name, l.version(), upgraded);
        } catch (ProfileFolder.Conflict c) {
            m.put("state", "conflict");
            return Response.html(409, pages.render("upgrade", m));
        }
        long kept = decisions.values().stream().filter(KEEP::equals).count();
        return Response.redirect("/p/" + ServeApp.encode(name) + "?" + notices.put(catalog.editionName(u.to())
                + "に移行しました（独自の変更: 残したもの " + kept + "件・やめたもの " + (decisions.size() - kept) + "件）。"
                + ProfilePage.UPGRADED_TAIL));
    }
}
