package jp.policygen.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.policygen.catalog.DataModel;
import jp.policygen.catalog.Edition;
import jp.policygen.catalog.Requirement;
import jp.policygen.catalog.TemplateEngine;
import jp.policygen.profile.AlphaPrimeCase;
import jp.policygen.profile.NetworkModel;
import jp.policygen.profile.Parameter;
import jp.policygen.profile.Profile;

/**
 * What a valid profile's network model and features oblige the body to have in place, each marked as
 * declared by the profile or still to be confirmed: a checklist an author can take to a meeting.
 */
public final class Checklist {
    private final TemplateEngine engine;

    public Checklist(TemplateEngine engine) {
        this.engine = engine;
    }

    public enum Status {
        DECLARED("declared", "済"), UNCONFIRMED("unconfirmed", "要確認"), MISSING("missing", "未対応"),
        /** The profile does not write it: the documents say what the default says, which nobody decided. */
        DEFAULT("default", "要確認（既定値）");

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

    public record Item(Requirement requirement, Status status) {
    }

    public List<Item> of(Profile profile, Edition edition) {
        Map<String, Object> model = DataModel.of(profile);
        List<Item> items = new ArrayList<>();
        for (Requirement r : edition.requirements()) {
            if (r.when().isPresent() && !engine.test("requirement " + r.id(), r.when().get(), model)) {
                continue;
            }
            Status status = Status.UNCONFIRMED;
            if (r.declared().isPresent()) {
                status = engine.test("requirement " + r.id() + " declared", r.declared().get(), model)
                        ? Status.DECLARED : Status.MISSING;
                if (status == Status.DECLARED && r.stated().isPresent()
                        && !engine.test("requirement " + r.id() + " stated", r.stated().get(), model)) {
                    status = Status.DEFAULT;
                }
            }
            items.add(new Item(r, status));
        }
        if (edition.clause("sel.administration").isPresent()) {
            items.addAll(procurement(profile));
        }
        items.addAll(parameters(profile, p -> edition.clause(p.clause()).isPresent()
                && (p.when().isEmpty() || engine.test("parameter " + p.key(), p.when(), model))));
        return items;
    }

    /**
     * The figures the documents state (parameters:): one item each, 要確認 while the documented default is still in
     * force (the body has not decided it), 済 once the profile sets it; only the figures the body's documents state.
     */
    static List<Item> parameters(Profile profile, java.util.function.Predicate<Parameter> stated) {
        List<Item> items = new ArrayList<>();
        for (Parameter p : Parameter.ALL) {
            if (!stated.test(p)) {
                continue; // e.g. the 特則's figures for a body that does not use the ガバメントクラウド
            }
            boolean set = profile.parameters().containsKey(p.key());
            String value = p.isChoice() ? p.wording(profile.parameter(p)).replaceAll("ごとに$", "ごと") : profile.parameter(p) + p.unit();
            // a paper for the meeting: the figure in words, never the key a YAML author writes (check's terminal
            // report adds that for the author)
            String text = p.label() + "を「" + value + "」とする" + (set ? "" : "（既定値。団体で値を決めてください）");
            Requirement r = new Requirement("parameter." + p.key(), text, Optional.empty(), Optional.empty(),
                    set ? "プロファイルで設定" : "既定値のまま", p.clause(), Optional.empty());
            items.add(new Item(r, set ? Status.DECLARED : Status.DEFAULT));
        }
        return items;
    }

    /**
     * The choices the 選定基準 is filled with (procurement:): 済 once the profile states one, 要確認 while its default
     * stands, saying which default the document now prints.
     */
    static List<Item> procurement(Profile profile) {
        Profile.Procurement p = profile.procurement();
        List<Item> items = new ArrayList<>();
        items.add(choice("procurement.department", "選定基準を所管する部署を「"
                + p.department().orElse(profile.organization().itDepartment()) + "」とする", p.department().isPresent(),
                "sel.administration"));
        items.add(choice("procurement.registered_from", "登録制度に登録された製品等を原則とする調達（区分Ａ）を、機密性"
                + (p.registeredFrom().orElse("2").equals("2") ? "２以上" : "３") + "の情報を取り扱うものとする",
                p.registeredFrom().isPresent(), "sel.classes"));
        items.add(choice("procurement.ismap_liu", "ISMAP-LIU のみに登録されたクラウドサービスを"
                + (p.ismapLiu().orElse(false) ? "影響の小さい業務に限り選定できる" : "選定しない") + "とする",
                p.ismapLiu().isPresent(), "sel.schemes.cloud"));
        return items;
    }

    private static Item choice(String key, String text, boolean set, String clause) {
        Requirement r = new Requirement(key, text + (set ? "" : "（既定値。団体で決めてください）"),
                Optional.empty(), Optional.empty(), set ? "プロファイルで設定" : "既定値のまま", clause, Optional.empty());
        return new Item(r, set ? Status.DECLARED : Status.DEFAULT);
    }

    /** A one-line description of the profile's situation, e.g. 「α' モデル（ウ）・ガバメントクラウド・テレワーク」. */
    public static String situation(Profile p) {
        List<String> parts = new ArrayList<>();
        String model = switch (p.network().model()) {
            case ALPHA -> "α モデル";
            case ALPHA_PRIME -> "α' モデル（" + switch (p.network().alphaPrimeCase()
                    .orElse(AlphaPrimeCase.FILE_EXCHANGE)) {
                case AUTH_ONLY -> "ア";
                case NO_FILE_IMPORT -> "イ";
                case FILE_EXCHANGE -> "ウ";
            } + "）";
            case BETA -> "β モデル";
            case BETA_PRIME -> "β' モデル";
        };
        parts.add(model);
        if (p.cloud().governmentCloud()) {
            parts.add("ガバメントクラウド");
        }
        if (p.features().telework()) {
            parts.add("テレワーク");
        }
        if (p.features().wirelessLan()) {
            parts.add("無線LAN");
        }
        if (p.features().generativeAi()) {
            parts.add("生成AI");
        }
        if (p.features().socialMedia()) {
            parts.add("ソーシャルメディア");
        }
        return String.join("・", parts);
    }
}
