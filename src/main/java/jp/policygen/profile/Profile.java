package jp.policygen.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A validated municipality profile (../shared/spec/profile.md). Every value here has passed the checks of
 * {@link ProfileReader}; optional values are filled with their documented defaults.
 *
 * @param name      the profile's name: its file name without .yaml (also the output folder's name)
 * @param file      the file as the user named it, for messages
 * @param guideline the guideline edition (2024-10)
 * @param parameters the figures the profile sets under parameters: (key → value as written); a figure left out
 *                   keeps its default ({@link Parameter})
 */
public record Profile(String name, String file, EditionId guideline, Municipality municipality, PolicySettings policy,
                      Organization organization, Network network, Cloud cloud, Features features,
                      Map<String, Override> overrides, Map<String, String> parameters, Law law,
                      Procurement procurement) {
    public Profile {
        overrides = Map.copyOf(overrides);
        parameters = Map.copyOf(parameters);
    }

    /** A profile without a law: section (nothing declared under 地方自治法施行規則第16条の3). */
    public Profile(String name, String file, EditionId guideline, Municipality municipality, PolicySettings policy,
                   Organization organization, Network network, Cloud cloud, Features features,
                   Map<String, Override> overrides, Map<String, String> parameters) {
        this(name, file, guideline, municipality, policy, organization, network, cloud, features, overrides, parameters,
                Law.NONE, Procurement.NONE);
    }

    /**
     * What the body decides for its 選定基準 (procurement:); each key left out keeps its default, which check lists as
     * 要確認.
     *
     * @param department     the department that keeps the 選定基準 (default: organization.it_department)
     * @param ismapLiu       whether ISMAP-LIU services may be chosen for low-impact uses (default false)
     * @param registeredFrom the lowest 機密性 class whose handling makes a procurement 区分Ａ: "2" (default) or "3"
     */
    public record Procurement(Optional<String> department, Optional<Boolean> ismapLiu, Optional<String> registeredFrom) {
        public static final Procurement NONE = new Procurement(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * What the body declares under 地方自治法施行規則第16条の3 (law:).
     *
     * @param exempt            the body says it is outside the rule (not connected to networks that may affect the
     *                          state's or other bodies' systems, and holding little personal information); check asks
     *                          it to confirm
     * @param exemptLine        the line of exempt: (for check's question), 0 when not written
     * @param existingSystems   information systems existing on 2027-07-01 (経過措置: the former rules for 5号)
     * @param existingContracts contracts running on 2027-07-01 (経過措置: the former rules for 7号)
     * @param published         the day the 基本方針 is published as the 方針 of 地方自治法第244条の6 (公表用 version);
     *                          empty = the 施行日
     */
    public record Law(boolean exempt, int exemptLine, int exemptColumn, List<String> existingSystems,
                      List<Contract> existingContracts, Optional<LocalDate> published) {
        public static final Law NONE = new Law(false, 0, 0, List.of(), List.of(), Optional.empty());

        public Law {
            existingSystems = List.copyOf(existingSystems);
            existingContracts = List.copyOf(existingContracts);
        }
    }

    /** A contract running on the day the rule takes effect, and when it ends if known. */
    public record Contract(String name, Optional<LocalDate> ends) {
    }

    /** The value of a parameter as the profile sets it, or its documented default (parameters: are optional). */
    public String parameter(Parameter p) {
        return parameters.getOrDefault(p.key(), p.fallback());
    }

    /** The same body under another edition (for upgrade: what the guideline says there). */
    public Profile withGuideline(EditionId edition) {
        return new Profile(name, file, edition, municipality, policy, organization, network, cloud, features, overrides,
                parameters, law, procurement);
    }

    /** The same body without its local changes: the guideline's own text for it. */
    public Profile withoutOverrides() {
        return new Profile(name, file, guideline, municipality, policy, organization, network, cloud, features, Map.of(),
                parameters, law, procurement);
    }

    public record Municipality(String name, BodyKind kind, Optional<String> code, String head, Optional<Integer> staff) {
    }

    /**
     * @param renumber     false keeps numbers stable: an omitted clause stays as 「削除」 (policygen extension of
     *                     profile.md's key)
     * @param halfWidthNumbers 例規 numbers in 半角 digits (第1条) instead of the default 全角 (第１条)
     * @param kanjiItems   号 numbered 一、二 instead of the default （１）
     * @param adopters the organs that adopt the 基本方針 jointly as their サイバーセキュリティ方針 (地方自治法 as amended in
     *                 2024); empty when the head adopts it alone (the default)
     */
    public record PolicySettings(LocalDate effective, Optional<String> version, jp.policygen.policy.NumberingForm form,
                                 Optional<String> adoption,
                                 List<HistoryEntry> history, List<String> scope, Optional<String> marking,
                                 boolean renumber, boolean halfWidthNumbers, boolean kanjiItems,
                                 Optional<Replaced> replaces, List<String> adopters, AdoptedNumbering numbering,
                                 boolean ownActs, RuleNumbers rules) {
        public PolicySettings {
            history = List.copyOf(history);
            scope = List.copyOf(scope);
            adopters = List.copyOf(adopters);
            java.util.Objects.requireNonNull(rules, "rules");
        }

        /** Without the other rules' numbers or a 制定日 (policy.adopted …): the 例規 form leaves them blank. */
        public PolicySettings(LocalDate effective, Optional<String> version, jp.policygen.policy.NumberingForm form,
                              Optional<String> adoption,
                              List<HistoryEntry> history, List<String> scope, Optional<String> marking,
                              boolean renumber, boolean halfWidthNumbers, boolean kanjiItems,
                              Optional<Replaced> replaces, List<String> adopters, AdoptedNumbering numbering,
                              boolean ownActs) {
            this(effective, version, form, adoption, history, scope, marking, renumber, halfWidthNumbers, kanjiItems,
                    replaces, adopters, numbering, ownActs, RuleNumbers.NONE);
        }

        /** Adopted jointly as one 告示 (policy.joint_adoption: notice, the default). */
        public PolicySettings(LocalDate effective, Optional<String> version, jp.policygen.policy.NumberingForm form,
                              Optional<String> adoption,
                              List<HistoryEntry> history, List<String> scope, Optional<String> marking,
                              boolean renumber, boolean halfWidthNumbers, boolean kanjiItems,
                              Optional<Replaced> replaces, List<String> adopters, AdoptedNumbering numbering) {
            this(effective, version, form, adoption, history, scope, marking, renumber, halfWidthNumbers, kanjiItems,
                    replaces, adopters, numbering, false);
        }

        /**
         * Several organs adopt the 基本方針, each as its own act with the same text (policy.joint_adoption: own-acts),
         * rather than together as one 告示: the document is the head's own rule, for the head's organs.
         */
        public boolean eachOrgansOwnAct() {
            return ownActs && adopters.size() > 1;
        }

        /** The organs of the scope that {@code organ} (市長) answers for: 市長部局 is the 市長's, 議会事務局 the 議会's. */
        public List<String> scopeOf(String organ, String bodyName) {
            return scope.stream().filter(o -> ProfileBuilder.adopts(o, List.of(organ), bodyName)).toList();
        }

        public PolicySettings(LocalDate effective, Optional<String> version, jp.policygen.policy.NumberingForm form,
                              Optional<String> adoption,
                              List<HistoryEntry> history, List<String> scope, Optional<String> marking) {
            this(effective, version, form, adoption, history, scope, marking, true, false, false, Optional.empty(), List.of(),
                    AdoptedNumbering.NONE);
        }

        /** This policy with another adopted numbering (upgrade pins the numbering of the version it starts from). */
        public PolicySettings withNumbering(AdoptedNumbering n) {
            return new PolicySettings(effective, version, form, adoption, history, scope, marking, renumber,
                    halfWidthNumbers, kanjiItems, replaces, adopters, n, ownActs, rules);
        }
    }

    /**
     * What a 例規 form prints under each rule's 題名 besides the 基本方針's number (policy.adoption): the day the rules
     * were made (policy.adopted, 制定日, not the 施行日) and the numbers of the 対策基準 and the 特則
     * (policy.standard_adoption, policy.cloud_adoption). Each is optional: what is not given stays blank
     * (令和　年　月　日, 訓令第　　号) for the 法規担当 to fill in. {@code oneRule} (policy.rules: one): the 基本方針 and
     * the 対策基準 are one rule in two parts (第１編, 第２編) under the 基本方針's number, with one 附則; two rules, each with
     * its own number and file, are the default.
     */
    public record RuleNumbers(Optional<LocalDate> adopted, Optional<String> standard, Optional<String> cloud,
                              boolean oneRule) {
        public static final RuleNumbers NONE = new RuleNumbers(Optional.empty(), Optional.empty(), Optional.empty());

        /** Two rules, each with its own number (the default). */
        public RuleNumbers(Optional<LocalDate> adopted, Optional<String> standard, Optional<String> cloud) {
            this(adopted, standard, cloud, false);
        }
    }

    /**
     * policy.numbering and policy.full_revision: the numbering of the rule as adopted, pinned so that every later
     * generation keeps its numbers and structure whatever the catalog's order (issue 20), until the body chooses a
     * 全部改正. {@code byDocument}: document kind id (standard …) → clause id → its position (第３７条の２, 第１３条第２項).
     *
     * @param fullRevision true for a 全部改正: numbers and structure come from the catalog again, the pin and the
     *                     earlier version's numbers are not used
     */
    public record AdoptedNumbering(Map<String, Map<String, jp.policygen.policy.Position>> byDocument,
                                   boolean fullRevision) {
        public static final AdoptedNumbering NONE = new AdoptedNumbering(Map.of(), false);

        public AdoptedNumbering {
            Map<String, Map<String, jp.policygen.policy.Position>> copy = new java.util.LinkedHashMap<>();
            byDocument.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(v))));
            byDocument = java.util.Collections.unmodifiableMap(copy);
        }

        public boolean pinned() {
            return !fullRevision && byDocument.values().stream().anyMatch(m -> !m.isEmpty());
        }
    }

    /** The rule the 対策基準 replaces, repealed in its 附則: 「title（number）は、廃止する。」 */
    public record Replaced(String title, String number) {
    }

    /**
     * One 改定履歴 entry; version (第2版) is optional, an addition of policygen to profile.md.
     *
     * @param adoption the number of the 訓令 (告示 …) that made this revision (訓令第12号), policygen's addition: the
     *                 rule then carries a 附則 of its own for it
     * @param adopted  the day that 訓令 was adopted, printed in the 附則's heading; empty for the entry's date
     */
    public record HistoryEntry(LocalDate date, String note, Optional<String> version, Optional<String> adoption,
                               Optional<LocalDate> adopted) {
        public HistoryEntry(LocalDate date, String note, Optional<String> version) {
            this(date, note, version, Optional.empty(), Optional.empty());
        }
    }

    public record Organization(String ciso, Optional<String> cisoAdvisor, String chiefOfficer, String securityOfficers,
                               String securityManagers, String systemManagers, String committee, String csirtName,
                               String csirtLead, String itDepartment, Optional<String> auditLead) {
    }

    /**
     * @param model  the network model (network.model: alpha | alpha-prime | beta | beta-prime)
     * @param alphaPrimeCase the α' case (auth-only | no-file-import | file-exchange), or empty outside alpha-prime
     * @param securityCloudStated whether the profile writes security_cloud (its default, true, is no statement of
     *                       the body's: check marks it 要確認（既定値）, not 済)
     */
    public record Network(NetworkModel model, Optional<AlphaPrimeCase> alphaPrimeCase, boolean securityCloud,
                          List<Sanitization> sanitization, boolean screenTransfer, boolean edr, boolean logMonitoring,
                          boolean mynumberScreenTransfer, boolean securityCloudStated) {
        public Network {
            sanitization = List.copyOf(sanitization);
        }
    }

    /**
     * @param appendix whether the 対策基準 lists the services approved when it takes effect in an 別表 (cloud.appendix,
     *                 default true); the rule's text governs through the 外部サービス台帳 the 統括 keeps either way
     */
    public record Cloud(boolean governmentCloud, List<CloudService> services, boolean appendix) {
        public Cloud {
            services = List.copyOf(services);
        }

        public Cloud(boolean governmentCloud, List<CloudService> services) {
            this(governmentCloud, services, true);
        }
    }

    public record CloudService(String name, boolean ismap, boolean confidential, String purpose) {
    }

    /**
     * @param generativeAi         staff use generative AI services (rules tied to the information classes of chapter 2)
     * @param mynumberMediaErasure media of the マイナンバー利用事務系 holding 住民情報 may be erased by means other than
     *                             physical destruction (令和8年3月版's 解説; false keeps physical destruction)
     */
    public record Features(boolean telework, boolean socialMedia, boolean wirelessLan, boolean wirelessLanMynumber,
                           boolean generativeAi, boolean mynumberMediaErasure) {
    }

    /**
     * A local change to one clause: exactly one of replace / omit / append, or a new heading alone (TITLE), or a
     * clause of the body's own (INSERT, id under local.), and why. The rows of the 権限・責任等一覧表 are changed the
     * same way by their ids (roles.…): replace / insert give the row's entries by role, title its 事項.
     *
     * @param title a new heading (title:), or the inserted clause's heading; "" when unchanged
     * @param after for INSERT, the id of the clause the new one follows; "" otherwise
     * @param entries for a row of the 一覧表 (REPLACE, INSERT): what each role does (role key → 決定, 実施 …), in the
     *                order written; empty for a clause
     */
    public record Override(String clauseId, Kind kind, String text, String reason, int line, int column, String title,
                           String after, Map<String, String> entries) {
        public enum Kind { REPLACE, OMIT, APPEND, TITLE, INSERT }

        public Override {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }

        public Override(String clauseId, Kind kind, String text, String reason, int line, int column, String title,
                        String after) {
            this(clauseId, kind, text, reason, line, column, title, after, Map.of());
        }

        public Override(String clauseId, Kind kind, String text, String reason, int line, int column) {
            this(clauseId, kind, text, reason, line, column, "", "");
        }

        /** Whether this changes (or adds) a row of the 権限・責任等一覧表 rather than a clause. */
        public boolean row() {
            return isRow(clauseId);
        }

        /** The ids of the 一覧表's groups and rows start with it (roles.org.policy-decision). */
        public static final String ROW_PREFIX = "roles.";
        /** The ids of the rows a body adds to the 一覧表 start with it (local.roles.media-check). */
        public static final String LOCAL_ROW_PREFIX = "local.roles.";

        /** Whether an id under overrides: names a row of the 一覧表 (roles.…, or local.roles.… for a row of the body's own). */
        public static boolean isRow(String id) {
            return id.startsWith(ROW_PREFIX) || id.startsWith(LOCAL_ROW_PREFIX);
        }
    }
}
