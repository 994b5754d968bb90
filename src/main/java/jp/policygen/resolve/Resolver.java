package jp.policygen.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.policygen.catalog.CatalogDocument;
import jp.policygen.catalog.Clause;
import jp.policygen.catalog.DataModel;
import jp.policygen.catalog.Edition;
import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.NumberingForm;
import jp.policygen.policy.Origin;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;
import jp.policygen.policy.SectionLevel;
import jp.policygen.profile.Finding;
import jp.policygen.profile.Profile;
import jp.policygen.profile.Profile.Override;
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
    }

    public Result resolve(Profile profile, Edition edition) {
        Map<String, Object> model = DataModel.of(profile);
        NumberingForm form = "articles".equals(profile.policy().form()) ? NumberingForm.ARTICLES : NumberingForm.OUTLINE;
        Numbering.Style style = Numbering.Style.DEFAULT;
        Set<String> applied = new LinkedHashSet<>();
        Set<String> present = present(edition, model, profile.overrides(), applied);
        List<Document> documents = new ArrayList<>();
        for (CatalogDocument cd : edition.documents()) {
            if (cd.when().isPresent() && !engine.test(cd.kind().id(), cd.when().get(), model)) {
                continue;
            }
            DocumentInfo info = info(profile, cd, form);
            if (cd.roles().isPresent()) {
                documents.add(RolesDocument.build(cd, cd.roles().get(), model, info));
                continue;
            }
            SectionLevel articleLevel = "chapter".equals(cd.articleLevel()) ? SectionLevel.CHAPTER : SectionLevel.ITEM;
            Context ctx = new Context(model, profile.overrides(), new Numbering(form, articleLevel, style), applied,
                    present);
            documents.add(new Document(cd.kind(), cd.title(), info, children(ctx, cd.clauses(), null, "")));
        }
        References.Result refs = new References(form, Section::isArticle, style::digits, titles(edition))
                .resolve(documents);
        documents = refs.documents();
        List<Finding> warnings = new ArrayList<>();
        for (Override o : profile.overrides().values()) {
            if (!applied.contains(o.clauseId())) {
                warnings.add(new Finding(Finding.Severity.WARNING, "override-not-used", profile.file(), o.line(),
                        o.column(), "overrides." + o.clauseId(), "'" + o.clauseId() + "' はこのプロファイルの設定"
                        + "（ネットワークモデルや機能）では文書に含まれない条項のため、この変更は反映されません。"
                        + "不要なら overrides から削除してください。"));
            }
        }
        warnings.addAll(OmissionWarnings.of(profile, edition, refs.unresolved(), applied));
        return new Result(new Policy(edition.id(), edition.name(), profile.name(), documents), warnings,
                refs.unresolved());
    }

    private static Map<String, String> titles(Edition edition) {
        Map<String, String> titles = new java.util.HashMap<>();
        edition.allClauses().forEach(c -> titles.put(c.id(), c.title()));
        return titles;
    }

    private static DocumentInfo info(Profile p, CatalogDocument cd, NumberingForm form) {
        String marking = cd.internal() ? p.policy().marking().orElse(DEFAULT_MARKING) : "";
        List<DocumentInfo.HistoryEntry> history = p.policy().history().stream()
                .map(h -> new DocumentInfo.HistoryEntry(Wareki.format(h.date()), h.note(), h.version().orElse("")))
                .toList();
        return new DocumentInfo(p.municipality().name(), p.policy().version().orElse(""),
                Wareki.format(p.policy().effective()), p.policy().adoption().orElse(""), marking, history, form,
                cd.kind() == DocumentKind.ROLES);
    }

    private record Context(Map<String, Object> model, Map<String, Override> overrides, Numbering numbering,
                           Set<String> applied, Set<String> present) {
    }

    /**
     * The ids of the clauses this body's policy holds by conditions and omissions, each condition evaluated
     * once, so that the main pass only looks them up and a clause can follow another one in a later document
     * (`requires`): the 基本方針 announces only the chapters the 対策基準 has. Omissions that took effect go
     * to {@code applied}.
     */
    private Set<String> present(Edition edition, Map<String, Object> model, Map<String, Override> overrides,
                                Set<String> applied) {
        Set<String> out = new java.util.HashSet<>();
        for (CatalogDocument cd : edition.documents()) {
            if (cd.when().isEmpty() || engine.test(cd.kind().id(), cd.when().get(), model)) {
                cd.clauses().forEach(c -> mark(c, model, overrides, out, applied));
            }
        }
        return out;
    }

    private void mark(Clause c, Map<String, Object> model, Map<String, Override> overrides, Set<String> out,
                      Set<String> applied) {
        if (c.when().isPresent() && !engine.test(c.id(), c.when().get(), model)) {
            return;
        }
        Override o = overrides.get(c.id());
        if (o != null && o.kind() == Override.Kind.OMIT) {
            applied.add(c.id());
            return;
        }
        out.add(c.id());
        c.children().forEach(child -> mark(child, model, overrides, out, applied));
    }

    /** What children need to know of their parent: its level and whether it is a sectioned chapter. */
    private record Parent(SectionLevel level, boolean sectioned) {
    }

    private List<Section> children(Context ctx, List<Clause> clauses, Parent parent, String parentFull) {
        List<Section> out = new ArrayList<>();
        int index = 0;
        for (Clause c : clauses) {
            if (!included(ctx, c)) {
                continue;
            }
            SectionLevel level = parent == null ? CatalogOutline.level(c, null, false)
                    : CatalogOutline.level(c, parent.level(), parent.sectioned());
            int detailDepth = parent != null && parent.level() == SectionLevel.DETAIL ? 1 : 0;
            Numbering.Number number = ctx.numbering().next(level, level == SectionLevel.UNNUMBERED ? 0 : index,
                    parentFull, detailDepth);
            if (level != SectionLevel.UNNUMBERED) {
                index++;
            }
            out.add(section(ctx, c, level, number));
        }
        return out;
    }

    private static boolean included(Context ctx, Clause c) {
        return ctx.present().contains(c.id())
                && (c.requires().isEmpty() || ctx.present().contains(c.requires().get()));
    }

    /** 例規: the second and later paragraphs of an article are its 項, numbered ２, ３ … (the first has none). */
    private static List<Block> paragraphsAsClauses(List<Block> blocks, Numbering numbering) {
        List<Block> out = new ArrayList<>();
        int paragraph = 0;
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                paragraph++;
                if (paragraph > 1) {
                    List<jp.policygen.policy.Run> runs = new ArrayList<>();
                    runs.add(jp.policygen.policy.Run.plain(numbering.digits(paragraph) + "　"));
                    runs.addAll(p.runs());
                    b = new Block.Paragraph(runs);
                }
            }
            out.add(b);
        }
        return out;
    }

    private Section section(Context ctx, Clause c, SectionLevel level, Numbering.Number number) {
        Override o = ctx.overrides().get(c.id());
        Origin origin = Origin.GUIDELINE;
        String reason = "";
        List<Block> blocks = new ArrayList<>();
        if (o != null && o.kind() == Override.Kind.REPLACE) {
            blocks.addAll(BodyMarkup.parse(o.text())); // the user's text: never a template
            origin = Origin.OVERRIDE;
        } else if (c.body().isPresent()) {
            blocks.addAll(BodyMarkup.parse(engine.render(c.id(), c.body().get(), ctx.model())));
        }
        if (o != null && o.kind() == Override.Kind.APPEND) {
            blocks.addAll(BodyMarkup.parse(o.text()));
            origin = Origin.APPENDED;
        }
        if (ctx.numbering().isArticle(level)) {
            blocks = paragraphsAsClauses(blocks, ctx.numbering());
        }
        if (o != null) {
            ctx.applied().add(c.id());
            reason = o.reason();
        }
        List<Section> kids = children(ctx, c.children(), new Parent(level, c.sectioned()), number.full());
        return new Section(c.id(), level, number.label(), number.full(), c.title(), c.source(), origin, reason, blocks,
                kids);
    }
}
