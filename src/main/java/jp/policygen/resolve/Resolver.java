package jp.policygen.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.policygen.catalog.CatalogDocument;
import jp.policygen.catalog.Clause;
import jp.policygen.catalog.DataModel;
import jp.policygen.catalog.Edition;
import jp.policygen.catalog.TemplateEngine;
import jp.policygen.markup.BodyMarkup;
import jp.policygen.policy.Block;
import jp.policygen.policy.Digits;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.LocalChange;
import jp.policygen.policy.NumberingForm;
import jp.policygen.policy.Origin;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Run;
import jp.policygen.policy.Section;
import jp.policygen.policy.SectionLevel;
import jp.policygen.profile.Finding;
import jp.policygen.profile.Profile.Override;
import jp.policygen.profile.Profile;
import jp.policygen.profile.Wareki;

/**
 * Profile + catalog edition → policy model. Selects clauses by their conditions, fills their templates with
 * the profile, applies the profile's overrides by clause id, and numbers what remains.
 */
public final class Resolver {
    public static final String DEFAULT_MARKING = "取扱注意";

    private final TemplateEngine engine;

    public Resolver(TemplateEngine engine) {
        this.engine = engine;
    }

    /** The policy, and notes for the user (overrides that meet no clause of this body's policy). */
    public record Result(Policy policy, List<Finding> warnings, List<References.Unresolved> unresolved) {
        /** Findings that make the policy wrong (a clause of the body's own that has no place): nothing may be written. */
        public List<Finding> errors() {
            return warnings.stream().filter(Finding::isError).toList();
        }
    }

    public Result resolve(Profile profile, Edition edition) {
        return resolve(profile, edition, Map.of());
    }

    /**
     * @param earlier the numbering of the version adopted before (from the output folder's history, {@link
     *                StableNumbering#of}), per document kind id: kept when the profile keeps numbers stable
     *                ({@code renumber: false}) and pins none of its own for that document; ignored for a 全部改正
     */
    public Result resolve(Profile profile, Edition edition, Map<String, Map<String, jp.policygen.policy.Position>> earlier) {
        Map<String, Object> model = withRuleValues(DataModel.of(profile), profile, edition, earlier);
        NumberingForm form = profile.policy().form();
        Numbering.Style style = new Numbering.Style(!profile.policy().halfWidthNumbers(), profile.policy().kanjiItems());
        Set<String> applied = new LinkedHashSet<>();
        Map<String, LocalChange> changes = new HashMap<>();
        Set<String> present = present(edition, model, profile.overrides(), applied, changes);
        // the bodies of the clauses there, compiled by FreeMarker on the second core while this thread renders
        engine.prepare(edition.allClauses().stream().filter(c -> c.body().isPresent() && present.contains(c.id())).toList());
        Map<String, LocalChange> rowChanges = new java.util.LinkedHashMap<>(); // the 一覧表's, in the table's order
        List<Document> documents = new ArrayList<>();
        boolean oneRule = profile.policy().rules().oneRule() && form == NumberingForm.ARTICLES;
        int articlesBefore = 0; // one rule in parts: the 第１編's articles, after which the 第２編's are numbered
        for (CatalogDocument cd : edition.documents()) {
            if (cd.when().isPresent() && !engine.test(cd.kind().id(), cd.when().get(), model)) {
                continue;
            }
            DocumentInfo info = info(profile, cd, form);
            if (cd.roles().isPresent()) {
                documents.add(RolesDocument.build(cd, cd.roles().get(), model, info, List.copyOf(documents),
                        profile.overrides(), applied, rowChanges));
                continue;
            }
            SectionLevel articleLevel = cd.articleLevel();
            Numbering numbering = new Numbering(form, articleLevel, style,
                    oneRule && cd.kind() == DocumentKind.STANDARD ? articlesBefore : 0);
            Context ctx = new Context(model, profile.overrides(), numbering, applied,
                    present, cd.kind(), changes, profile.policy().renumber(), inserts(profile),
                    captionedArticles(adoptedNumbering(cd.kind(), profile, earlier), cd));
            // numbered as adopted before the 一覧表 that follows cites its articles
            documents.add(adopted(new Document(cd.kind(), cd.title(), info, shareCaptions(children(ctx, cd.clauses(),
                    null, ""))), profile, earlier, style));
            if (cd.kind() == DocumentKind.BASIC_POLICY) {
                articlesBefore = numbering.articlesSoFar();
            }
        }
        if (oneRule) {
            // one rule in parts: the 第１編 and the 第２編 under one 題名 and number, before any reference is printed, so
            // that each part cites the other by its article (第１０条) as a provision of the same rule
            documents = RuleInParts.combine(documents, info(profile, DocumentKind.BASIC_POLICY, edition, form),
                    style::digits);
        }
        References references = new References(form, Section::isArticle, style::digits, titles(edition));
        References.Result refs = references.resolve(documents);
        documents = DefinitionScopes.apply(refs.documents(), form);
        if (form == NumberingForm.ARTICLES) {
            documents = Appendix.captioned(documents); // 別表（第N条関係）
            documents = ItemParagraphs.join(documents); // a 号 is one paragraph
        }
        List<Finding> warnings = new ArrayList<>();
        for (Override o : profile.overrides().values()) {
            if (!applied.contains(o.clauseId()) && o.kind() == Override.Kind.INSERT && !o.row()) {
                // the body's own text would vanish from every document: an error, never a quiet warning
                warnings.add(new Finding(Finding.Severity.ERROR, "insert-not-placed", profile.file(), o.line(),
                        o.column(), "overrides." + o.clauseId(), "独自の条項 '" + o.clauseId() + "' を置く場所が"
                        + "ありません。after の '" + o.after() + "' は、このプロファイルの設定（ネットワークモデルや機能）"
                        + "では作成されない文書の条項です。作成される文書の条項IDを after に書いてください"
                        + "（条項IDの一覧は「policygen sections --profile " + profile.file() + "」で確かめられます）。"));
            } else if (!applied.contains(o.clauseId())) {
                warnings.add(new Finding(Finding.Severity.WARNING, "override-not-used", profile.file(), o.line(),
                        o.column(), "overrides." + o.clauseId(), "'" + o.clauseId() + "' はこのプロファイルの設定"
                        + "（ネットワークモデルや機能）では文書に含まれない" + (o.row() ? "一覧表の行（定める条項がない行）"
                        : "条項") + "のため、この変更は反映されません。不要なら overrides から削除してください。"));
            }
        }
        warnings.addAll(OmissionWarnings.of(profile, edition, refs.unresolved(), applied));
        return new Result(new Policy(edition.id().toString(), edition.name(), profile.name(), documents,
                inCatalogOrder(edition, numberChanges(changes, documents, references), inserts(profile), rowChanges)),
                warnings,
                refs.unresolved());
    }

    /**
     * The values of the model that depend on the rules' identity and adopted structure: the 基本方針 as the 対策基準
     * cites it (its name and number: 架空県情報セキュリティ基本方針, 令和８年架空県訓令第２１号), and whether the
     * 対策基準 has its definitions article — not when its earlier version, kept under stable numbers, had none.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withRuleValues(Map<String, Object> model, Profile profile, Edition edition,
                                                      Map<String, Map<String, jp.policygen.policy.Position>> earlier) {
        Map<String, Object> policy = new java.util.LinkedHashMap<>((Map<String, Object>) model.get("policy"));
        String basicTitle = edition.documents().stream().filter(d -> d.kind() == DocumentKind.BASIC_POLICY)
                .map(CatalogDocument::title).findFirst().orElse("情報セキュリティ基本方針");
        // one rule in parts is cited by its own 題名 (架空県情報セキュリティポリシー), whose 第２編 the 特則 supplements
        policy.put("basicRule", profile.municipality().name()
                + (profile.policy().rules().oneRule() ? RuleInParts.TITLE : basicTitle));
        // 令和８年３月２７日　架空県訓令第２１号 → 令和８年架空県訓令第２１号 (a rule is cited by its year and number)
        String identity = identity(profile, DocumentKind.BASIC_POLICY);
        int day = identity.indexOf("日　");
        policy.put("basicNumber", identity.substring(0, identity.indexOf('年') + 1) + identity.substring(day + 2));
        // the 特則 borrows the 対策基準's terms and cites it the same way (its number: policy.standard_adoption)
        String standardTitle = edition.documents().stream().filter(d -> d.kind() == DocumentKind.STANDARD)
                .map(CatalogDocument::title).findFirst().orElse("情報セキュリティ対策基準");
        policy.put("standardRule", profile.municipality().name() + standardTitle);
        String standard = identity(profile, DocumentKind.STANDARD);
        int standardDay = standard.indexOf("日　");
        policy.put("standardNumber", standard.substring(0, standard.indexOf('年') + 1) + standard.substring(standardDay + 2));
        Map<String, jp.policygen.policy.Position> adopted = adoptedNumbering(DocumentKind.STANDARD, profile, earlier);
        if (!adopted.isEmpty() && !adopted.containsKey(DataModel.DEFINITIONS_ARTICLE)) {
            policy.put("definitionsArticle", false);
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>(model);
        out.put("policy", policy);
        return out;
    }

    /**
     * Whether captioned sub-clauses stand as articles of their own (the 例規 layout of issue 19). A rule already
     * adopted keeps the structure it was adopted with until its body chooses a 全部改正: when the adopted numbering
     * of this document (the profile's pin, or the earlier version's under stable numbers) has a captioned clause as
     * a 項 of another article, the old layout — captioned subjects as 項 — is kept, so its numbers still fit. Every
     * generation with no adopted numbering to keep, or one adopted in this layout, gets it.
     */
    static boolean captionedArticles(Map<String, jp.policygen.policy.Position> adopted, CatalogDocument cd) {
        if (adopted.isEmpty()) {
            return true;
        }
        Set<String> captioned = new java.util.HashSet<>();
        cd.clauses().forEach(c -> captionedBelowTop(c, captioned, false));
        return adopted.entrySet().stream().noneMatch(e -> captioned.contains(e.getKey()) && e.getValue().paragraph() > 0);
    }

    /** The ids of titled clauses below the top level (the ones this layout makes articles of). */
    private static void captionedBelowTop(Clause c, Set<String> out, boolean below) {
        if (below && !c.title().isEmpty()) {
            out.add(c.id());
        }
        c.children().forEach(k -> captionedBelowTop(k, out, true));
    }

    /** The numbering this document was adopted with and keeps, or none (see {@link #adopted}). */
    private static Map<String, jp.policygen.policy.Position> adoptedNumbering(DocumentKind kind, Profile profile,
            Map<String, Map<String, jp.policygen.policy.Position>> earlier) {
        Profile.AdoptedNumbering pin = profile.policy().numbering();
        if (pin.fullRevision()) {
            return Map.of();
        }
        Map<String, jp.policygen.policy.Position> adopted = pin.byDocument().getOrDefault(kind.id(), Map.of());
        if (adopted.isEmpty() && !profile.policy().renumber()) {
            adopted = earlier.getOrDefault(kind.id(), Map.of());
        }
        return adopted;
    }

    /** The document numbered as adopted: by the profile's pin, else by the earlier version when numbers are stable. */
    private static Document adopted(Document d, Profile profile,
                                    Map<String, Map<String, jp.policygen.policy.Position>> earlier,
                                    Numbering.Style style) {
        Profile.AdoptedNumbering pin = profile.policy().numbering();
        if (pin.fullRevision()) {
            return d;
        }
        Map<String, jp.policygen.policy.Position> adopted = pin.byDocument().getOrDefault(d.kind().id(), Map.of());
        if (adopted.isEmpty() && !profile.policy().renumber()) {
            adopted = earlier.getOrDefault(d.kind().id(), Map.of());
        }
        return StableNumbering.apply(d, adopted, style::digits);
    }

    /** The inserted clauses by the id they follow, in the order of their lines in the profile (rows of the 一覧表 apart). */
    private static Map<String, List<Override>> inserts(Profile profile) {
        Map<String, List<Override>> out = new java.util.HashMap<>();
        profile.overrides().values().stream().filter(o -> o.kind() == Override.Kind.INSERT && !o.row())
                .sorted(java.util.Comparator.comparingInt(Override::line))
                .forEach(o -> out.computeIfAbsent(o.after(), k -> new ArrayList<>()).add(o));
        return out;
    }

    /** A clause of the body's own, as a catalog clause whose text the override gives. */
    private static Clause local(Override o) {
        return new Clause(o.clauseId(), o.title(), "独自", java.util.Optional.empty(), java.util.Optional.empty(), false,
                false, java.util.Optional.empty(), List.of());
    }

    private static Map<String, String> titles(Edition edition) {
        Map<String, String> titles = new java.util.HashMap<>();
        edition.allClauses().forEach(c -> titles.put(c.id(), c.title()));
        return titles;
    }

    /** The local changes with the numbers their clauses print in the finished documents (omitted ones keep ""). */
    private static Map<String, LocalChange> numberChanges(Map<String, LocalChange> changes, List<Document> documents,
                                                          References references) {
        Map<String, LocalChange> out = new HashMap<>();
        // the texts were rendered apart from the documents: their cross-reference marks are still to be printed
        changes.forEach((id, c) -> out.put(id, new LocalChange(c.id(), c.document(), c.number(), c.title(), c.kind(),
                DefinitionScopes.standalone(references.standalone(c.guidelineText(), id)),
                DefinitionScopes.standalone(references.standalone(c.localText(), id)), c.reason(),
                c.source())));
        for (Document d : documents) {
            for (Section s : d.flatten()) {
                LocalChange c = out.get(s.id());
                if (c != null && c.number().isEmpty()) {
                    out.put(s.id(), new LocalChange(c.id(), c.document(), s.number(), c.title(), c.kind(),
                            c.guidelineText(), c.localText(), c.reason(), c.source()));
                }
            }
        }
        return out;
    }

    /**
     * The local changes in the order of the documents: each clause's, then those of the clauses inserted after it;
     * the 一覧表's rows in the order of the table.
     */
    private static List<LocalChange> inCatalogOrder(Edition edition, Map<String, LocalChange> changes,
                                                    Map<String, List<Override>> inserts,
                                                    Map<String, LocalChange> rowChanges) {
        List<LocalChange> out = new ArrayList<>();
        for (CatalogDocument cd : edition.documents()) {
            if (cd.roles().isPresent()) {
                out.addAll(rowChanges.values());
            }
            if (!changes.isEmpty()) {
                cd.clauses().forEach(c -> collectChanges(c, changes, inserts, out));
            }
        }
        return out;
    }

    private static void collectChanges(Clause c, Map<String, LocalChange> changes, Map<String, List<Override>> inserts,
                                       List<LocalChange> out) {
        LocalChange change = changes.get(c.id());
        if (change != null) {
            out.add(change);
        }
        c.children().forEach(child -> collectChanges(child, changes, inserts, out));
        for (Override o : inserts.getOrDefault(c.id(), List.of())) {
            collectChanges(local(o), changes, inserts, out);
        }
    }

    /** The standard text of a clause, filled with the profile: what the body's change departs from. */
    private String standardText(Clause c, Map<String, Object> model) {
        return c.body().isEmpty() ? "" : plainText(BodyMarkup.parse(engine.render(c.id(), c.body().get(), model)));
    }

    private static String plainText(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        for (Block b : blocks) {
            sb.append(sb.length() > 0 ? "\n" : "").append(b.plainText());
        }
        return sb.toString();
    }

    private static DocumentInfo info(Profile p, CatalogDocument cd, NumberingForm form) {
        String marking = cd.internal() ? p.policy().marking().orElse(DEFAULT_MARKING) : "";
        // the number of the 訓令 that made a revision belongs in the 改定履歴 (「…改定（訓令第8号）」)
        List<DocumentInfo.HistoryEntry> history = p.policy().history().stream()
                .map(h -> new DocumentInfo.HistoryEntry(Wareki.format(h.date()),
                        h.note() + h.adoption().map(a -> "（" + a + "）").orElse(""), h.version().orElse("")))
                .toList();
        if (form == NumberingForm.ARTICLES) {
            // 例規: each rule carries its own 制定日 and number under its 題名 and no 版 (booklet language); the
            // 一覧表, which is no rule, carries none
            String identity = cd.kind() == DocumentKind.ROLES ? "" : identity(p, cd.kind());
            return new DocumentInfo(p.municipality().name(), "", Wareki.format(p.policy().effective()), identity,
                    marking, history, form, cd.kind() == DocumentKind.ROLES);
        }
        return new DocumentInfo(p.municipality().name(), p.policy().version().orElse(""),
                Wareki.format(p.policy().effective()), p.policy().adoption().orElse(""), marking, history, form,
                cd.kind() == DocumentKind.ROLES);
    }

    /**
     * The info of one rule in parts: the 基本方針's 制定日 and number (the rule's own), and the 対策基準's handling mark,
     * since the rule holds the unpublished 第２編.
     */
    private static DocumentInfo info(Profile p, DocumentKind kind, Edition edition, NumberingForm form) {
        CatalogDocument standard = edition.documents().stream().filter(d -> d.kind() == DocumentKind.STANDARD)
                .findFirst().orElseThrow();
        DocumentInfo own = info(p, standard, form);
        return new DocumentInfo(own.bodyName(), own.version(), own.effective(), identity(p, kind), own.marking(),
                own.history(), form, false);
    }

    private static final java.util.regex.Pattern INSTRUMENT = java.util.regex.Pattern.compile("^(訓令|告示|規程|規則)");

    /**
     * The line under a rule's 題名 in the 例規 form: the day it was made (制定日, not the 施行日) and its full number
     * (令和８年３月２７日　架空県訓令第２１号). The profile's adoption number is the 基本方針's; a rule revised by
     * amendments was made by its history's first numbered entry. Whatever the profile does not tell — the 制定日
     * without a history entry for the number, the number of another rule — is left blank for the 法規担当 to fill
     * (令和　年　月　日, 訓令第　　号), as a draft reads; nothing is invented. Adopted jointly, the 基本方針 is a 告示.
     */
    static String identity(Profile p, DocumentKind kind) {
        Profile.PolicySettings policy = p.policy();
        boolean joint = policy.adopters().size() > 1 && !policy.eachOrgansOwnAct();
        List<Profile.HistoryEntry> numbered = policy.history().stream().filter(h -> h.adoption().isPresent()).toList();
        String number = policy.adoption().orElse("");
        java.util.Optional<Profile.HistoryEntry> made = numbered.isEmpty() ? java.util.Optional.empty()
                : numbered.get(0).date().isBefore(policy.effective()) ? java.util.Optional.of(numbered.get(0))
                : numbered.stream().filter(h -> h.adoption().get().equals(policy.adoption().orElse(""))).findFirst();
        if (made.isPresent()) {
            number = made.get().adoption().get();
        }
        java.util.regex.Matcher m = INSTRUMENT.matcher(number);
        String instrument = m.find() ? m.group(1) : "訓令";
        if (kind == DocumentKind.BASIC_POLICY && joint && !instrument.equals("告示")) {
            // a 長's 訓令 binds the 長's staff only: what several organs adopt together is a 告示
            instrument = "告示";
            number = "";
            made = java.util.Optional.empty();
        }
        if (kind != DocumentKind.BASIC_POLICY) {
            made = java.util.Optional.empty();
            // the profile may give this rule's own number (policy.standard_adoption, cloud_adoption)
            number = (kind == DocumentKind.STANDARD ? policy.rules().standard()
                    : kind == DocumentKind.CLOUD_PROVISIONS ? policy.rules().cloud() : java.util.Optional.<String>empty())
                    .orElse("");
            if (instrument.equals("告示")) {
                // the 対策基準 and the 特則 are not published, and a 告示 is: they are 訓令 (as DataModel's self says)
                instrument = "訓令";
            }
        }
        boolean fullWidth = !policy.halfWidthNumbers();
        // the 制定日: the numbered history entry's, or policy.adopted (the day the rules were made), or blank
        java.util.Optional<java.time.LocalDate> day = made.map(h -> h.adopted().orElse(h.date()))
                .or(() -> policy.rules().adopted());
        String date = day.map(d -> Digits.widen(Wareki.format(d), fullWidth))
                .orElse(Wareki.format(policy.effective()).replaceAll("^(\\p{IsHan}+).*$", "$1") + "　年　月　日");
        String name = p.municipality().name();
        String full = number.isEmpty() ? instrument + "第　　号" : Digits.widen(number, fullWidth);
        return date + "　" + (full.startsWith(name) ? full : name + full);
    }


    /**
     * @param renumber false keeps numbers stable: a clause the profile omits stays as 「削除」
     * @param inserts  the body's own clauses (insert:) by the id of the clause each follows
     */
    private record Context(Map<String, Object> model, Map<String, Override> overrides, Numbering numbering,
                           Set<String> applied, Set<String> present, DocumentKind document,
                           Map<String, LocalChange> changes, boolean renumber, Map<String, List<Override>> inserts,
                           boolean captionedArticles) {
    }

    /**
     * The ids of the clauses this body's policy holds by conditions and omissions, each condition evaluated
     * once, so that the main pass only looks them up and a clause can follow another one in a later document
     * (`requires`): the 基本方針 announces only the chapters the 対策基準 has. Omissions that took effect go
     * to {@code applied}.
     */
    private Set<String> present(Edition edition, Map<String, Object> model, Map<String, Override> overrides,
                                Set<String> applied, Map<String, LocalChange> changes) {
        Set<String> out = new java.util.HashSet<>();
        for (CatalogDocument cd : edition.documents()) {
            if (cd.when().isEmpty() || engine.test(cd.kind().id(), cd.when().get(), model)) {
                cd.clauses().forEach(c -> mark(c, cd.kind(), model, overrides, out, applied, changes));
            }
        }
        return out;
    }

    private void mark(Clause c, DocumentKind document, Map<String, Object> model, Map<String, Override> overrides,
                      Set<String> out, Set<String> applied, Map<String, LocalChange> changes) {
        if (c.when().isPresent() && !engine.test(c.id(), c.when().get(), model)) {
            return;
        }
        Override o = overrides.get(c.id());
        if (o != null && o.kind() == Override.Kind.OMIT) {
            applied.add(c.id());
            changes.put(c.id(), new LocalChange(c.id(), document, "", c.title(), LocalChange.Kind.OMIT,
                    omittedText(c, model), "", o.reason(), c.source()));
            return;
        }
        out.add(c.id());
        c.children().forEach(child -> mark(child, document, model, overrides, out, applied, changes));
    }

    /** An omitted clause's standard text, and the headings of the sub-clauses that go with it. */
    private String omittedText(Clause c, Map<String, Object> model) {
        String text = standardText(c, model);
        List<String> titled = c.children().stream().map(Clause::title).filter(t -> !t.isEmpty()).toList();
        if (!titled.isEmpty()) {
            text += (text.isEmpty() ? "" : "\n") + "（次の条項を含む: " + String.join("、", titled) + "）";
        }
        return text;
    }

    /** What children need to know of their parent: its level and whether it is a sectioned chapter. */
    private record Parent(SectionLevel level, boolean sectioned) {
    }

    private List<Section> children(Context ctx, List<Clause> clauses, Parent parent, String parentFull) {
        List<Section> out = new ArrayList<>();
        int[] index = {0};
        for (Clause c : clauses) {
            boolean deleted = !included(ctx, c) && !ctx.renumber() && omitted(ctx, c);
            if (included(ctx, c) || deleted) {
                child(ctx, c, parent, parentFull, index, deleted, out);
            }
            for (Override insert : placedAfter(ctx, c, included(ctx, c))) {
                child(ctx, local(insert), parent, parentFull, index, false, out);
            }
        }
        return out;
    }

    /**
     * The clauses of the body's own that follow {@code c}, marked as applied: those whose {@code after:} names it,
     * each followed by those that name that one (a chain of local clauses lands in order). A clause that is not in
     * the document (omitted, or left out by the network model) keeps its place for them: what was inserted after it,
     * or after any clause inside it, lands where it stood — never silently dropped.
     */
    private static List<Override> placedAfter(Context ctx, Clause c, boolean standing) {
        List<Override> out = new ArrayList<>();
        chain(ctx, c.id(), out);
        if (!standing) {
            for (Clause child : c.children()) {
                out.addAll(placedAfter(ctx, child, false));
            }
        }
        return out;
    }

    private static void chain(Context ctx, String after, List<Override> out) {
        for (Override o : ctx.inserts().getOrDefault(after, List.of())) {
            if (ctx.applied().add(o.clauseId())) { // once, whatever a hand-made cycle says
                out.add(o);
                chain(ctx, o.clauseId(), out);
            }
        }
    }

    private void child(Context ctx, Clause c, Parent parent, String parentFull, int[] index, boolean deleted,
                       List<Section> out) {
        SectionLevel level = parent == null ? CatalogOutline.level(c, null, false)
                : CatalogOutline.level(c, parent.level(), parent.sectioned());
        if (!deleted && ctx.numbering().isArticle(level)) {
            index[0]++;
            out.addAll(articles(ctx, c, level));
            return;
        }
        int detailDepth = parent != null && parent.level() == SectionLevel.DETAIL ? 1 : 0;
        Numbering.Number number = ctx.numbering().next(level, level == SectionLevel.UNNUMBERED ? 0 : index[0],
                parentFull, detailDepth);
        if (level != SectionLevel.UNNUMBERED) {
            index[0]++;
        }
        out.add(deleted ? deleted(ctx, c, level, number) : section(ctx, c, level, number));
        if (!deleted && c.revisions()) {
            out.addAll(revisions(ctx, c, level));
        }
    }

    /**
     * The 附則 of each revision of a rule revised by amendments (policy.history entries with adoption:), after the
     * rule's own: 「附則（令和７年３月３１日訓令第１２号）」, the text from the 附則's template with the revision's day,
     * number and kind of rule in place of the rule's own.
     */
    @SuppressWarnings("unchecked")
    private List<Section> revisions(Context ctx, Clause c, SectionLevel level) {
        Map<String, Object> policy = (Map<String, Object>) ctx.model().get("policy");
        List<Map<String, Object>> revisions = (List<Map<String, Object>>) policy.getOrDefault("revisions", List.of());
        List<Section> out = new ArrayList<>();
        int n = 0;
        for (Map<String, Object> r : revisions) {
            n++;
            Map<String, Object> revised = new java.util.LinkedHashMap<>(policy);
            revised.put("enacted", r.get("enacted"));
            revised.put("effectiveInDigits", r.get("enacted"));
            revised.put("rule", r.get("rule"));
            if (!String.valueOf(r.get("rule")).isEmpty() && Boolean.TRUE.equals(policy.get("articles"))) {
                // the revision's 附則 speaks of the rule that made it (この訓令)
                String self = "この" + r.get("rule");
                revised.put("self", Map.of("basic", self, "standard", self, "cloud", self));
            }
            revised.put("adoption", r.get("number"));
            revised.put("replaces", "");
            revised.put("version", "");
            revised.put("jointAdoption", false);
            Map<String, Object> model = new java.util.LinkedHashMap<>(ctx.model());
            model.put("policy", revised);
            List<Block> blocks = c.body().isEmpty() ? List.of()
                    : BodyMarkup.parse(engine.render(c.id(), c.body().get(), model));
            out.add(new Section(c.id() + ".revision-" + n, level, "", "", c.title() + "（" + r.get("adopted")
                    + r.get("number") + "）", c.source(), Origin.GUIDELINE, "", blocks, List.of()));
        }
        return out;
    }

    /** Whether the profile's override (not a condition) leaves this clause out. */
    private static boolean omitted(Context ctx, Clause c) {
        Override o = ctx.overrides().get(c.id());
        return o != null && o.kind() == Override.Kind.OMIT && ctx.applied().contains(c.id())
                && (c.requires().isEmpty() || ctx.present().contains(c.requires().get()));
    }

    /**
     * {@code renumber: false}: an omitted clause keeps its number and reads 「削除」 (第２１条　削除, (3) 削除), so the
     * clauses after it keep theirs. A 章 or 節 left out keeps the numbers of its articles too
     * (第２１条から第２５条まで　削除).
     */
    private Section deleted(Context ctx, Clause c, SectionLevel level, Numbering.Number number) {
        Numbering n = ctx.numbering();
        Override o = ctx.overrides().get(c.id());
        List<Block> text = List.of(Block.Paragraph.of("削除"));
        List<Section> kids = new ArrayList<>();
        if (n.aboveArticle(level)) {
            int articles = countArticles(ctx, c, level);
            if (articles > 0) {
                Numbering.Number from = n.nextArticle();
                Numbering.Number to = from;
                for (int i = 1; i < articles; i++) {
                    to = n.nextArticle();
                }
                String label = articles == 1 ? from.label() : from.label() + "から" + to.label() + "まで";
                kids.add(new Section(c.id() + ".articles", n.articleLevel(), label, label, "", c.source(),
                        Origin.DELETED, o.reason(), text, List.of()));
            }
        }
        return new Section(c.id(), level, number.label(), number.full(), "", c.source(), Origin.DELETED, o.reason(),
                kids.isEmpty() ? text : List.of(), kids);
    }

    /** How many articles a clause holds by the profile's conditions (its own text counts for a 章 or 節). */
    private int countArticles(Context ctx, Clause c, SectionLevel level) {
        if (c.when().isPresent() && !engine.test(c.id(), c.when().get(), ctx.model())) {
            return 0;
        }
        if (ctx.numbering().isArticle(level)) {
            return articlesOf(ctx, c, level);
        }
        int n = c.body().isPresent() ? 1 : 0;
        for (Clause child : c.children()) {
            n += countArticles(ctx, child, CatalogOutline.level(child, level, c.sectioned()));
        }
        return n;
    }

    private static boolean included(Context ctx, Clause c) {
        return ctx.present().contains(c.id())
                && (c.requires().isEmpty() || ctx.present().contains(c.requires().get()));
    }

    /**
     * 例規: the paragraphs of an article are its 項; each takes the next number of {@code paragraph}, and every
     * one but the article's first is printed with it (２, ３ …).
     */
    private static List<Block> numberParagraphs(List<Block> blocks, int[] paragraph, Numbering numbering) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                paragraph[0]++;
                if (paragraph[0] > 1) {
                    b = p.numbered(numbering.digits(paragraph[0]));
                }
            } else if (b instanceof Block.ItemList l) {
                b = new Block.ItemList(asItems(l.items(), numbering, 0));
            }
            out.add(b);
        }
        return out;
    }

    /**
     * Whether a 項's text announces 号 (「次に掲げる事務を行う。」): only then are the untitled sub-clauses after it
     * its 号; otherwise each is a sentence of its own and stands as a further 項.
     */
    private static boolean introducesItems(List<Block> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i) instanceof Block.Paragraph p) {
                return INTRODUCES_ITEMS.matcher(p.text()).find();
            }
            if (blocks.get(i) instanceof Block.ItemList) {
                return false;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern INTRODUCES_ITEMS =
            java.util.regex.Pattern.compile("次に掲げる|次の各号|次のとおり|次の(事項|措置|役割|権限)");

    /** 例規: a list right in an article's 項 lists its 号 (（１）), and what hangs under a 号 is its 細目 (ア). */
    private static List<Block.ListItem> asItems(List<Block.ListItem> items, Numbering numbering, int depth) {
        List<Block.ListItem> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Block.ListItem item = items.get(i);
            String label = depth == 0 ? numbering.item(i + 1) : BodyMarkup.kana(i, depth - 1);
            out.add(new Block.ListItem(label, item.runs(), asItems(item.children(), numbering, depth + 1)));
        }
        return out;
    }

    /** A clause's own text after the profile's override, where it came from and why. */
    private record Body(List<Block> blocks, Origin origin, String reason, String title) {
    }

    private Body body(Context ctx, Clause c) {
        Override o = ctx.overrides().get(c.id());
        Origin origin = Origin.GUIDELINE;
        String reason = "";
        List<Block> blocks = new ArrayList<>();
        if (o != null && o.kind() == Override.Kind.REPLACE) {
            blocks.addAll(BodyMarkup.parse(o.text())); // the user's text: never a template
            origin = Origin.OVERRIDE;
        } else if (o != null && o.kind() == Override.Kind.INSERT) {
            blocks.addAll(BodyMarkup.parse(o.text()));
            origin = Origin.LOCAL;
        } else if (c.body().isPresent()) {
            blocks.addAll(BodyMarkup.parse(engine.render(c.id(), c.body().get(), ctx.model())));
        }
        if (o != null && o.kind() == Override.Kind.APPEND) {
            blocks.addAll(BodyMarkup.parse(o.text()));
            origin = Origin.APPENDED;
        }
        if (o != null) {
            ctx.applied().add(c.id());
            reason = o.reason();
        }
        // the 例規 form names a 章, 節 or 号 in a rule's words where the catalog gives them (heading:)
        String own = ctx.numbering().articles() && !c.heading().isEmpty() ? c.heading() : c.title();
        String title = o != null && !o.title().isEmpty() ? o.title() : own; // title: renames the heading
        if (o != null) {
            LocalChange.Kind kind = switch (o.kind()) {
                case REPLACE -> LocalChange.Kind.REPLACE;
                case INSERT -> LocalChange.Kind.INSERT;
                case TITLE -> LocalChange.Kind.TITLE;
                default -> LocalChange.Kind.APPEND;
            };
            String standard = kind == LocalChange.Kind.INSERT ? "" : standardText(c, ctx.model());
            String local = plainText(blocks);
            if (kind != LocalChange.Kind.INSERT && !title.equals(own)) {
                // a new heading: both texts say which, so the list shows the change even when the text stays
                standard = "見出し：" + own + (standard.isEmpty() ? "" : "\n" + standard);
                local = "見出し：" + title + (local.isEmpty() ? "" : "\n" + local);
            }
            // the number is filled in from the finished documents (numberChanges): articles number some clauses later
            ctx.changes().put(c.id(), new LocalChange(c.id(), ctx.document(), "", title, kind, standard, local, reason,
                    kind == LocalChange.Kind.INSERT ? "" : c.source()));
        }
        return new Body(blocks, origin, reason, title);
    }

    private Section section(Context ctx, Clause c, SectionLevel level, Numbering.Number number) {
        Body b = body(ctx, c);
        Numbering numbering = ctx.numbering();
        List<Block> blocks = b.blocks();
        List<Section> kids = new ArrayList<>();
        if (numbering.aboveArticle(level) && !blocks.isEmpty()) {
            // 例規: no text stands under a 章 or 節 heading; it becomes the first article of it, under its caption
            Numbering.Number art = numbering.nextArticle();
            kids.add(new Section(c.id() + ".text", numbering.articleLevel(), art.label(), art.full(), caption(c, b),
                    c.source(), b.origin(), b.reason(), numberParagraphs(blocks, new int[1], numbering), List.of()));
            blocks = List.of();
        }
        kids.addAll(children(ctx, c.children(), new Parent(level, c.sectioned()), number.full()));
        return new Section(c.id(), level, number.label(), number.full(), b.title(), c.source(), b.origin(), b.reason(),
                blocks, kids);
    }

    /**
     * 例規: the articles one clause of the article level gives. A captioned subject is an article of its own: the
     * clause's titled sub-clauses stand as articles after it (their own titled sub-clauses likewise), unless its text
     * announces them as 号 (「次に掲げる」) or it is the definitions article; its untitled sub-clauses are its 項 and
     * 号. A clause with no text and no untitled sub-clause gives no article of its own: its id is kept by a section
     * without number or heading around its articles, cited as 「第１３条から第２２条まで」. With
     * {@code captionedArticles} off (a rule whose adopted layout is kept) every sub-clause stays inside the article.
     */
    private List<Section> articles(Context ctx, Clause c, SectionLevel level) {
        Body b = body(ctx, c);
        boolean definitions = c.id().endsWith(".definitions");
        boolean introduced = definitions || introducesItems(b.blocks());
        boolean split = ctx.captionedArticles() && !introduced;
        List<Clause> own = new ArrayList<>();
        List<Clause> separate = new ArrayList<>();
        for (Clause child : c.children()) {
            (split && !child.title().isEmpty() ? separate : own).add(child);
        }
        List<Section> out = new ArrayList<>();
        boolean hasOwn = !b.blocks().isEmpty() || own.stream().anyMatch(k -> included(ctx, k)
                || !ctx.inserts().getOrDefault(k.id(), List.of()).isEmpty());
        if (hasOwn || separate.isEmpty()) {
            Numbering.Number number = ctx.numbering().nextArticle();
            out.add(article(ctx, c, own, level, number, b, introduced, definitions));
        }
        for (Clause child : separate) {
            List<Clause> withInserts = new ArrayList<>();
            withInserts.add(child);
            placedAfter(ctx, child, included(ctx, child)).forEach(o -> withInserts.add(local(o)));
            for (Clause k : withInserts) {
                SectionLevel kl = CatalogOutline.level(k, level, c.sectioned());
                boolean isLocal = k != child;
                if (!isLocal && !included(ctx, k)) {
                    if (!ctx.renumber() && omitted(ctx, k)) {
                        out.addAll(deletedArticles(ctx, k, kl));
                    }
                    continue;
                }
                out.addAll(articles(ctx, k, kl));
            }
        }
        if (hasOwn || separate.isEmpty()) {
            return out;
        }
        List<String> labels = new ArrayList<>();
        out.forEach(s -> collectArticleLabels(s, labels));
        String range = labels.isEmpty() ? "" : labels.size() == 1 ? labels.get(0)
                : labels.get(0) + "から" + labels.get(labels.size() - 1) + "まで";
        return List.of(new Section(c.id(), level, "", range, "", c.source(), b.origin(), b.reason(), List.of(), out));
    }

    private static void collectArticleLabels(Section s, List<String> out) {
        if (s.isArticle()) {
            out.add(s.label());
        } else if (s.label().isEmpty()) {
            s.children().forEach(k -> collectArticleLabels(k, out));
        }
    }

    /** A captioned subject the profile omits under stable numbers: its articles keep their numbers as 「削除」. */
    private List<Section> deletedArticles(Context ctx, Clause c, SectionLevel level) {
        int count = articlesOf(ctx, c, level);
        if (count == 0) {
            return List.of();
        }
        Numbering n = ctx.numbering();
        Numbering.Number from = n.nextArticle();
        Numbering.Number to = from;
        for (int i = 1; i < count; i++) {
            to = n.nextArticle();
        }
        String label = count == 1 ? from.label() : from.label() + "から" + to.label() + "まで";
        Override o = ctx.overrides().get(c.id());
        return List.of(new Section(c.id(), n.articleLevel(), label, label, "", c.source(), Origin.DELETED,
                o == null ? "" : o.reason(), List.of(Block.Paragraph.of("削除")), List.of()));
    }

    /** How many articles {@link #articles} makes of a clause of the article level, by the profile's conditions. */
    private int articlesOf(Context ctx, Clause c, SectionLevel level) {
        if (c.when().isPresent() && !engine.test(c.id(), c.when().get(), ctx.model())) {
            return 0;
        }
        boolean introduced = c.id().endsWith(".definitions") || c.body().isPresent()
                && introducesItems(BodyMarkup.parse(engine.render(c.id(), c.body().get(), ctx.model())));
        if (!ctx.captionedArticles() || introduced) {
            return 1;
        }
        boolean hasOwn = c.body().isPresent();
        int n = 0;
        for (Clause child : c.children()) {
            if (child.title().isEmpty()) {
                hasOwn |= child.when().isEmpty() || engine.test(child.id(), child.when().get(), ctx.model());
            } else {
                n += articlesOf(ctx, child, CatalogOutline.level(child, level, c.sectioned()));
            }
        }
        return n + (hasOwn || n == 0 ? 1 : 0);
    }

    /**
     * An article (条): its text is its first 項; a sub-clause without a title is a 号 (（１）) of the 項 before it when
     * that 項 announces 号, else a further 項 (a 項 has no caption), and its own untitled sub-clauses are that 項's
     * 号. The children of a clause whose id ends in {@code .definitions} are all 号: the term (the child's title, if
     * any) then its meaning, as one article defines terms. An article whose clause has no text of its own starts with
     * its first 項's text, never with a bare 「第１３条」 line.
     */
    private Section article(Context ctx, Clause c, List<Clause> children, SectionLevel level, Numbering.Number number,
                            Body b, boolean introduced, boolean definitions) {
        int[] paragraph = {0};
        List<Block> blocks = numberParagraphs(b.blocks(), paragraph, ctx.numbering());
        List<Section> kids = new ArrayList<>();
        provisions(ctx, c.withChildren(children), level, number.full(), introduced, definitions, kids, kids,
                paragraph, new int[1]);
        if (blocks.isEmpty() && !kids.isEmpty() && kids.get(0).label().isEmpty() && !kids.get(0).blocks().isEmpty()) {
            // the first 項's text starts the article's line; the 項 keeps its id (and its 号) for references
            Section first = kids.get(0);
            blocks = first.blocks();
            kids.set(0, new Section(first.id(), first.level(), first.label(), first.number(), first.title(),
                    first.source(), first.origin(), first.reason(), List.of(), first.children()));
        }
        return new Section(c.id(), ctx.numbering().articleLevel(), number.label(), number.full(), caption(c, b),
                c.source(), b.origin(), b.reason(), blocks, kids);
    }

    /** An article's caption: the catalog's shared caption (caption:) unless the profile renamed it, else its title. */
    private static String caption(Clause c, Body b) {
        return !c.caption().isEmpty() && b.title().equals(c.title()) ? c.caption() : b.title();
    }

    /**
     * 共通見出し: of consecutive articles with the same caption only the first prints it; the others print none, so
     * one caption line stands above them all (the catalog gives such articles one caption:).
     */
    static List<Section> shareCaptions(List<Section> sections) {
        List<Section> out = new ArrayList<>();
        String previous = null;
        for (Section s : sections) {
            boolean shared = s.isArticle() && s.hasTitle() && s.title().equals(previous);
            previous = s.isArticle() && s.hasTitle() ? s.title() : s.isArticle() && previous != null ? previous : null;
            out.add(new Section(s.id(), s.level(), s.label(), s.number(), shared ? "" : s.title(), s.source(), s.origin(),
                    s.reason(), s.blocks(), shareCaptions(s.children())));
        }
        return out;
    }

    /**
     * The sub-clauses of an article or of one of its 項: 号 go to {@code items}, further 項 to {@code paragraphs}
     * (the article's children), numbered on from {@code paragraph} and {@code item}.
     */
    private void provisions(Context ctx, Clause parent, SectionLevel parentLevel, String article, boolean introduced,
                            boolean definitions, List<Section> items, List<Section> paragraphs, int[] paragraph,
                            int[] item) {
        Numbering n = ctx.numbering();
        List<Clause> clauses = new ArrayList<>();
        for (Clause child : parent.children()) {
            clauses.add(child);
            placedAfter(ctx, child, included(ctx, child)).forEach(o -> clauses.add(local(o)));
        }
        for (Clause child : clauses) {
            boolean isLocal = ctx.inserts().values().stream().anyMatch(l -> l.stream()
                    .anyMatch(o -> o.clauseId().equals(child.id())));
            SectionLevel level = CatalogOutline.level(child, parentLevel, parent.sectioned());
            if (!isLocal && !included(ctx, child)) {
                if (!ctx.renumber() && omitted(ctx, child) && introduced && child.title().isEmpty()) {
                    item[0]++; // a 号 left out keeps its number: （３）　削除
                    String label = n.item(item[0]);
                    items.add(new Section(child.id(), level, label, article + label, "", child.source(),
                            Origin.DELETED, ctx.overrides().get(child.id()).reason(),
                            List.of(Block.Paragraph.of("削除")), List.of()));
                }
                continue;
            }
            Body b = body(ctx, child);
            if (introduced) {
                item[0]++;
                String label = n.item(item[0]);
                List<Block> blocks = b.blocks();
                if (!b.title().isEmpty() && !blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph first) {
                    List<Run> runs = new ArrayList<>();
                    // the defined term (or the 号's name: heading:, or the body's own title:), then what it means
                    runs.add(Run.plain(b.title() + "　"));
                    runs.addAll(first.runs());
                    blocks = new ArrayList<>(blocks);
                    blocks.set(0, new Block.Paragraph(first.number(), runs));
                }
                List<Section> details = children(ctx, child.children(), new Parent(level, false), article + label);
                items.add(new Section(child.id(), level, label, article + label, "", child.source(), b.origin(),
                        b.reason(), blocks, details));
            } else {
                int first = paragraph[0] + 1;
                List<Block> blocks = numberParagraphs(b.blocks(), paragraph, n);
                List<Section> own = new ArrayList<>();
                List<Section> later = new ArrayList<>();
                provisions(ctx, child, level, article, introducesItems(blocks), false, own, later, paragraph,
                        new int[1]);
                paragraphs.add(new Section(child.id(), level, "", article + "第" + n.digits(first) + "項", "",
                        child.source(), b.origin(), b.reason(), blocks, own));
                paragraphs.addAll(later);
            }
        }
    }
}
