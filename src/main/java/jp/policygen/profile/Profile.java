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
 */
public record Profile(String name, String file, String guideline, Municipality municipality, PolicySettings policy,
                      Organization organization, Network network, Cloud cloud, Features features,
                      Map<String, Override> overrides) {
    public Profile {
        overrides = Map.copyOf(overrides);
    }

    public record Municipality(String name, BodyKind kind, Optional<String> code, String head, Optional<Integer> staff) {
    }

    /**
     * @param renumber     false keeps numbers stable: an omitted clause stays as 「削除」 (policygen extension of
     *                     profile.md's key)
     * @param halfWidthNumbers 例規 numbers in 半角 digits (第1条) instead of the default 全角 (第１条)
     * @param kanjiItems   号 numbered 一、二 instead of the default （１）
     */
    public record PolicySettings(LocalDate effective, Optional<String> version, String form, Optional<String> adoption,
                                 List<HistoryEntry> history, List<String> scope, Optional<String> marking,
                                 boolean renumber, boolean halfWidthNumbers, boolean kanjiItems,
                                 Optional<Replaced> replaces) {
        public PolicySettings {
            history = List.copyOf(history);
            scope = List.copyOf(scope);
        }

        public PolicySettings(LocalDate effective, Optional<String> version, String form, Optional<String> adoption,
                              List<HistoryEntry> history, List<String> scope, Optional<String> marking) {
            this(effective, version, form, adoption, history, scope, marking, true, false, false, Optional.empty());
        }
    }

    /** The rule the 対策基準 replaces, repealed in its 附則: 「title（number）は、廃止する。」 */
    public record Replaced(String title, String number) {
    }

    /** One 改定履歴 entry; version (第2版) is optional, an addition of policygen to profile.md. */
    public record HistoryEntry(LocalDate date, String note, Optional<String> version) {
    }

    public record Organization(String ciso, Optional<String> cisoAdvisor, String chiefOfficer, String securityOfficers,
                               String securityManagers, String systemManagers, String committee, String csirtName,
                               String csirtLead, String itDepartment, String auditLead) {
    }

    /**
     * @param model  alpha | alpha-prime | beta | beta-prime
     * @param alphaPrimeCase auth-only | no-file-import | file-exchange, or empty outside alpha-prime
     */
    public record Network(String model, Optional<String> alphaPrimeCase, boolean securityCloud,
                          List<String> sanitization, boolean screenTransfer, boolean edr, boolean logMonitoring) {
        public Network {
            sanitization = List.copyOf(sanitization);
        }
    }

    public record Cloud(boolean governmentCloud, List<CloudService> services) {
        public Cloud {
            services = List.copyOf(services);
        }
    }

    public record CloudService(String name, boolean ismap, boolean confidential, String purpose) {
    }

    public record Features(boolean telework, boolean socialMedia, boolean wirelessLan) {
    }

    /**
     * A local change to one clause: exactly one of replace / omit / append, or a new heading alone (TITLE), or a
     * clause of the body's own (INSERT, id under local.), and why.
     *
     * @param title a new heading (title:), or the inserted clause's heading; "" when unchanged
     * @param after for INSERT, the id of the clause the new one follows; "" otherwise
     */
    public record Override(String clauseId, Kind kind, String text, String reason, int line, int column, String title,
                           String after) {
        public enum Kind { REPLACE, OMIT, APPEND, TITLE, INSERT }

        public Override(String clauseId, Kind kind, String text, String reason, int line, int column) {
            this(clauseId, kind, text, reason, line, column, "", "");
        }
    }
}
