package jp.policygen.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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
        List<String[]> tokens = tokens(condition);
        if (tokens == null) {
            Matcher m = TOKEN.matcher(condition);
            int at = 0;
            while (m.find(at) && m.start() == at && m.end() > at) {
                at = m.end();
            }
            return Optional.of("cannot read the condition from '" + condition.substring(at).strip() + "'");
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

    /** The tokens of a condition (kind, text), or null when a part of it is no token of the language. */
    private static List<String[]> tokens(String condition) {
        List<String[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(condition);
        int at = 0;
        while (at < condition.length()) {
            if (condition.substring(at).isBlank()) {
                break;
            }
            if (!m.find(at) || m.start() != at) {
                return null;
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
        return tokens;
    }

    /**
     * A condition read for evaluation, or empty when it uses anything outside this small language (then FreeMarker
     * evaluates it, as before). Compiling each condition as a FreeMarker template was a tenth of a cold check.
     */
    static Optional<Condition> read(String condition) {
        for (int k = 0; k < condition.length(); k++) {
            if (Character.isWhitespace(condition.charAt(k)) && " \t\n\r".indexOf(condition.charAt(k)) < 0) {
                return Optional.empty(); // FreeMarker's whitespace between tokens is these four
            }
        }
        List<String[]> t = tokens(condition);
        if (t == null || t.isEmpty()) {
            return Optional.empty();
        }
        Reader r = new Reader(t);
        Expr e = r.or();
        return e == null || r.i != t.size() ? Optional.empty() : Optional.of(new Condition(e));
    }

    /** What a condition says of a data model: TRUE, FALSE, or null where only FreeMarker can tell (an error there). */
    static final class Condition {
        private final Expr expr;

        private Condition(Expr expr) {
            this.expr = expr;
        }

        /** True or false as FreeMarker's {@code <#if (condition)>} decides, or null when it would not decide plainly. */
        Boolean test(Map<String, Object> model) {
            return expr.value(model) instanceof Boolean b ? b : null;
        }
    }

    /** Stands for a value FreeMarker would refuse or treat in a way not modelled here (null: undefined). */
    private static final Object UNDECIDED = new Object();

    /**
     * An expression over the data model, giving the Java value FreeMarker would see: a Boolean, a String, another
     * object, null for an undefined name, or UNDECIDED.
     */
    private interface Expr {
        Object value(Map<String, Object> model);
    }

    /**
     * FreeMarker's grammar for these tokens (FTL.jj): OrExpression = And (|| And)*, And = Equality (&& Equality)*,
     * Equality = Unary [(== | !=) Unary], Unary = !* Primary, Primary = literal | name[.name]*[?has_content] |
     * ( Or ). Unlike {@link #problem}'s reader, ! binds to the name alone (!a == "x" compares !a), as in FreeMarker.
     */
    private static final class Reader {
        private final List<String[]> t;
        private int i;

        Reader(List<String[]> t) {
            this.t = t;
        }

        Expr or() {
            return shortCircuit("||", true, this::and);
        }

        Expr and() {
            return shortCircuit("&&", false, this::equality);
        }

        /**
         * Operands of the next level joined by {@code op} from the left: the left side decides alone when it is
         * {@code decisive} (true for ||, false for &&), as FreeMarker does not evaluate the right side then; an
         * operand that is not a boolean leaves the answer to FreeMarker.
         */
        private Expr shortCircuit(String op, boolean decisive, Supplier<Expr> operand) {
            Expr left = operand.get();
            while (left != null && is(op)) {
                i++;
                Expr l = left;
                Expr r = operand.get();
                if (r == null) {
                    return null;
                }
                left = m -> {
                    Object a = l.value(m);
                    if (!(a instanceof Boolean ab)) {
                        return UNDECIDED;
                    }
                    if (ab == decisive) {
                        return decisive;
                    }
                    Object b = r.value(m);
                    return b instanceof Boolean ? b : UNDECIDED;
                };
            }
            return left;
        }

        Expr equality() {
            Expr left = unary();
            if (left == null || !(is("==") || is("!="))) {
                return left;
            }
            boolean equals = is("==");
            i++;
            Expr right = unary();
            if (right == null) {
                return null;
            }
            return m -> {
                Object a = left.value(m);
                Object b = right.value(m);
                if (a instanceof Boolean && b instanceof Boolean) {
                    return a.equals(b) == equals;
                }
                // FreeMarker compares strings with the locale's Collator; for strings of ASCII letters, digits and
                // '-' (the ids a condition names), which are distinct in primary weight and not ignorable, that is
                // String.equals (ConditionsEvaluationTest checks every value a condition can compare)
                if (a instanceof String x && b instanceof String y && ids(x) && ids(y)) {
                    return x.equals(y) == equals;
                }
                return UNDECIDED;
            };
        }

        Expr unary() {
            if (is("!")) {
                i++;
                Expr e = unary();
                return e == null ? null : m -> e.value(m) instanceof Boolean b ? !b : UNDECIDED;
            }
            return primary();
        }

        Expr primary() {
            if (i >= t.size()) {
                return null;
            }
            String[] x = t.get(i++);
            switch (x[0]) {
                case "op" -> {
                    if (!x[1].equals("(")) {
                        return null;
                    }
                    Expr e = or();
                    if (e == null || !is(")")) {
                        return null;
                    }
                    i++;
                    return e;
                }
                case "str" -> {
                    String s = x[1];
                    if (!ids(s)) {
                        return null; // "${…}" in a literal is an interpolation to FreeMarker
                    }
                    return m -> s;
                }
                case "has" -> {
                    String[] path = x[1].split("\\.");
                    return m -> {
                        Object v = lookUp(m, path);
                        if (v == UNDECIDED) {
                            return UNDECIDED;
                        }
                        // FreeMarker's emptiness: undefined, "", an empty sequence or hash; a boolean has content
                        if (v == null) {
                            return false;
                        }
                        if (v instanceof String s) {
                            return !s.isEmpty();
                        }
                        if (v instanceof java.util.Collection<?> c) {
                            return !c.isEmpty();
                        }
                        if (v instanceof Map<?, ?> mm) {
                            return !mm.isEmpty();
                        }
                        return v instanceof Boolean ? true : UNDECIDED;
                    };
                }
                default -> {
                    if (x[1].equals("true") || x[1].equals("false")) {
                        Boolean b = Boolean.valueOf(x[1]);
                        return m -> b;
                    }
                    String[] path = x[1].split("\\.");
                    return m -> {
                        Object v = lookUp(m, path);
                        return v == null ? UNDECIDED : v; // an undefined name is FreeMarker's error
                    };
                }
            }
        }

        private boolean is(String op) {
            return i < t.size() && t.get(i)[0].equals("op") && t.get(i)[1].equals(op);
        }

        /**
         * The value at a dotted path: null when the last map has no such key (or maps it to null), UNDECIDED when the
         * path runs through something that is not a map or is missing (FreeMarker's errors, left to FreeMarker).
         */
        private static Object lookUp(Object root, String[] path) {
            Object o = root;
            for (int k = 0; k < path.length; k++) {
                if (!(o instanceof Map<?, ?> map)) {
                    return UNDECIDED;
                }
                o = map.get(path[k]);
                if (o == null) {
                    // a name missing from the model itself may be one of FreeMarker's own (a macro, a shared variable)
                    return k > 0 && k == path.length - 1 ? null : UNDECIDED;
                }
                if (!(o instanceof String || o instanceof Boolean || o instanceof Map<?, ?>
                        || o instanceof java.util.Collection<?>)) {
                    return UNDECIDED; // numbers, dates and beans: FreeMarker's own rules
                }
            }
            return o;
        }

        private static boolean ids(String s) {
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
                    return false;
                }
            }
            return true;
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
