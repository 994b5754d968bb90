package jp.policygen.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import jp.policygen.policy.NumberingForm;
import jp.policygen.profile.Profile.Cloud;
import jp.policygen.profile.Profile.CloudService;
import jp.policygen.profile.Profile.Features;
import jp.policygen.profile.Profile.HistoryEntry;
import jp.policygen.profile.Profile.Municipality;
import jp.policygen.profile.Profile.Network;
import jp.policygen.profile.Profile.Organization;
import jp.policygen.profile.Profile.Override;
import jp.policygen.profile.Profile.PolicySettings;
import jp.policygen.profile.ProfileReader.Fields;
import jp.policygen.profile.ProfileReader.Walk;

/** Walks a composed profile against the schema of profile.md, building the typed profile and the findings. */
final class ProfileBuilder {
    static final List<String> ROOT = List.of("guideline", "municipality", "policy", "organization", "network", "cloud",
            "features", "overrides", "parameters", "law", "procurement");
    static final List<String> MUNICIPALITY = List.of("name", "kind", "code", "head", "staff");
    static final List<String> POLICY = List.of("effective", "version", "form", "adoption", "history", "scope", "marking",
            "renumber", "article_numbers", "item_numbers", "replaces", "adopters", "numbering", "full_revision",
            "joint_adoption", "adopted", "standard_adoption", "cloud_adoption", "rules");
    static final List<String> REPLACES = List.of("title", "number");
    static final List<String> HISTORY = List.of("date", "note", "version", "adoption", "adopted");
    static final List<String> ORGANIZATION = List.of("ciso", "ciso_advisor", "chief_officer", "security_officers",
            "security_managers", "system_managers", "committee", "csirt", "it_department", "audit_lead");
    static final List<String> CSIRT = List.of("name", "lead");
    static final List<String> NETWORK = List.of("model", "alpha_prime", "security_cloud", "sanitization",
            "screen_transfer", "edr", "log_monitoring", "mynumber_screen_transfer");
    static final List<String> ALPHA_PRIME = List.of("case");
    static final List<String> CLOUD = List.of("government_cloud", "services", "appendix");
    static final List<String> SERVICE = List.of("name", "ismap", "confidential", "purpose");

    /** Words of a service's purpose that speak of residents' applications or personal data. */
    private static final java.util.regex.Pattern PERSONAL =
            java.util.regex.Pattern.compile("申請|届出|住民|個人情報|個人番号|マイナンバー|相談|予約|税|福祉|健康|戸籍");

    /**
     * Whether an organ of the scope is one of the adopters: 市長部局 is the 市長's, 議会事務局 the 議会's, the others by
     * name (教育委員会); the body's name before either is ignored.
     */
    static boolean adopts(String organ, List<String> adopters, String bodyName) {
        String o = full(organ, bodyName);
        String own = o.endsWith("部局") ? o.substring(0, o.length() - 2) : o.endsWith("事務局")
                ? o.substring(0, o.length() - 3) : o;
        return adopters.stream().map(a -> full(a, bodyName)).anyMatch(a -> a.equals(o) || a.equals(own));
    }

    /** An organ's name with the body's (市長 → 架空市長, 教育委員会 → 架空市教育委員会), as the documents print it. */
    private static String full(String name, String bodyName) {
        if (bodyName.isEmpty() || name.startsWith(bodyName)) {
            return name;
        }
        String last = bodyName.substring(bodyName.length() - 1);
        return name.startsWith(last) ? bodyName + name.substring(1) : bodyName + name;
    }
    static final List<String> FEATURES = List.of("telework", "social_media", "wireless_lan", "wireless_lan_mynumber",
            "generative_ai", "mynumber_media_erasure");
    static final List<String> LAW = List.of("exempt", "published", "existing_systems", "existing_contracts");
    static final List<String> CONTRACT = List.of("name", "ends");
    static final List<String> PROCUREMENT = List.of("department", "ismap_liu", "registered_from");
    static final List<String> OVERRIDE = List.of("replace", "omit", "append", "reason", "title", "insert");
    static final List<String> INSERT = List.of("after", "title", "text");
    static final List<String> ARTICLE_NUMBERS = List.of("full-width", "half-width");
    /** policy.joint_adoption: several organs adopt the 基本方針 together as one 告示, or each as its own act. */
    static final List<String> JOINT_ADOPTION = List.of("notice", "own-acts");
    /** policy.rules: the 基本方針 and the 対策基準 as two rules (the default) or as one rule in two parts (第１編・第２編). */
    static final List<String> RULES = List.of("two", "one");
    static final List<String> ITEM_NUMBERS = List.of("parenthesized", "kanji");
    /** A line that starts with a number the author typed ((1), （１）, ①, 1., １．): the tool numbers clauses itself. */
    private static final java.util.regex.Pattern HAND_NUMBER = java.util.regex.Pattern.compile(
            "^\\s*([(（][0-9０-９一二三四五六七八九十]+[)）]|[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF]|[0-9０-９]+[.．、]"
                    + "|[アイウエオカキクケコ][.．、　 ]|[(（][アイウエオカキクケコ][)）])");
    static final String UNUSABLE = "文書に使えない文字のため、削除してください。";

    private final Walk walk;
    private final Values values;
    private final String name;
    private final EditionRules editions;
    /** The profile's edition, once read: what it may use depends on it. */
    private EditionId edition;

    ProfileBuilder(Walk walk, String name, EditionRules editions) {
        this.walk = walk;
        this.values = new Values(walk);
        this.name = name;
        this.editions = editions;
    }

    Profile build(Node root) {
        if (!(root instanceof MappingNode map)) {
            String found = root instanceof SequenceNode ? "ファイル全体が一覧（「- 」で始まる行）になっています。"
                    : "ファイル全体が1つの値として読まれました（「項目名: 値」の「: 」がありません）。";
            walk.error(root, "", "not-mapping", found + "プロファイルは行頭から「municipality:」「policy:」"
                    + "「organization:」「network:」などの「項目名:」で書き始めてください（profiles/ の見本を参照）。");
            return null;
        }
        Fields f = new Fields(walk, "", map, ROOT);
        EditionId guideline = guideline(f);
        edition = guideline;
        Municipality municipality = municipality(section(f, "municipality", MUNICIPALITY, true, "name: 架空市"));
        PolicySettings policy = policy(section(f, "policy", POLICY, true, "effective: 2026-04-01"), municipality);
        String deputy = deputy(municipality);
        // hints name the body's own committee and CSIRT (a 町 is not told to write 架空市情報セキュリティ委員会)
        String body = municipality == null || municipality.name() == null || municipality.name().isBlank() ? "架空市"
                : municipality.name();
        Organization organization = organization(section(f, "organization", ORGANIZATION, true, "ciso: " + deputy),
                deputy, body);
        Network network = network(section(f, "network", NETWORK, true, "model: alpha"));
        Cloud cloud = cloud(section(f, "cloud", CLOUD, false, "government_cloud: true"), network);
        Features features = features(section(f, "features", FEATURES, false, "telework: true"));
        Map<String, Override> overrides = overrides(f, guideline);
        Map<String, String> parameters = parameters(section(f, "parameters", Parameter.keys(), false,
                "password_min_length: 12"));
        Profile.Law law = law(section(f, "law", LAW, false, "exempt: false"));
        Profile.Procurement procurement = procurement(section(f, "procurement", PROCUREMENT, false, "ismap_liu: false"));
        if (walk.hasErrors()) {
            return null;
        }
        return new Profile(name, walk.file, guideline, municipality, policy, organization, network, cloud, features,
                overrides, parameters, law, procurement);
    }

    /** The edition: one the tool ships (templates/editions.yaml); the latest when the profile leaves it out. */
    private EditionId guideline(Fields f) {
        if (!f.has("guideline")) {
            return editions.latestEdition();
        }
        Node n = f.value("guideline");
        Optional<EditionId> id = n instanceof ScalarNode s && ProfileReader.plainTag(n)
                ? EditionId.parse(s.getValue().strip()).filter(editions.editionIds()::contains) : Optional.empty();
        if (id.isEmpty()) {
            String shown = n instanceof ScalarNode s ? "「" + Text.show(s.getValue()) + "」は書けません。" : "";
            List<EditionId> newestFirst = new ArrayList<>(editions.editionIds());
            java.util.Collections.reverse(newestFirst);
            List<String> named = newestFirst.stream().map(e -> "\"" + e + "\"（" + editions.editionName(e) + "）").toList();
            String choices = named.size() == 1 ? named.get(0)
                    : String.join("、", named.subList(0, named.size() - 1)) + "または " + named.get(named.size() - 1);
            walk.error(n, "guideline", "bad-value", "'guideline' に" + shown + "ガイドラインの版を " + choices
                    + "のように書いてください。");
            return editions.latestEdition();
        }
        return id.get();
    }

    /** A nested mapping; null (after a finding if it was required or malformed) when absent. */
    private Fields section(Fields parent, String key, List<String> known, boolean required, String example) {
        Node n = parent.value(key);
        if (ProfileReader.isNull(n)) {
            if (required) {
                parent.missing(key, example);
            }
            return null;
        }
        if (!(n instanceof MappingNode m)) {
            walk.error(n, parent.join(key), "wrong-type", "'" + parent.join(key) + "' には" + Values.found(n) + "書けません。"
                    + "「" + key + ":」の次の行から、字下げして「項目名: 値」を書いてください（例: " + example + "）。");
            return null;
        }
        return new Fields(walk, parent.join(key), m, known);
    }

    private Municipality municipality(Fields f) {
        if (f == null) {
            return null;
        }
        String bodyName = values.text(f, "name", true, "架空市", ProfileReader.MAX_NAME);
        String kindId = f.has("kind") ? values.choice(f, "kind", BodyKind.ids(), null) : null;
        if (!f.has("kind")) {
            f.missing("kind", "city");
        }
        BodyKind kind = kindId == null ? null : BodyKind.fromId(kindId);
        Optional<String> code = Optional.empty();
        if (f.has("code")) {
            code = Optional.ofNullable(values.text(f, "code", false, "012345", ProfileReader.MAX_NAME));
            if (code.isPresent() && !checkCode(f.value("code"), f.join("code"), code.get())) {
                code = Optional.empty();
            }
        }
        String head = f.has("head") ? values.text(f, "head", false, "市長", ProfileReader.MAX_NAME)
                : kind == null ? "" : kind.head();
        Optional<Integer> staff = f.has("staff") ? values.integer(f, "staff", 1, 1_000_000) : Optional.empty();
        return new Municipality(bodyName, kind, code, head, staff);
    }

    /** 全国地方公共団体コード: five digits and a check digit (11 − weighted sum mod 11, with 10→0 and 11→0 rules). */
    private boolean checkCode(Node node, String key, String code) {
        if (!code.matches("[0-9]{6}")) {
            walk.error(node, key, "bad-code", "'" + key + "' の「" + Text.show(code) + "」は地方公共団体コードではありません。"
                    + "地方公共団体コードは半角数字6桁（5桁と検査数字1桁）で、先頭の0が消えないよう \"012025\" のように"
                    + " \"…\" で囲んで書いてください。");
            return false;
        }
        int expected = LocalGovernmentCode.checkDigit(code.substring(0, 5));
        if (expected != code.charAt(5) - '0') {
            walk.error(node, key, "bad-check-digit", "地方公共団体コード「" + code + "」の検査数字（6桁目）が正しくありません。"
                    + "前の5桁から計算すると " + expected + " です（\"" + code.substring(0, 5) + expected + "\"）。");
            return false;
        }
        return true;
    }

    /**
     * Whether a body text has lines that start with numbers the author typed ((1), ①, 1.): an error at that line,
     * since the tool numbers clauses itself and would otherwise join the lines into one paragraph.
     */
    private boolean handNumbered(Node node, int keyColumn, String id) {
        if (!(node instanceof ScalarNode scalar)) {
            return false;
        }
        String[] lines = scalar.getValue().split("\n", -1);
        boolean block = scalar.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.LITERAL
                || scalar.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.FOLDED;
        int contentLine = node.getStartMark().getLine() + 1 + (block ? 1 : 0);
        int contentColumn = block ? node.getStartMark().getColumn() + 1 : node.getStartMark().getColumn() + 2;
        for (int i = 0; i < lines.length; i++) {
            java.util.regex.Matcher m = HAND_NUMBER.matcher(lines[i]);
            if (m.find() && lines.length > 1) {
                String number = m.group(1).strip();
                walk.at(contentLine + i, block ? keyColumn + 2 + leading(lines[i]) : contentColumn, "hand-numbered",
                        "'overrides." + Text.show(id) + "' の本文の行が手書きの番号「" + Text.show(number) + "」で始まって"
                        + "います。番号は自動で付くため、このままでは行がつながって1つの段落になります。番号を消して、"
                        + "項目は「- 」で始まる行（ア・イ・ウ）にするか、番号の付いた子条項ごとに overrides を書いて"
                        + "ください（子条項のIDは「policygen sections」で確かめられます）。");
                return true;
            }
        }
        return false;
    }

    /** The 1-based column of a key, so a block scalar's lines can be placed (indented two more, as the samples are). */
    private static int keyColumn(Fields f, String key) {
        return f.tuples.get(key).getKeyNode().getStartMark().getColumn() + 1;
    }

    private static int leading(String line) {
        int n = 0;
        while (n < line.length() && Character.isWhitespace(line.charAt(n))) {
            n++;
        }
        return n;
    }

    private PolicySettings policy(Fields f, Municipality m) {
        if (f == null) {
            return null;
        }
        LocalDate effective = null;
        Node effectiveNode = f.value("effective");
        if (f.has("effective")) {
            effective = ProfileReader.date(walk, f.value("effective"), f.join("effective")).orElse(null);
        } else {
            f.missing("effective", "2026-04-01");
        }
        Optional<String> version = values.optionalText(f, "version", ProfileReader.MAX_NAME);
        NumberingForm form = NumberingForm.of(f.has("form") ? values.choice(f, "form", ProfileReader.FORMS, "outline")
                : "outline");
        Optional<String> adoption = values.optionalText(f, "adoption", ProfileReader.MAX_NAME);
        Optional<String> marking = values.optionalText(f, "marking", 20);
        List<HistoryEntry> history = new ArrayList<>();
        List<Node> historyNodes = new ArrayList<>();
        if (f.has("history")) {
            for (Node item : ProfileReader.sequence(walk, f.value("history"), f.join("history"),
                    "- { date: 2016-04-01, note: 策定 }")) {
                Fields h = values.mapping(item, f.join("history"), HISTORY, "{ date: 2016-04-01, note: 策定 }");
                if (h == null) {
                    continue;
                }
                LocalDate d = null;
                if (h.has("date")) {
                    d = ProfileReader.date(walk, h.value("date"), h.join("date")).orElse(null);
                } else {
                    h.missing("date", "2016-04-01");
                }
                String note = values.text(h, "note", true, "策定", ProfileReader.MAX_NAME);
                Optional<String> entryVersion = values.optionalText(h, "version", ProfileReader.MAX_NAME);
                Optional<String> entryAdoption = values.optionalText(h, "adoption", ProfileReader.MAX_NAME);
                Optional<LocalDate> adopted = h.has("adopted")
                        ? ProfileReader.date(walk, h.value("adopted"), h.join("adopted")) : Optional.empty();
                if (h.has("adopted") && !h.has("adoption")) {
                    walk.error(h.tuples.get("adopted").getKeyNode(), h.join("adopted"), "adopted-without-adoption",
                            "adopted（改正の訓令を定めた日）は、その訓令の番号 adoption（例: adoption: 訓令第12号）と一緒に"
                                    + "書いてください。");
                }
                if (entryAdoption.isPresent()) {
                    adoptionKind(h.value("adoption"), h.join("adoption"), entryAdoption.get());
                }
                if (d != null && adopted.isPresent() && adopted.get().isAfter(d)) {
                    // a 訓令 is made before (or on) the day it takes effect; the other way round its 附則 is nonsense
                    walk.error(h.value("adopted"), h.join("adopted"), "adopted-after-date",
                            "adopted（改正の訓令を定めた日: " + adopted.get() + "）が、その改正の施行日 date（" + d
                                    + "）より後です。adopted には訓令を定めた日を、date には施行した日を書いてください"
                                    + "（adopted は date と同じ日かそれより前です）。");
                }
                if (d != null && note != null) {
                    duplicateHistory(history, historyNodes, item, f.join("history"), d, entryVersion, entryAdoption,
                            note);
                    history.add(new HistoryEntry(d, note, entryVersion, entryAdoption, adopted));
                    historyNodes.add(item);
                }
            }
            for (int i = 1; i < history.size(); i++) {
                if (history.get(i).date().isBefore(history.get(i - 1).date())) {
                    walk.warn(historyNodes.get(i), f.join("history"), "history-order",
                            "改定履歴は古い順に並べてください（" + history.get(i).date() + " が " + history.get(i - 1).date()
                                    + " より後にあります）。");
                    break;
                }
            }
            // the 改定履歴 and the 附則 follow the dates, never the file's order (the warning above asks to fix the
            // file; the documents must not come out wrong meanwhile). A stable sort keeps same-day rows as written.
            history.sort(java.util.Comparator.comparing(HistoryEntry::date));
        }
        if (adoption.isPresent()) {
            adoptionKind(f.value("adoption"), f.join("adoption"), adoption.get());
        }
        List<String> scope = new ArrayList<>();
        if (f.has("scope")) {
            for (Node item : ProfileReader.sequence(walk, f.value("scope"), f.join("scope"), "- 市長部局")) {
                String s = values.scalarText(item, f.join("scope"), ProfileReader.MAX_NAME);
                if (s != null) {
                    scope.add(s);
                }
            }
        } else if (m != null && m.kind() != null) {
            scope.addAll(m.kind().defaultScope());
        }
        // a rule revised by amendments prints a 附則 for each history entry with adoption: a last revision on another
        // day than the cover's 施行日 is a document that contradicts itself (a 令和7年 附則 under a 令和8年 cover), so
        // it is an error there; in a booklet the 改定履歴 only lists the revisions, so it stays a warning
        boolean amended = history.stream().anyMatch(h -> h.adoption().isPresent());
        if (effective != null && !history.isEmpty() && effective.isBefore(history.get(history.size() - 1).date())) {
            HistoryEntry last = history.get(history.size() - 1);
            String message = "施行日（policy.effective: " + effective + "）が改定履歴（policy.history）の最後の日付 "
                    + last.date() + " より前です。施行日を " + last.date() + " 以後にするか、改定履歴の日付を確かめてください。";
            if (amended) {
                walk.error(effectiveNode, f.join("effective"), "effective-before-history", message);
            } else {
                walk.warn(effectiveNode, f.join("effective"), "effective-before-history", message);
            }
        } else if (effective != null && amended && effective.isAfter(history.get(history.size() - 1).date())) {
            HistoryEntry last = history.get(history.size() - 1);
            walk.error(effectiveNode, f.join("effective"), "effective-after-history",
                    "施行日（policy.effective: " + effective + "）が改定履歴（policy.history）の最後の日付 " + last.date()
                            + " と違います。附則は改定履歴から作るため、表紙の施行日と最後の附則の日付が食い違います。"
                            + "今回の改定を改定履歴の最後に「- { date: " + effective + ", note: 改定, adoption: "
                            + adoption.orElse("訓令第1号") + " }」のように書き加えるか、施行日を " + last.date()
                            + " にしてください。");
        }
        List<String> adopters = new ArrayList<>();
        if (f.has("adopters")) {
            for (Node item : ProfileReader.sequence(walk, f.value("adopters"), f.join("adopters"), "- 市長")) {
                String a = values.scalarText(item, f.join("adopters"), ProfileReader.MAX_NAME);
                if (a != null && adopters.contains(a)) {
                    walk.warn(item, f.join("adopters"), "adopter-twice", "policy.adopters に「" + Text.show(a)
                            + "」が2回書かれています。1回だけ書いてください。");
                } else if (a != null) {
                    adopters.add(a);
                }
            }
        }
        if (!adopters.isEmpty()) {
            // a joint 基本方針 binds the organs that adopt it: an organ in the scope that does not is bound by nothing
            List<String> notAdopting = scope.stream().filter(o -> !adopts(o, adopters, m == null ? "" : m.name())).toList();
            if (!notAdopting.isEmpty()) {
                Node at = f.has("scope") ? f.keyNode("scope") : f.keyNode("adopters");
                walk.warn(at, f.join(f.has("scope") ? "scope" : "adopters"), "scope-not-adopter",
                        "対象とする機関（policy.scope）の「" + String.join("」「", notAdopting) + "」は、基本方針を定める機関"
                                + "（policy.adopters）にありません。定めていない機関を基本方針で拘束することはできません。"
                                + "その機関を policy.adopters に加えるか、policy.scope から外してください。");
            }
        }
        boolean renumber = values.bool(f, "renumber", true);
        boolean halfWidth = f.has("article_numbers")
                && values.choice(f, "article_numbers", ARTICLE_NUMBERS, "full-width")
                .equals("half-width");
        boolean kanjiItems = f.has("item_numbers")
                && values.choice(f, "item_numbers", ITEM_NUMBERS, "parenthesized").equals("kanji");
        Optional<Profile.Replaced> replaces = Optional.empty();
        Fields r = section(f, "replaces", REPLACES, false, "{ title: 架空市情報セキュリティ対策基準, number: 平成28年訓令第5号 }");
        if (r != null) {
            String title = values.text(r, "title", true, "架空市情報セキュリティ対策基準", ProfileReader.MAX_NAME);
            String number = values.text(r, "number", true, "平成28年訓令第5号", ProfileReader.MAX_NAME);
            if (title != null && number != null) {
                replaces = Optional.of(new Profile.Replaced(title, number));
            }
        }
        Profile.AdoptedNumbering numbering = new Profile.AdoptedNumbering(numbering(f),
                values.bool(f, "full_revision", false));
        boolean ownActs = f.has("joint_adoption")
                && values.choice(f, "joint_adoption", JOINT_ADOPTION, "notice").equals("own-acts");
        if (f.has("joint_adoption") && adopters.size() < 2) {
            walk.warn(f.keyNode("joint_adoption"), f.join("joint_adoption"), "joint-adoption-alone",
                    "policy.joint_adoption は、基本方針を定める機関（policy.adopters）が2つ以上のときに使います。"
                            + "長が単独で定めるなら joint_adoption の行を削除し、共同で定めるなら policy.adopters に"
                            + "機関を並べてください（例: adopters: [市長, 教育委員会, 議会]）。");
        }
        return new PolicySettings(effective, version, form, adoption, history, scope, marking, renumber, halfWidth,
                kanjiItems, replaces, adopters, numbering, ownActs, ruleNumbers(f, effective, adoption, form, adopters,
                ownActs));
    }

    /**
     * policy.adopted, standard_adoption and cloud_adoption: the 制定日 and the numbers of the other rules, for the line
     * under each 題名 in the 例規 form. A number names its kind of rule; no two rules share one; the unpublished 対策基準
     * and 特則 are no 告示; the rules are made on or before the day they take effect.
     */
    private Profile.RuleNumbers ruleNumbers(Fields f, LocalDate effective, Optional<String> adoption, NumberingForm form,
                                            List<String> adopters, boolean ownActs) {
        Optional<LocalDate> adopted = f.has("adopted")
                ? ProfileReader.date(walk, f.value("adopted"), f.join("adopted")) : Optional.empty();
        if (adopted.isPresent() && effective != null && adopted.get().isAfter(effective)) {
            walk.error(f.value("adopted"), f.join("adopted"), "adopted-after-date",
                    "adopted（訓令等を定めた日: " + adopted.get() + "）が、施行日 effective（" + effective + "）より後です。"
                            + "adopted には訓令等を定めた（公布した）日を書いてください（施行日と同じ日かそれより前です）。");
        }
        Map<String, String> seen = new java.util.LinkedHashMap<>();
        adoption.ifPresent(a -> seen.put(a, "adoption"));
        Optional<String> standard = otherRule(f, "standard_adoption", seen);
        Optional<String> cloud = otherRule(f, "cloud_adoption", seen);
        boolean oneRule = f.has("rules") && "one".equals(values.choice(f, "rules", RULES, "two"));
        if (oneRule && form != NumberingForm.ARTICLES) {
            // a booklet has no 題名, number or 附則 to share: the option is about the 例規 form only
            walk.warn(f.value("rules"), f.join("rules"), "rules-outline",
                    "policy.rules: one（基本方針と対策基準を1つの規程の第1編・第2編にする）は例規形式（policy.form: articles）"
                            + "のときだけ働きます。項目形式（outline）では基本方針と対策基準は別の文書のままです。例規形式で"
                            + "作るなら policy.form: articles を書き、項目形式のままなら rules の行を削除してください。");
        } else if (oneRule && (adopters.size() > 1 && !ownActs || adoption.orElse("").startsWith("告示"))) {
            // a 告示 (by its number, or jointly adopted) is published; the 対策基準 is not: one rule cannot be both
            boolean joint = adopters.size() > 1 && !ownActs;
            walk.warn(f.value("rules"), f.join("rules"), "rules-notice",
                    "policy.rules: one は、基本方針を告示で定める場合（" + (joint ? "複数の機関が共同で定める policy.adopters"
                            : "policy.adoption: " + Text.show(adoption.orElse(""))) + "）には使えません。告示は公表する形式で、"
                            + "公表しない対策基準を含められないためです。基本方針と対策基準は別の規程のまま作ります。1つの規程に"
                            + "するなら、" + (joint ? "policy.joint_adoption: own-acts（各機関がそれぞれ定める形）にしてください。"
                            : "訓令などの番号（例: adoption: 訓令第21号）を書いてください。"));
            oneRule = false;
        } else if (oneRule && standard.isPresent()) {
            walk.warn(f.value("standard_adoption"), f.join("standard_adoption"), "rules-standard-number",
                    "policy.rules: one では対策基準は基本方針と同じ規程（第2編）なので、番号は policy.adoption の1つだけです。"
                            + "standard_adoption の番号は使いません。standard_adoption の行を削除してください。");
            standard = Optional.empty();
        }
        return new Profile.RuleNumbers(adopted, standard, cloud, oneRule && form == NumberingForm.ARTICLES);
    }

    private Optional<String> otherRule(Fields f, String key, Map<String, String> seen) {
        Optional<String> number = values.optionalText(f, key, ProfileReader.MAX_NAME);
        if (number.isEmpty()) {
            return number;
        }
        adoptionKind(f.value(key), f.join(key), number.get());
        if (seen.containsKey(number.get())) {
            walk.error(f.value(key), f.join(key), "rule-number-twice",
                    "'" + f.join(key) + "' の「" + Text.show(number.get()) + "」は policy." + seen.get(number.get())
                            + " と同じ番号です。規程はそれぞれ別の番号で定めます。この規程の番号（例: 訓令第22号）を書いてください。");
        } else if (number.get().startsWith("告示")) {
            walk.warn(f.value(key), f.join(key), "internal-rule-notice",
                    "'" + f.join(key) + "' の「" + Text.show(number.get()) + "」は告示ですが、対策基準と特則は公表しない規程です。"
                            + "告示は公表するための形式なので、訓令（例: 訓令第22号）などで定めてください。");
        }
        seen.putIfAbsent(number.get(), key);
        return number;
    }

    /** The kinds of rule an adoption number names (訓令第3号); the 附則 speak of the rule by its kind (この訓令). */
    private static final java.util.regex.Pattern ADOPTION_KIND =
            java.util.regex.Pattern.compile("訓令|告示|規程|規則|要綱|要領|条例");

    /** An adoption number without its kind (第３号) gives a 附則 that cannot say what it is: an error. */
    private void adoptionKind(Node at, String path, String number) {
        if (ADOPTION_KIND.matcher(number).find()) {
            return;
        }
        String n = number.replaceFirst("^第", "").replaceFirst("号$", "");
        walk.error(at, path, "adoption-without-kind",
                "'" + path + "' の「" + Text.show(number) + "」には例規の種類がありません。「訓令第" + n + "号」「告示第" + n
                        + "号」「規程第" + n + "号」のように、種類を付けて書いてください。");
    }

    /**
     * The same revision written twice (same date and the same version or adoption, or the same note when neither is
     * given) would print two 附則 or two rows of the 改定履歴 for one revision: an error on the second.
     */
    private void duplicateHistory(List<HistoryEntry> history, List<Node> nodes, Node item, String path, LocalDate date,
                                  Optional<String> version, Optional<String> adoption, String note) {
        for (int i = 0; i < history.size(); i++) {
            HistoryEntry h = history.get(i);
            if (!h.date().equals(date)) {
                continue;
            }
            boolean same = adoption.isPresent() && adoption.equals(h.adoption())
                    || version.isPresent() && version.equals(h.version())
                    || adoption.isEmpty() && version.isEmpty() && h.adoption().isEmpty() && h.version().isEmpty()
                    && h.note().equals(note);
            if (same) {
                walk.error(item, path, "history-twice",
                        "改定履歴（policy.history）に " + date + " の改定が2回書かれています（" + (nodes.get(i).getStartMark().getLine() + 1)
                                + "行目と同じです）。1回だけ書いてください。");
                return;
            }
        }
    }

    /** The documents whose numbering a profile can pin (policy.numbering). */
    static final List<String> NUMBERED_DOCUMENTS = List.of("basic-policy", "standard", "cloud-provisions");

    /**
     * policy.numbering: per document, clause id → the position the adopted rule gives it (第３７条の２, 第１３条第２項).
     * A position that is no such text, or one given to two clauses, is an error at its line.
     */
    private Map<String, Map<String, jp.policygen.policy.Position>> numbering(Fields f) {
        Map<String, Map<String, jp.policygen.policy.Position>> out = new LinkedHashMap<>();
        if (!f.has("numbering")) {
            return out;
        }
        Fields docs = values.mapping(f.value("numbering"), f.join("numbering"), NUMBERED_DOCUMENTS,
                "standard: { std.general.purpose: 第1条 }");
        if (docs == null) {
            return out;
        }
        for (String doc : NUMBERED_DOCUMENTS) {
            if (!docs.has(doc)) {
                continue;
            }
            Fields ids = values.mapping(docs.value(doc), docs.join(doc), null, "std.general.purpose: 第1条");
            if (ids == null) {
                continue;
            }
            Map<String, jp.policygen.policy.Position> positions = new LinkedHashMap<>();
            Map<String, String> taken = new java.util.HashMap<>();
            for (String id : ids.tuples.keySet()) {
                Node v = ids.value(id);
                String text = v == null ? null : values.scalarText(v, ids.join(id), 40);
                if (text == null) {
                    continue;
                }
                Optional<jp.policygen.policy.Position> p = jp.policygen.policy.Position.parse(text);
                if (p.isEmpty()) {
                    walk.error(v, ids.join(id), "numbering-position", "「" + Text.show(text) + "」は条・項・号の番号として"
                            + "読めません。「第37条の2」「第13条第2項」「第13条第2項第3号」「第2章第1節」のように書いてください。");
                    continue;
                }
                String key = p.get().toString();
                if (taken.containsKey(key)) {
                    walk.error(v, ids.join(id), "numbering-twice", "番号「" + key + "」が " + taken.get(key)
                            + " と " + id + " の2つに付いています。1つの条項にだけ付けてください。");
                    continue;
                }
                taken.put(key, id);
                positions.put(id, p.get());
            }
            out.put(doc, positions);
        }
        return out;
    }

    /** The usual CISO of the body's kind, for the example in a message: 副知事, 副市長, 副町長 … */
    private static String deputy(Municipality m) {
        if (m == null || m.kind() == null) {
            return "副市長";
        }
        return m.kind() == BodyKind.PREFECTURE ? "副知事" : "副" + m.kind().head();
    }

    private Organization organization(Fields f, String deputy, String body) {
        if (f == null) {
            return null;
        }
        int max = ProfileReader.MAX_NAME;
        String ciso = values.text(f, "ciso", true, deputy, max);
        Optional<String> advisor = values.optionalText(f, "ciso_advisor", max);
        String chief = values.text(f, "chief_officer", true, "総務部長", max);
        String officers = values.text(f, "security_officers", true, "各部局長", max);
        String managers = values.text(f, "security_managers", true, "各課室長", max);
        String systemManagers = values.text(f, "system_managers", true, "各情報システム所管課室長", max);
        String committee = values.text(f, "committee", true, body + "情報セキュリティ委員会", max);
        String csirtName = null;
        String csirtLead = null;
        Fields csirt = section(f, "csirt", CSIRT, true, "{ name: " + body + "CSIRT, lead: 情報政策課長 }");
        if (csirt != null) {
            csirtName = values.text(csirt, "name", true, body + "CSIRT", max);
            csirtLead = values.text(csirt, "lead", true, "情報政策課長", max);
        }
        String it = values.text(f, "it_department", true, "総務部情報政策課", max);
        Optional<String> audit = f.has("audit_lead")
                ? Optional.ofNullable(values.text(f, "audit_lead", false, "監査委員事務局長", max)) : Optional.empty();
        if (audit.isPresent()) {
            auditedPost(f, audit.get(), ciso, chief, officers, managers, systemManagers, csirtLead);
        }
        return new Organization(ciso, advisor, chief, officers, managers, systemManagers, committee, csirtName,
                csirtLead, it, audit);
    }

    /**
     * Audits must be independent (対策基準 1(8), 基本方針 7): an audit lead who holds one of the audited posts would
     * audit its own work.
     */
    private void auditedPost(Fields f, String audit, String ciso, String chief, String officers, String managers,
                             String systemManagers, String csirtLead) {
        String[][] posts = {{chief, "統括情報セキュリティ責任者（chief_officer）"}, {ciso, "CISO（ciso）"},
                {csirtLead, "CSIRT責任者（csirt.lead）"}, {officers, "情報セキュリティ責任者（security_officers）"},
                {managers, "情報セキュリティ管理者（security_managers）"},
                {systemManagers, "情報システム管理者（system_managers）"}};
        for (String[] p : posts) {
            if (audit.equals(p[0])) {
                walk.warn(f.value("audit_lead"), f.join("audit_lead"), "audit-lead-audited",
                        "情報セキュリティ監査統括責任者（audit_lead）の「" + Text.show(audit) + "」は" + p[1]
                                + "と同じ職です。監査を受ける者が自らの業務を監査することになるため（対策基準 1(8)、基本方針 7）、"
                                + "監査を受ける部署に属さない職（監査委員事務局長など）を書いてください。この行を削除すると、"
                                + "CISOが監査を受ける部署に属さない者を指名する定めになります。");
                return;
            }
        }
    }

    private Network network(Fields f) {
        if (f == null) {
            return null;
        }
        String model = null;
        if (f.has("model")) {
            model = values.choice(f, "model", ProfileReader.MODELS, null);
            Optional<EditionId> since = model == null ? Optional.empty() : editions.valueIntroducedBy("network.model", model);
            if (since.isPresent() && !editions.atLeast(edition, since.get())) {
                walk.error(f.value("model"), f.join("model"), "not-in-edition", "model の「" + model + "」は"
                        + editions.editionName(since.get()) + "で加わったモデルのため、guideline: \"" + edition + "\"（"
                        + editions.editionName(edition) + "）では使えません。guideline を \"" + since.get()
                        + "\" 以降にするか、model にこの版のモデルを書いてください。");
                model = null;
            }
        } else {
            f.missing("model", "alpha");
        }
        Optional<String> apCase = Optional.empty();
        Fields ap = section(f, "alpha_prime", ALPHA_PRIME, false, "case: file-exchange");
        if ("alpha-prime".equals(model)) {
            if (ap == null && !f.has("alpha_prime")) {
                walk.error(f.keyNode("model"), f.join("alpha_prime"), "alpha-prime-case",
                        "model が alpha-prime のときは、network の中に「alpha_prime: { case: file-exchange }」のように"
                                + "接続の形（auth-only / no-file-import / file-exchange）を書いてください。α' はクラウドサービスの"
                                + "使い方によって必要な対策が変わるためです。");
            } else if (ap != null) {
                if (ap.has("case")) {
                    apCase = Optional.ofNullable(values.choice(ap, "case", ProfileReader.CASES, null));
                } else {
                    ap.missing("case", "file-exchange");
                }
            }
        } else if (f.tuples.containsKey("alpha_prime") && model != null) {
            walk.error(f.keyNode("alpha_prime"), f.join("alpha_prime"), "alpha-prime-forbidden",
                    "alpha_prime は model が alpha-prime のときだけ書けます（いまの model は " + model + "）。"
                            + "alpha_prime: の行とその下を削除するか、model: alpha-prime にしてください。");
        }
        boolean securityCloud = values.bool(f, "security_cloud", true);
        List<Sanitization> sanitization = new ArrayList<>();
        if (f.has("sanitization")) {
            for (Node item : ProfileReader.sequence(walk, f.value("sanitization"), f.join("sanitization"),
                    "[text-extraction, image-pdf]")) {
                String v = values.enumItem(item, f.join("sanitization"), ProfileReader.SANITIZATION_ORDER);
                if (v != null && !sanitization.contains(Sanitization.of(v))) {
                    sanitization.add(Sanitization.of(v));
                }
            }
        }
        boolean screenTransfer = values.bool(f, "screen_transfer", false);
        boolean edr = values.bool(f, "edr", false);
        boolean logMonitoring = values.bool(f, "log_monitoring", false);
        Node at = f.keyNode("model");
        if (("beta".equals(model) || "beta-prime".equals(model)) && !edr) {
            walk.error(f.has("edr") ? f.value("edr") : at, f.join("edr"), "beta-needs-edr",
                    "model が " + model + " のときは edr: true が必要です。β・β' モデルでは職員の端末がインターネット"
                            + "接続系に置かれるため、ガイドラインは端末での不審な挙動の検知と対応（EDR）を求めています。"
                            + "network の中に「edr: true」と書いてください。");
        }
        if ("beta-prime".equals(model) && !logMonitoring) {
            walk.error(f.has("log_monitoring") ? f.value("log_monitoring") : at, f.join("log_monitoring"),
                    "beta-prime-needs-logs", "model が beta-prime のときは log_monitoring: true が必要です。β' モデルでは"
                            + "重要な業務システムもインターネット接続系に置かれるため、ガイドラインは全ての業務システムのログの収集と"
                            + "監視を求めています。network の中に「log_monitoring: true」と書いてください。");
        }
        return new Network(model == null ? null : NetworkModel.of(model), apCase.map(AlphaPrimeCase::of), securityCloud, sanitization, screenTransfer, edr, logMonitoring,
                editionBool(f, "mynumber_screen_transfer"), f.has("security_cloud"));
    }

    private Cloud cloud(Fields f, Network network) {
        if (f == null) {
            return new Cloud(false, List.of());
        }
        boolean gov = values.bool(f, "government_cloud", false);
        List<CloudService> services = new ArrayList<>();
        if (f.has("services")) {
            for (Node item : ProfileReader.sequence(walk, f.value("services"), f.join("services"),
                    "- { name: Microsoft 365, ismap: true, confidential: true, purpose: Web会議 }")) {
                Fields s = values.mapping(item, f.join("services"), SERVICE, "name: Microsoft 365");
                if (s == null) {
                    continue;
                }
                String sname = values.text(s, "name", true, "Microsoft 365", ProfileReader.MAX_NAME);
                boolean ismap = values.requiredBool(s, "ismap");
                boolean confidential = values.requiredBool(s, "confidential");
                String purpose = values.text(s, "purpose", true, "Web会議・メール", ProfileReader.MAX_NAME);
                if (s.has("ismap") && Values.isFalse(s.value("ismap")) && sname != null) {
                    if (network != null && network.model() == NetworkModel.ALPHA_PRIME) {
                        walk.error(s.value("ismap"), s.join("ismap"), "alpha-prime-ismap",
                                "「" + sname + "」は ISMAP クラウドサービスリストに登録されていません。α' モデルで"
                                        + "ローカルブレイクアウトにより接続できるのは ISMAP に登録されたサービスだけです。"
                                        + "登録されたサービスに替えるか、このサービスを services から外してください。");
                    } else {
                        walk.warn(s.value("ismap"), s.join("ismap"), "not-ismap",
                                "「" + sname + "」は ISMAP クラウドサービスリストに登録されていません。機密性２以上の情報を"
                                        + "扱わせないか、安全性を個別に確認した記録を残してください。");
                    }
                }
                if (sname != null && purpose != null && s.has("confidential") && Values.isFalse(s.value("confidential"))
                        && PERSONAL.matcher(purpose + sname).find()) {
                    walk.warn(s.value("confidential"), s.join("confidential"), "personal-not-confidential",
                        "「" + sname + "」の用途（" + purpose + "）は申請、住民又は個人情報に関わるようですが、"
                                + "confidential: false（機密性２以上を扱わない）になっています。住民の申請や個人情報を"
                                + "扱うなら confidential: true にしてください（機密性２以上を扱うサービスの対策が掛かります）。");
                }
                if (sname != null && purpose != null) {
                    services.add(new CloudService(sname, ismap, confidential, purpose));
                }
            }
        }
        return new Cloud(gov, services, values.bool(f, "appendix", true));
    }

    /** law: what the body declares under 地方自治法施行規則第16条の3 (適用除外, 経過措置). */
    private Profile.Law law(Fields f) {
        if (f == null) {
            return Profile.Law.NONE;
        }
        boolean exempt = values.bool(f, "exempt", false);
        Node at = f.has("exempt") ? f.keyNode("exempt") : null;
        List<String> systems = new ArrayList<>();
        if (f.has("existing_systems")) {
            for (Node item : ProfileReader.sequence(walk, f.value("existing_systems"), f.join("existing_systems"),
                    "- 住民記録システム")) {
                String s = values.scalarText(item, f.join("existing_systems"), ProfileReader.MAX_NAME);
                if (s != null) {
                    systems.add(s);
                }
            }
        }
        List<Profile.Contract> contracts = new ArrayList<>();
        if (f.has("existing_contracts")) {
            for (Node item : ProfileReader.sequence(walk, f.value("existing_contracts"), f.join("existing_contracts"),
                    "- { name: 基幹系システム運用保守業務, ends: 2029-03-31 }")) {
                Fields c = values.mapping(item, f.join("existing_contracts"), CONTRACT, "name: 基幹系システム運用保守業務");
                if (c == null) {
                    continue;
                }
                String cname = values.text(c, "name", true, "基幹系システム運用保守業務", ProfileReader.MAX_NAME);
                Optional<LocalDate> ends = c.has("ends") ? ProfileReader.date(walk, c.value("ends"), c.join("ends"))
                        : Optional.empty();
                if (cname != null) {
                    contracts.add(new Profile.Contract(cname, ends));
                }
            }
        }
        int line = at == null ? 0 : at.getStartMark().getLine() + 1;
        int column = at == null ? 0 : at.getStartMark().getColumn() + 1;
        Optional<LocalDate> published = f.has("published") ? ProfileReader.date(walk, f.value("published"),
                f.join("published")) : Optional.empty();
        return new Profile.Law(exempt, line, column, systems, contracts, published);
    }

    /** procurement: the body's choices for its 選定基準 (総行サ第42号 別紙1). */
    private Profile.Procurement procurement(Fields f) {
        if (f == null) {
            return Profile.Procurement.NONE;
        }
        Optional<String> department = values.optionalText(f, "department", ProfileReader.MAX_NAME);
        Optional<Boolean> liu = f.has("ismap_liu") ? Optional.of(values.bool(f, "ismap_liu", false)) : Optional.empty();
        Optional<String> from = f.has("registered_from")
                ? Optional.ofNullable(values.choice(f, "registered_from", List.of("2", "3"), null)) : Optional.empty();
        return new Profile.Procurement(department, liu, from);
    }

    private Features features(Fields f) {
        if (f == null) {
            return new Features(false, false, false, false, false, false);
        }
        return new Features(values.bool(f, "telework", false), values.bool(f, "social_media", false), values.bool(f, "wireless_lan", false),
                editionBool(f, "wireless_lan_mynumber"), values.bool(f, "generative_ai", false),
                editionBool(f, "mynumber_media_erasure"));
    }

    /**
     * A true/false key that a later edition introduced (templates/editions.yaml, new_keys): under an earlier edition
     * it would change nothing, so the author is told (a warning) and it reads as false.
     */
    private boolean editionBool(Fields f, String key) {
        boolean value = values.bool(f, key, false);
        Optional<EditionId> since = editions.keyIntroducedBy(f.join(key));
        if (f.has(key) && since.isPresent() && !editions.atLeast(edition, since.get())) {
            walk.warn(f.keyNode(key), f.join(key), "not-in-edition", "'" + f.join(key) + "' は" + editions.editionName(since.get())
                    + "で加わった項目のため、guideline: \"" + edition + "\"（" + editions.editionName(edition) + "）の文書には"
                    + "反映されません。guideline を \"" + since.get() + "\" 以降にするか（policygen upgrade で移行できます）、"
                    + "この行を削除してください。");
            return false;
        }
        return value;
    }

    /** The figures the body sets; each is checked against its range or its list of choices. */
    private Map<String, String> parameters(Fields f) {
        Map<String, String> out = new LinkedHashMap<>();
        if (f == null) {
            return out;
        }
        for (Parameter p : Parameter.ALL) {
            if (!f.has(p.key())) {
                continue;
            }
            if (p.isChoice()) {
                String v = values.choice(f, p.key(), List.copyOf(p.choices().keySet()), null);
                if (v != null) {
                    out.put(p.key(), v);
                }
            } else {
                values.integer(f, p.key(), p.min(), p.max(), p.fallback() + "（" + p.label() + "。単位は" + p.unit() + "）")
                        .ifPresent(v -> out.put(p.key(), Integer.toString(v)));
            }
        }
        return out;
    }

    private Map<String, Override> overrides(Fields root, EditionId edition) {
        Map<String, Override> out = new LinkedHashMap<>();
        Node n = root.value("overrides");
        if (ProfileReader.isNull(n)) {
            return out;
        }
        if (!(n instanceof MappingNode m)) {
            walk.error(n, "overrides", "wrong-type", "'overrides' の下には条項ID（std.human.passwords など）を「条項ID:」と"
                    + "書き、その下に字下げして replace / omit / append のどれか1つと reason を書いてください。");
            return out;
        }
        Set<String> ids = editions.clauseIdsOrNull(edition);
        Fields f = new Fields(walk, "overrides", m, null);
        Map<String, Node> afterNodes = new LinkedHashMap<>();
        for (var e : f.tuples.entrySet()) {
            String id = e.getKey();
            Node keyNode = e.getValue().getKeyNode();
            boolean local = id.startsWith("local.");
            Node value0 = e.getValue().getValueNode();
            if (Override.isRow(id)) {
                row(id, keyNode, value0, local, edition, out);
                continue;
            }
            if (ids != null && !ids.contains(id) && !local) {
                String hint = (walk.full() ? Optional.<String>empty() : Nearest.of(id, ids)).map(s -> "'" + s + "' ですか？")
                        .orElse("条項IDの一覧は「policygen sections」で確かめられます。");
                walk.error(keyNode, "overrides." + Text.show(id), "unknown-clause",
                        "'" + Text.show(id) + "' という条項は " + edition + " 版にありません。" + hint);
            }
            Node value = e.getValue().getValueNode();
            if (!(value instanceof MappingNode)) {
                walk.error(ProfileReader.isNull(value) ? keyNode : value, "overrides." + Text.show(id), "wrong-type",
                        "'" + Text.show(id) + "' の下に、字下げして replace / omit / append のどれか1つと reason を書いてください"
                                + "（例: 「omit: true」と「reason: 庁外にサーバを設置しないため」）。");
                continue;
            }
            Fields o = values.mapping(value, "overrides." + id, OVERRIDE, "omit: true");
            if (o == null) {
                continue;
            }
            List<Override.Kind> kinds = new ArrayList<>();
            String text = "";
            String title = "";
            String after = "";
            if (o.has("replace")) {
                kinds.add(Override.Kind.REPLACE);
                text = values.multiline(o, "replace");
                if (text != null && handNumbered(o.value("replace"), keyColumn(o, "replace"), id)) {
                    text = null;
                }
            }
            if (o.has("title")) {
                title = values.text(o, "title", false, "情報セキュリティ推進本部", ProfileReader.MAX_NAME);
                if (title == null) {
                    continue;
                }
            }
            if (o.has("insert")) {
                Node in = o.value("insert");
                Fields ins = in instanceof MappingNode ? values.mapping(in, "overrides." + id + ".insert", INSERT,
                        "{ after: std.physical.terminals, title: 私物の電磁的記録媒体, text: \"…\" }") : null;
                if (ins == null) {
                    walk.error(in, "overrides." + id + ".insert", "wrong-type", "insert には after（どの条項の後に置くか）"
                            + "・title（見出し）・text（本文）を書いてください（例: { after: std.physical.terminals, "
                            + "title: 私物の電磁的記録媒体, text: \"私物のUSBメモリを業務に使ってはならない。\" }）。");
                    continue;
                }
                if (!local) {
                    walk.error(keyNode, "overrides." + id, "insert-not-local", "独自の条項を加えるときは、条項IDを "
                            + "local. で始めてください（例: local." + Text.show(id.substring(id.lastIndexOf('.') + 1))
                            + "）。ガイドラインの条項を変えるときは replace / append を使います。");
                    continue;
                }
                after = values.text(ins, "after", true, "std.physical.terminals", ProfileReader.MAX_NAME);
                String insertTitle = values.text(ins, "title", false, "私物の電磁的記録媒体", ProfileReader.MAX_NAME);
                text = ins.has("text") ? values.multiline(ins, "text") : null;
                if (!ins.has("text")) {
                    ins.missing("text", "\"私物のUSBメモリを業務に使ってはならない。\"");
                }
                if (text != null && handNumbered(ins.value("text"), keyColumn(ins, "text"), id)) {
                    text = null;
                }
                if (after != null && Override.isRow(after)) {
                    walk.error(keyNode, "overrides." + id, "row-insert-id", "権限・責任等一覧表に行を加えるときは、IDを "
                            + "local.roles. で始めてください（例: local.roles." + Text.show(id.substring(id.lastIndexOf('.')
                            + 1)) + "）。");
                    continue;
                }
                if (after != null && ids != null && !ids.contains(after) && !after.startsWith("local.")) {
                    String hint = Nearest.of(after, ids).map(x -> "'" + x + "' ですか？")
                            .orElse("条項IDの一覧は「policygen sections」で確かめられます。");
                    walk.error(ins.value("after"), "overrides." + id + ".insert.after", "unknown-clause",
                            "'" + Text.show(after) + "' という条項は " + edition + " 版にありません。" + hint);
                    continue;
                }
                if (after == null || text == null) {
                    continue;
                }
                if (after.startsWith("local.")) {
                    afterNodes.put(id, ins.value("after")); // checked once every override is read
                }
                title = insertTitle == null ? "" : insertTitle;
                kinds.add(Override.Kind.INSERT);
            } else if (local) {
                walk.error(keyNode, "overrides." + id, "local-without-insert", "'" + Text.show(id) + "' は独自の条項の"
                        + "IDです。どの条項の後に置くかを insert: { after: 条項ID, title: 見出し, text: 本文 } と書いてください。");
                continue;
            }
            if (o.has("append")) {
                kinds.add(Override.Kind.APPEND);
                text = values.multiline(o, "append");
            }
            omit(o, kinds, "条項");
            String reason = reason(o, keyNode, id);
            if (!title.isEmpty() && kinds.isEmpty() && !o.has("omit")) {
                kinds.add(Override.Kind.TITLE);
            } else if (!title.isEmpty() && kinds.contains(Override.Kind.OMIT)) {
                walk.error(o.value("title"), "overrides." + id + ".title", "title-with-omit", "削る条項（omit: true）"
                        + "には見出し（title）を書けません。どちらかを消してください。");
                continue;
            }
            if (kinds.size() > 1) {
                walk.error(keyNode, "overrides." + id, "override-kinds", "'" + id + "' に replace / omit / append が"
                        + "複数書かれています。1つの条項にはどれか1つだけを書いてください。");
            } else if (kinds.isEmpty() && !o.has("omit") && o.suggested.stream().noneMatch(List.of("replace", "omit",
                    "append")::contains)) {
                walk.error(keyNode, "overrides." + id, "override-empty", "'" + id + "' に replace / omit / append の"
                        + "いずれもありません。本文を置き換えるなら replace: |、削るなら omit: true、追記するなら append: | を"
                        + "書いてください。");
            } else if (kinds.size() == 1 && text != null) {
                Node at = keyNode;
                out.put(id, new Override(id, kinds.get(0), text, reason == null ? "" : reason,
                        at.getStartMark().getLine() + 1, at.getStartMark().getColumn() + 1,
                        title == null ? "" : title, after == null ? "" : after));
            }
        }
        localChains(out, afterNodes);
        return out;
    }

    /**
     * An insert after another clause of the body's own: that clause must be one the profile inserts (a chain lands
     * in order after its first), and following the chain must reach a guideline clause, never come back round.
     */
    private void localChains(Map<String, Override> out, Map<String, Node> afterNodes) {
        Set<String> locals = new java.util.TreeSet<>();
        out.values().stream().filter(o -> o.kind() == Override.Kind.INSERT && !o.row()).forEach(o -> locals.add(o.clauseId()));
        for (var e : afterNodes.entrySet()) {
            Override o = out.get(e.getKey());
            if (o == null) {
                continue;
            }
            if (!locals.contains(o.after())) {
                String hint = Nearest.of(o.after(), locals).map(x -> "'" + x + "' ですか？").orElse(
                        "after には、ガイドラインの条項ID か、このプロファイルの insert で加えた独自の条項ID を書いてください。");
                walk.error(e.getValue(), "overrides." + Text.show(o.clauseId()) + ".insert.after", "unknown-clause",
                        "'" + Text.show(o.after()) + "' という独自の条項はこのプロファイルにありません。" + hint);
                continue;
            }
            List<String> path = new ArrayList<>(List.of(o.clauseId()));
            for (String at = o.after(); locals.contains(at); at = out.get(at).after()) {
                path.add(at);
                if (at.equals(o.clauseId())) {
                    walk.error(e.getValue(), "overrides." + Text.show(o.clauseId()) + ".insert.after", "insert-cycle",
                            "独自の条項の after をたどると元に戻ります（" + Text.show(String.join(" → ", path))
                                    + "）。置く場所が決まらないため、どれか1つの after にガイドラインの条項IDを書いてください。");
                    break;
                }
                if (path.size() > locals.size() + 1) {
                    break; // a cycle that does not pass through this one: reported at its own members
                }
            }
        }
    }

    /** omit: true adds OMIT to the kinds; omit: false alone does nothing and says so. */
    private void omit(Fields o, List<Override.Kind> kinds, String what) {
        if (!o.has("omit")) {
            return;
        }
        if (values.bool(o, "omit", false)) {
            kinds.add(Override.Kind.OMIT);
        } else if (kinds.isEmpty()) {
            walk.warn(o.value("omit"), o.join("omit"), "omit-false",
                    "omit: false は何もしません。" + what + "を削るときは omit: true と書いてください。");
        }
    }

    /** The reason of a local change; a warning when there is none. */
    private String reason(Fields o, Node keyNode, String id) {
        if (o.has("reason")) {
            return values.text(o, "reason", false, "本市の規程に合わせるため", 500);
        }
        walk.warn(keyNode, "overrides." + id, "no-reason", "'" + id + "' の変更に reason（変更の理由）がありません。"
                + "改定の際に経緯が分かるよう「reason: 本市の規程に合わせるため」のように書いてください。");
        return "";
    }

    /**
     * A change to a row of the 権限・責任等一覧表, by its id (roles.assets.disposal): replace: { role: entry … } gives the
     * row's entries anew, title: renames its 事項, omit: true leaves it out, and a local. id with
     * insert: { after: row id, title: 事項, role: entry … } under a local.roles. id adds a row of the body's own.
     */
    private void row(String id, Node keyNode, Node value, boolean local, EditionId edition, Map<String, Override> out) {
        Map<String, String> rows = editions.roleRows(edition);
        Map<String, String> roles = editions.roleKeys(edition);
        String path = "overrides." + Text.show(id);
        if (!local && !rows.containsKey(id)) {
            String hint = (walk.full() ? Optional.<String>empty() : Nearest.of(id, rows.keySet()))
                    .map(s -> "'" + s + "'（" + rows.get(s) + "）ですか？")
                    .orElse("行のIDは「policygen sections」の roles の行で確かめられます。");
            walk.error(keyNode, path, "unknown-row", "'" + Text.show(id) + "' という権限・責任等一覧表の行は " + edition
                    + " 版にありません。" + hint);
            return;
        }
        if (!local && isGroup(id)) {
            walk.error(keyNode, path, "row-group", "'" + id + "' は一覧表の区分（" + rows.get(id) + "）のIDです。変えられるのは"
                    + "行（" + firstRowOf(id, rows) + " など）です。区分の先頭に行を加えるときは、insert の after に"
                    + "このIDを書きます。");
            return;
        }
        if (!(value instanceof MappingNode)) {
            walk.error(ProfileReader.isNull(value) ? keyNode : value, path, "wrong-type", "'" + Text.show(id)
                    + "' の下に、字下げして replace（役割ごとの記載）・omit・title のどれかと reason を書いてください"
                    + "（例: 「replace: { manager: 許可, staff: 実施 }」と「reason: 本市の決裁規程に合わせるため」）。");
            return;
        }
        Fields o = values.mapping(value, path, OVERRIDE, "omit: true");
        if (o == null) {
            return;
        }
        if (local && !o.has("insert")) {
            walk.error(keyNode, path, "local-without-insert", "'" + Text.show(id) + "' は団体独自の行のIDです。どの行の後に"
                    + "置くかを insert: { after: 行のID, title: 事項, manager: 確認, staff: 遵守 } のように書いてください。");
            return;
        }
        List<Override.Kind> kinds = new ArrayList<>();
        Map<String, String> entries = Map.of();
        String title = "";
        String after = "";
        boolean bad = false;
        if (o.has("append")) {
            walk.error(o.tuples.get("append").getKeyNode(), o.join("append"), "row-append", "一覧表の行に append は"
                    + "使えません。行の記載を変えるときは、役割ごとの記載をすべて replace: { ciso: 決定, chief: 立案 } の"
                    + "ように書いてください。");
            bad = true;
        }
        if (o.has("replace")) {
            kinds.add(Override.Kind.REPLACE);
            entries = entries(o.value("replace"), o.join("replace"), Set.of(), roles);
            bad |= entries == null;
        }
        if (o.has("title")) {
            title = values.text(o, "title", false, "情報資産の廃棄及び記録", ProfileReader.MAX_NAME);
            bad |= title == null;
        }
        if (o.has("insert")) {
            Node in = o.value("insert");
            String example = "{ after: roles.assets.disposal, title: 私物の電磁的記録媒体の持込みの確認, manager: 確認, "
                    + "staff: 遵守 }";
            if (!local) {
                walk.error(keyNode, path, "insert-not-local", "一覧表に団体独自の行を加えるときは、IDを local.roles. で"
                        + "始めてください（例: local.roles." + Text.show(id.substring(id.lastIndexOf('.') + 1)) + "）。");
                return;
            }
            if (!(in instanceof MappingNode)) {
                walk.error(in, path + ".insert", "wrong-type", "insert には after（どの行の後に置くか）・title（事項）と"
                        + "役割ごとの記載を書いてください（例: " + example + "）。");
                return;
            }
            Fields ins = new Fields(walk, path + ".insert", (MappingNode) in, null);
            after = values.text(ins, "after", true, "roles.assets.disposal", ProfileReader.MAX_NAME);
            title = values.text(ins, "title", true, "私物の電磁的記録媒体の持込みの確認", ProfileReader.MAX_NAME);
            entries = entries(in, path + ".insert", Set.of("after", "title"), roles);
            if (after != null && !rows.containsKey(after) && !after.startsWith(Override.LOCAL_ROW_PREFIX)) {
                String hint = Nearest.of(after, rows.keySet()).map(x -> "'" + x + "'（" + rows.get(x) + "）ですか？")
                        .orElse("行のIDは「policygen sections」の roles の行で確かめられます。");
                walk.error(ins.value("after"), path + ".insert.after", "unknown-row", "'" + Text.show(after)
                        + "' という権限・責任等一覧表の行は " + edition + " 版にありません。" + hint);
                return;
            }
            if (after == null || title == null || entries == null) {
                return;
            }
            kinds.add(Override.Kind.INSERT);
        }
        omit(o, kinds, "行");
        String reason = reason(o, keyNode, id);
        if (!title.isEmpty() && kinds.isEmpty() && !o.has("omit")) {
            kinds.add(Override.Kind.TITLE);
        } else if (!title.isEmpty() && kinds.contains(Override.Kind.OMIT)) {
            walk.error(o.value("title"), path + ".title", "title-with-omit", "削る行（omit: true）には事項（title）を"
                    + "書けません。どちらかを消してください。");
            return;
        }
        if (kinds.size() > 1) {
            walk.error(keyNode, path, "override-kinds", "'" + id + "' に replace / omit / insert が複数書かれています。"
                    + "1つの行にはどれか1つだけを書いてください。");
        } else if (kinds.isEmpty() && !bad && !o.has("omit")) {
            walk.error(keyNode, path, "override-empty", "'" + id + "' に replace / omit / title のいずれもありません。"
                    + "役割ごとの記載を変えるなら replace: { manager: 許可, staff: 実施 }、行を削るなら omit: true を"
                    + "書いてください。");
        } else if (kinds.size() == 1 && !bad) {
            out.put(id, new Override(id, kinds.get(0), "", reason == null ? "" : reason,
                    keyNode.getStartMark().getLine() + 1, keyNode.getStartMark().getColumn() + 1, title, after,
                    entries));
        }
    }

    /** roles.org is a group (区分); roles.org.committee a row. */
    private static boolean isGroup(String id) {
        return id.indexOf('.', Override.ROW_PREFIX.length()) < 0;
    }

    private static String firstRowOf(String group, Map<String, String> rows) {
        return rows.keySet().stream().filter(r -> r.startsWith(group + ".")).findFirst().orElse(group + ".…");
    }

    /**
     * The entries of a row, role key → what the role does (決定, 実施 …), in the order written; null after a finding.
     * At least one role must have an entry.
     */
    private Map<String, String> entries(Node n, String path, Set<String> skip, Map<String, String> roles) {
        String keys = roles.entrySet().stream().map(r -> r.getKey() + "（" + r.getValue() + "）")
                .collect(java.util.stream.Collectors.joining("、"));
        if (!(n instanceof MappingNode m)) {
            walk.error(n, path, "wrong-type", "'" + path + "' には役割ごとの記載を { manager: 許可, staff: 実施 } のように"
                    + "書いてください。役割は " + keys + " です。");
            return null;
        }
        Fields f = new Fields(walk, path, m, null);
        Map<String, String> out = new LinkedHashMap<>();
        boolean ok = true;
        for (var t : f.tuples.entrySet()) {
            String role = t.getKey();
            if (skip.contains(role)) {
                continue;
            }
            if (!roles.containsKey(role)) {
                String hint = (walk.full() ? Optional.<String>empty() : Nearest.of(role, roles.keySet()))
                        .map(s -> "'" + s + "'（" + roles.get(s) + "）ですか？").orElse("");
                walk.error(t.getValue().getKeyNode(), f.join(Text.show(role)), "unknown-role", "'" + Text.show(role)
                        + "' は一覧表の役割ではありません。" + hint + "書ける役割は " + keys + "です。");
                ok = false;
                continue;
            }
            String entry = values.scalarText(t.getValue().getValueNode(), f.join(role), 20);
            if (entry == null) {
                ok = false;
            } else if (entry.isBlank()) {
                walk.error(t.getValue().getValueNode(), f.join(role), "empty-value", "'" + f.join(role) + "' が空です。"
                        + "役割が担う内容（決定・承認・実施 など）を書くか、その役割の行を消してください。");
                ok = false;
            } else {
                out.put(role, entry.strip());
            }
        }
        if (ok && out.isEmpty()) {
            walk.error(n, path, "empty-value", "'" + path + "' に役割ごとの記載がありません。{ manager: 許可, staff: 実施 } "
                    + "のように、少なくとも1つの役割を書いてください。役割は " + keys + " です。");
            return null;
        }
        return ok ? out : null;
    }
}
