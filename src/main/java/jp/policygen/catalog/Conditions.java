package jp.policygen.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.policygen.profile.AlphaPrimeCase;
import jp.policygen.profile.BodyKind;
import jp.policygen.profile.NetworkModel;

/**
 * The conditions of the catalog (when:, declared:, stated:) checked when the catalog loads, so a misspelt key or
 * value fails every build instead of silently dropping a clause the day a profile takes that branch. FreeMarker
 * evaluates them (TemplateEngine.test); this is the small language the templates actually use — names of the data
 * model (DataModel), == and != against a quoted value, ?has_content, !, &&, ||, parentheses, true and false — and
 * the names and values a profile can give them. ConditionsTest keeps these names in step with DataModel.
 */
public final class Conditions {
    /** Names compared with a quoted value, and the values a profile can give them ("" = not given). */
    static final Map<String, List<String>> CHOICES = Map.of(
            "net.model", NetworkModel.ids(),
            "net.case", withNone(AlphaPrimeCase.ids()),
            "body.kind", BodyKind.ids());
    /** Names that are true or false. */
    static final Set<String> FLAGS = Set.of("body.prefecture", "body.small",
            "net.securityCloud", "net.securityCloudStated", "net.screenTransfer", "net.edr", "net.logMonitoring",
            "net.mynumberScreenTransfer", "cloud.governmentCloud", "cloud.allIsmap", "cloud.appendix",
            "features.telework", "features.socialMedia", "features.wirelessLan", "features.wirelessLanMynumber",
            "features.mynumberMediaErasure", "features.generativeAi",
            "policy.articles", "policy.jointAdoption", "policy.amended", "policy.definitionsArticle", "policy.ownActs");
    /** Names a condition may ask ?has_content of (lists, and texts a profile may leave out). */
    static final Set<String> CONTENTS = Set.of("cloud.services", "cloud.confidential", "cloud.nonConfidential",
            "net.sanitization", "scope", "policy.revisions", "org.cisoAdvisor", "org.auditLead", "org.csirt",
            "policy.version", "policy.adoption", "policy.replaces");

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(\\|\\||&&|==|!=|!|\\(|\\))|\"([^\"\\\\]*)\"|([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)*)(\\?has_content)?)");

    private Conditions() {
    }

    private static List<String> withNone(List<String> ids) {
        List<String> l = new ArrayList<>(ids);
        l.add("");
        return List.copyOf(l);
    }

    /** What is wrong with a condition, in a sentence naming the part; empty when it is well formed. */
    public static Optional<String> problem(String condition) {
        List<String[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(condition);
        int at = 0;
        while (at < condition.length()) {
            if (condition.substring(at).isBlank()) {
                break;
            }
            if (!m.find(at) || m.start() != at) {
                return Optional.of("cannot read the condition from '" + condition.substring(at).strip() + "'");
            }
            if (m.group(1) != null) {
                tokens.add(new String[] {"op", m.group(1)});
            } else if (m.group(2) != null) {
                tokens.add(new String[] {"str", m.group(2)});
            } else {
                tokens.add(new String[] {m.group(4) != null ? "has" : "name", m.group(3)});
            }
            at = m.end();
        }
        try {
            Parser p = new Parser(tokens);
            p.or();
            if (p.i < tokens.size()) {
                return Optional.of("unexpected '" + tokens.get(p.i)[1] + "'");
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** A recursive descent over the tokens; throws with the reason at the first fault. */
    private static final class Parser {
        private final List<String[]> t;
        private int i;

        Parser(List<String[]> t) {
            this.t = t;
        }

        void or() {
            and();
            while (is("||")) {
                i++;
                and();
            }
        }

        void and() {
            unary();
            while (is("&&")) {
                i++;
                unary();
            }
        }

        void unary() {
            if (is("!")) {
                i++;
                unary();
            } else if (is("(")) {
                i++;
                or();
                if (!is(")")) {
                    throw new IllegalArgumentException("a '(' is not closed");
                }
                i++;
            } else {
                atom();
            }
        }

        void atom() {
            if (i >= t.size()) {
                throw new IllegalArgumentException("the condition ends too early");
            }
            String[] x = t.get(i++);
            switch (x[0]) {
                case "has" -> {
                    if (!CONTENTS.contains(x[1])) {
                        throw new IllegalArgumentException("'" + x[1] + "?has_content': " + known(x[1], CONTENTS));
                    }
                }
                case "name" -> {
                    if (x[1].equals("true") || x[1].equals("false")) {
                        return;
                    }
                    if (is("==") || is("!=")) {
                        i++;
                        List<String> values = CHOICES.get(x[1]);
                        if (values == null) {
                            throw new IllegalArgumentException("'" + x[1] + "' is compared with a value: "
                                    + known(x[1], CHOICES.keySet()));
                        }
                        if (i >= t.size() || !t.get(i)[0].equals("str")) {
                            throw new IllegalArgumentException("'" + x[1] + "' must be compared with a quoted value");
                        }
                        String v = t.get(i++)[1];
                        if (!values.contains(v)) {
                            throw new IllegalArgumentException("'" + x[1] + "' is never \"" + v + "\"; its values are "
                                    + values.stream().map(s -> "\"" + s + "\"").toList());
                        }
                    } else if (!FLAGS.contains(x[1])) {
                        throw new IllegalArgumentException("'" + x[1] + "' is not true or false: "
                                + known(x[1], FLAGS));
                    }
                }
                default -> throw new IllegalArgumentException("unexpected '" + x[1] + "'");
            }
        }

        private boolean is(String op) {
            return i < t.size() && t.get(i)[0].equals("op") && t.get(i)[1].equals(op);
        }

        private static String known(String name, Set<String> names) {
            return names.stream().sorted().toList() + " are the names of this kind (no '" + name + "'; a name newly"
                    + " added to DataModel is added to catalog.Conditions too)";
        }
    }
}
