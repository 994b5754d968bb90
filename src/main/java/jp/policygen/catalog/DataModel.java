package jp.policygen.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.policy.Digits;
import jp.policygen.policy.NumberingForm;
import jp.policygen.profile.Profile;
import jp.policygen.profile.Wareki;

/**
 * The data the clause templates see, built from a validated profile (variables listed in templates/README.md).
 * Only strings, booleans, lists and maps: nothing a template could call.
 */
public final class DataModel {
    /** The clause id of the 対策基準's definitions article in the 例規 form. */
    public static final String DEFINITIONS_ARTICLE = "std.general.definitions";
    /** Staff up to this number make a small body (templates/README.md, 小規模な団体). */
    public static final int SMALL_BODY_STAFF = 300;

    private DataModel() {
    }

    /** 教育委員会 → 架空市教育委員会; 市長 → 架空市長 (the 市 is not doubled); a name already prefixed stays as written. */
    static String withBodyName(String body, String organ) {
        if (organ.startsWith(body)) {
            return organ;
        }
        String last = body.isEmpty() ? "" : body.substring(body.length() - 1);
        return !last.isEmpty() && organ.startsWith(last) ? body + organ.substring(1) : body + organ;
    }

    /** The day the amended 地方自治法's 第244条の6 (the cybersecurity policy) took effect. */
    private static final java.time.LocalDate LOCAL_AUTONOMY_ACT_AMENDED = java.time.LocalDate.of(2026, 4, 1);

    /** The kind of rule an adoption number names (訓令第21号 → 訓令). */
    private static final java.util.regex.Pattern RULE = java.util.regex.Pattern.compile("^(訓令|告示|規程|規則|要綱|要領)");

    /** How a rule with its own number in the profile (規程第3号) calls itself (この規程); otherwise {@code otherwise}. */
    private static String own(java.util.Optional<String> number, String otherwise) {
        java.util.regex.Matcher m = RULE.matcher(number.orElse(""));
        return m.find() ? "この" + m.group(1) : otherwise;
    }

    public static Map<String, Object> of(Profile p) {
        Map<String, Object> root = new LinkedHashMap<>();
        Profile.Municipality m = p.municipality();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", m.name());
        body.put("self", m.kind().self(m.name()));
        body.put("head", m.head());
        body.put("office", m.kind().office(m.name()));
        body.put("kind", m.kind().id());
        body.put("prefecture", m.kind() == jp.policygen.profile.BodyKind.PREFECTURE);
        // a body small enough to meet some duties through the prefecture, shared procurement or a contractor
        body.put("small", m.staff().map(n -> n <= SMALL_BODY_STAFF).orElse(false));
        root.put("body", body);

        Profile.Organization o = p.organization();
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("ciso", o.ciso());
        org.put("cisoAdvisor", o.cisoAdvisor().orElse(""));
        org.put("chiefOfficer", o.chiefOfficer());
        org.put("securityOfficers", o.securityOfficers());
        org.put("securityManagers", o.securityManagers());
        org.put("systemManagers", o.systemManagers());
        org.put("committee", o.committee());
        org.put("csirt", o.csirtName());
        org.put("csirtLead", o.csirtLead());
        org.put("itDepartment", o.itDepartment());
        org.put("auditLead", o.auditLead().orElse(""));
        root.put("org", org);
        // each organ adopting the 基本方針 as its own act (policy.joint_adoption: own-acts): this document is the head's
        // rule, which binds the head's organs only; the other organs' acts cover theirs
        root.put("scope", !p.policy().eachOrgansOwnAct() ? List.copyOf(p.policy().scope())
                : p.policy().scopeOf(m.head(), m.name()));

        Profile.Network n = p.network();
        Map<String, Object> net = new LinkedHashMap<>();
        net.put("model", n.model().id());
        net.put("case", n.alphaPrimeCase().map(jp.policygen.profile.AlphaPrimeCase::id).orElse(""));
        net.put("securityCloud", n.securityCloud());
        net.put("securityCloudStated", n.securityCloudStated());
        net.put("screenTransfer", n.screenTransfer());
        net.put("edr", n.edr());
        net.put("logMonitoring", n.logMonitoring());
        net.put("mynumberScreenTransfer", n.mynumberScreenTransfer());
        net.put("sanitization", n.sanitization().stream().map(jp.policygen.profile.Sanitization::label).toList());
        root.put("net", net);

        Map<String, Object> cloud = new LinkedHashMap<>();
        cloud.put("governmentCloud", p.cloud().governmentCloud());
        List<Map<String, Object>> all = new ArrayList<>();
        List<Map<String, Object>> confidential = new ArrayList<>();
        List<Map<String, Object>> other = new ArrayList<>();
        for (Profile.CloudService s : p.cloud().services()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("name", s.name());
            sm.put("ismap", s.ismap());
            sm.put("confidential", s.confidential());
            sm.put("purpose", s.purpose());
            all.add(sm);
            (s.confidential() ? confidential : other).add(sm);
        }
        cloud.put("services", all);
        cloud.put("confidential", confidential);
        cloud.put("nonConfidential", other);
        cloud.put("appendix", p.cloud().appendix());
        cloud.put("allIsmap", p.cloud().services().stream().allMatch(Profile.CloudService::ismap));
        root.put("cloud", cloud);

        Map<String, Object> procurement = new LinkedHashMap<>(); // the 選定基準's choices, with their defaults
        procurement.put("department", p.procurement().department().orElse(p.organization().itDepartment()));
        procurement.put("ismapLiu", p.procurement().ismapLiu().orElse(false));
        procurement.put("registeredFrom", p.procurement().registeredFrom().orElse("2"));
        root.put("procurement", procurement);

        Map<String, Object> features = new LinkedHashMap<>();
        features.put("telework", p.features().telework());
        features.put("socialMedia", p.features().socialMedia());
        features.put("wirelessLan", p.features().wirelessLan());
        features.put("wirelessLanMynumber", p.features().wirelessLanMynumber());
        features.put("mynumberMediaErasure", p.features().mynumberMediaErasure());
        features.put("generativeAi", p.features().generativeAi());
        root.put("features", features);

        Map<String, Object> param = new LinkedHashMap<>();
        for (jp.policygen.profile.Parameter x : jp.policygen.profile.Parameter.ALL) {
            param.put(x.model(), x.wording(p.parameter(x)));
        }
        root.put("param", param);

        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("effective", Wareki.format(p.policy().effective()));
        policy.put("version", p.policy().version().orElse(""));
        policy.put("adoption", p.policy().adoption().orElse(""));
        // the organs adopting the 基本方針 jointly, as one phrase (市長、教育委員会及び議会); "" when the head alone adopts it
        List<String> adopters = p.policy().adopters().stream()
                .map(a -> withBodyName(m.name(), a)).toList();
        boolean ownActs = p.policy().eachOrgansOwnAct();
        policy.put("jointAdoption", adopters.size() > 1 && !ownActs);
        policy.put("ownActs", ownActs);
        policy.put("adopters", adopters.size() <= 1 ? String.join("", adopters)
                : String.join("、", adopters.subList(0, adopters.size() - 1)) + "及び" + adopters.get(adopters.size() - 1));
        policy.put("articles", p.policy().form() == NumberingForm.ARTICLES);
        // 例規 form: the 対策基準's terms in one definitions article of its 第1章 (issue 19), unless the rule was adopted
        // with its terms defined in the chapters (its pinned numbering has no such article) and keeps that structure;
        // the resolver also turns it off for a rule whose earlier version, kept under stable numbers, had none
        Map<String, jp.policygen.policy.Position> pinned = p.policy().numbering().fullRevision() ? Map.of()
                : p.policy().numbering().byDocument().getOrDefault("standard", Map.of());
        policy.put("definitionsArticle", p.policy().form() == NumberingForm.ARTICLES
                && (pinned.isEmpty() || pinned.containsKey(DEFINITIONS_ARTICLE)));
        // the kind of rule the adoption names (訓令第21号 → 訓令), for 附則 such as 「この訓令は、…から施行する。」
        java.util.regex.Matcher rule = RULE.matcher(p.policy().adoption().orElse(""));
        boolean oneRule = p.policy().rules().oneRule();
        // one rule in parts (policy.rules: one) is a rule whatever its number says: a 訓令 until the profile names it
        policy.put("rule", rule.find() ? rule.group(1) : oneRule ? "訓令" : "");
        policy.put("oneRule", oneRule);
        // the parts of that rule, in its digits (第１編 基本方針, 第２編 対策基準), as its provisions cite them
        boolean partDigits = p.policy().form() == NumberingForm.ARTICLES && !p.policy().halfWidthNumbers();
        policy.put("part", Map.of("basic", "第" + Digits.of(1, partDigits) + "編",
                "standard", "第" + Digits.of(2, partDigits) + "編"));
        policy.put("replaces", p.policy().replaces().map(r -> r.title() + "（" + r.number() + "）").orElse(""));
        // how each rule calls itself: in the 例規 form by its instrument, as its 附則 does (この訓令); in the booklet by
        // its name (本基本方針, この対策基準, この特則)
        boolean asRule = p.policy().form() == NumberingForm.ARTICLES && (rule.find(0) || oneRule);
        String instrument = asRule ? "この" + policy.get("rule") : "";
        Map<String, Object> self = new LinkedHashMap<>();
        // adopted jointly by several organs, the 基本方針 is a 告示 (a 長's 訓令 binds the 長's staff only)
        boolean jointRule = p.policy().form() == NumberingForm.ARTICLES && p.policy().adopters().size() > 1 && !ownActs;
        self.put("basic", jointRule ? "この告示" : asRule ? instrument : "本基本方針");
        // the 対策基準 and the 特則 are not published (基本方針 says so), and a 告示 is by definition a published act: a
        // body that adopts its 基本方針 by 告示 makes these internal rules 訓令
        String internal = asRule && instrument.equals("この告示") ? "この訓令" : instrument;
        self.put("standard", asRule ? own(p.policy().rules().standard(), internal) : "この対策基準");
        self.put("cloud", asRule ? own(p.policy().rules().cloud(), internal) : "この特則");
        policy.put("self", self);
        // what changing the rule itself is called: a rule (この訓令) is 改正された, a booklet policy 改定された
        policy.put("revise", asRule ? "改正" : "改定");
        // a rule made for the first time replaces nothing: its 附則 says no earlier rule loses effect
        // the 地方自治法 as amended in 2024 (令和6年法律第65号) requires the policy from 2026-04-01: a rule in force
        // earlier cannot claim to be that policy yet
        policy.put("lawInForce", !p.policy().effective().isBefore(LOCAL_AUTONOMY_ACT_AMENDED));
        policy.put("first", p.policy().history().stream().noneMatch(h -> h.date().isBefore(p.policy().effective())));
        // 附則: the day the rule took effect, in the digits of its article numbers (令和８年４月１日 in the 例規 form).
        // A rule revised by amendments (history entries with adoption:) took effect when it was first made, and
        // each revision adds its own 附則 (policy.revisions, printed by the resolver from the same template).
        boolean fullWidth = p.policy().form() == NumberingForm.ARTICLES && !p.policy().halfWidthNumbers();
        List<jp.policygen.profile.Profile.HistoryEntry> history = p.policy().history();
        boolean amended = history.stream().anyMatch(h -> h.adoption().isPresent());
        policy.put("amended", amended);
        policy.put("effectiveInDigits", Digits.widen(Wareki.format(p.policy().effective()), fullWidth));
        policy.put("enacted", Digits.widen(Wareki.format(amended ? history.get(0).date() : p.policy().effective()), fullWidth));
        List<Map<String, Object>> revisions = new java.util.ArrayList<>();
        for (int i = amended ? 1 : history.size(); i < history.size(); i++) {
            jp.policygen.profile.Profile.HistoryEntry h = history.get(i);
            if (h.adoption().isEmpty()) {
                continue;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("enacted", Digits.widen(Wareki.format(h.date()), fullWidth));
            r.put("adopted", Digits.widen(Wareki.format(h.adopted().orElse(h.date())), fullWidth));
            r.put("number", Digits.widen(h.adoption().get(), fullWidth));
            java.util.regex.Matcher kind = RULE.matcher(h.adoption().get());
            r.put("rule", kind.find() ? kind.group(1) : "");
            revisions.add(r);
        }
        policy.put("revisions", revisions);
        root.put("policy", policy);
        return root;
    }
}
