package jp.policygen.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.policygen.profile.KeyTitles;

/**
 * A catalog condition (when:, with its ancestors' and present("…")) in the words of the profile form: each name of
 * the data model becomes the schema's Japanese title of the profile key behind it and the value that selects the
 * clause, with that key beside it as the profile spells it (マイナンバー利用事務系の画面転送：はい
 * （network.mynumber_screen_transfer）), never the template's own name (net.mynumberScreenTransfer). For
 * {@code sections}, whose reader writes the profile.
 */
public final class ConditionWording {
    /**
     * A name of the data model: the profile key it comes from, and for names that are not the key's own value
     * what they mean (true / false); null words = the key's own yes/no or has-content.
     */
    private record Name(String key, String whenTrue, String whenFalse) {
    }

    private static final Map<String, Name> NAMES = Map.ofEntries(
            Map.entry("body.prefecture", new Name("municipality.kind", "都道府県", "都道府県以外")),
            Map.entry("body.small", new Name("municipality.staff", DataModel.SMALL_BODY_STAFF + "人以下",
                    DataModel.SMALL_BODY_STAFF + "人を超える（又は記載なし）")),
            Map.entry("body.kind", new Name("municipality.kind", null, null)),
            Map.entry("net.model", new Name("network.model", null, null)),
            Map.entry("net.case", new Name("network.alpha_prime.case", null, null)),
            Map.entry("net.securityCloud", new Name("network.security_cloud", null, null)),
            Map.entry("net.securityCloudStated", new Name("network.security_cloud", "記載あり", "記載なし")),
            Map.entry("net.screenTransfer", new Name("network.screen_transfer", null, null)),
            Map.entry("net.edr", new Name("network.edr", null, null)),
            Map.entry("net.logMonitoring", new Name("network.log_monitoring", null, null)),
            Map.entry("net.mynumberScreenTransfer", new Name("network.mynumber_screen_transfer", null, null)),
            Map.entry("net.sanitization", new Name("network.sanitization", null, null)),
            Map.entry("cloud.governmentCloud", new Name("cloud.government_cloud", null, null)),
            Map.entry("cloud.allIsmap", new Name("cloud.services", "すべてISMAP等に登録", "ISMAP等に登録のないものあり")),
            Map.entry("cloud.services", new Name("cloud.services", null, null)),
            Map.entry("cloud.appendix", new Name("cloud.appendix", null, null)),
            Map.entry("cloud.confidential", new Name("cloud.services", "機密性の高い情報を扱うものあり",
                    "機密性の高い情報を扱うものなし")),
            Map.entry("cloud.nonConfidential", new Name("cloud.services", "機密性の高い情報を扱わないものあり",
                    "機密性の高い情報を扱わないものなし")),
            Map.entry("features.telework", new Name("features.telework", null, null)),
            Map.entry("features.socialMedia", new Name("features.social_media", null, null)),
            Map.entry("features.wirelessLan", new Name("features.wireless_lan", null, null)),
            Map.entry("features.wirelessLanMynumber", new Name("features.wireless_lan_mynumber", null, null)),
            Map.entry("features.mynumberMediaErasure", new Name("features.mynumber_media_erasure", null, null)),
            Map.entry("features.generativeAi", new Name("features.generative_ai", null, null)),
            Map.entry("policy.articles", new Name("policy.form", "例規形式", "項目形式")),
            Map.entry("policy.jointAdoption", new Name("policy.adopters", "2つ以上", "1つ以下")),
            Map.entry("policy.definitionsArticle", new Name("policy.numbering", "例規形式で、定義の条が第1章にある（又は番号の固定なし）",
                    "項目形式、又は定義を章の冒頭に置いた番号で固定")),
            Map.entry("policy.ownActs", new Name("policy.joint_adoption", "各機関がそれぞれ自らの規程として定める（機関が2つ以上）",
                    "共同で1つの告示として定める（又は機関が1つ）")),
            Map.entry("policy.amended", new Name("policy.history", "改正の番号（adoption）を書いた行あり",
                    "改正の番号（adoption）を書いた行なし")),
            Map.entry("policy.revisions", new Name("policy.history", null, null)),
            Map.entry("policy.version", new Name("policy.version", null, null)),
            Map.entry("policy.adoption", new Name("policy.adoption", null, null)),
            Map.entry("policy.replaces", new Name("policy.replaces", null, null)),
            Map.entry("scope", new Name("policy.scope", null, null)),
            Map.entry("org.cisoAdvisor", new Name("organization.ciso_advisor", null, null)),
            Map.entry("org.auditLead", new Name("organization.audit_lead", null, null)),
            Map.entry("org.csirt", new Name("organization.csirt", null, null)));

    private static final Pattern TOKEN = Pattern.compile("\\s*(?:(\\|\\||&&|==|!=|!|\\(|\\))"
            + "|present\\(\"([^\"]*)\"\\)|\"([^\"\\\\]*)\"|([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)*)(\\?has_content)?)");

    private final KeyTitles titles;

    public ConditionWording(KeyTitles titles) {
        this.titles = titles;
    }

    /** The condition in words; "" for none. A condition the catalog check would refuse is shown as written. */
    public String words(String condition) {
        if (condition == null || condition.isBlank()) {
            return "";
        }
        List<String[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(condition);
        int at = 0;
        while (at < condition.length() && !condition.substring(at).isBlank()) {
            if (!m.find(at) || m.start() != at) {
                return condition;
            }
            if (m.group(1) != null) {
                tokens.add(new String[] {"op", m.group(1)});
            } else if (m.group(2) != null) {
                tokens.add(new String[] {"present", m.group(2)});
            } else if (m.group(3) != null) {
                tokens.add(new String[] {"str", m.group(3)});
            } else {
                tokens.add(new String[] {m.group(5) != null ? "has" : "name", m.group(4)});
            }
            at = m.end();
        }
        try {
            Parser p = new Parser(tokens);
            Node n = p.or();
            return p.i < tokens.size() ? condition : n.text(false);
        } catch (IllegalArgumentException e) {
            return condition;
        }
    }

    /** A parsed condition: an atom in words, or a chain of && (and = true) or || under one operator. */
    private record Node(String atom, boolean and, List<Node> parts) {
        String text(boolean inner) {
            if (atom != null) {
                return atom;
            }
            // the same test twice (a clause's own when: repeating its parent's) is said once
            Set<String> said = new LinkedHashSet<>();
            for (Node part : parts) {
                said.add(part.text(true));
            }
            String joined = String.join(and ? " かつ " : " 又は ", said);
            return said.size() > 1 && inner && !and ? "（" + joined + "）" : joined;
        }
    }

    private final class Parser {
        private final List<String[]> t;
        private int i;

        Parser(List<String[]> t) {
            this.t = t;
        }

        Node or() {
            List<Node> parts = new ArrayList<>();
            parts.add(and());
            while (is("||")) {
                i++;
                parts.add(and());
            }
            return parts.size() == 1 ? parts.get(0) : new Node(null, false, parts);
        }

        Node and() {
            List<Node> parts = new ArrayList<>();
            parts.add(unary(false));
            while (is("&&")) {
                i++;
                parts.add(unary(false));
            }
            List<Node> flat = new ArrayList<>(); // (a) && (b && c): one chain
            for (Node p : parts) {
                if (p.atom() == null && p.and()) {
                    flat.addAll(p.parts());
                } else {
                    flat.add(p);
                }
            }
            return flat.size() == 1 ? flat.get(0) : new Node(null, true, flat);
        }

        Node unary(boolean negated) {
            if (is("!")) {
                i++;
                return unary(!negated);
            }
            if (is("(")) {
                i++;
                Node inner = or();
                if (!is(")")) {
                    throw new IllegalArgumentException("unclosed");
                }
                i++;
                if (negated) {
                    return new Node("次の条件に当たらない：" + inner.text(true), false, List.of());
                }
                return inner;
            }
            return atom(negated);
        }

        Node atom(boolean negated) {
            if (i >= t.size()) {
                throw new IllegalArgumentException("short");
            }
            String[] x = t.get(i++);
            switch (x[0]) {
                case "present" -> {
                    return leaf("条項 " + x[1] + (negated ? " がない" : " がある"));
                }
                case "has" -> {
                    Name n = name(x[1]);
                    String words = n.whenTrue() != null ? (negated ? n.whenFalse() : n.whenTrue())
                            : negated ? "記載なし" : "記載あり";
                    return leaf(keyed(n.key(), words));
                }
                case "name" -> {
                    if (x[1].equals("true") || x[1].equals("false")) {
                        return leaf(x[1].equals("true") != negated ? "常に" : "なし");
                    }
                    Name n = name(x[1]);
                    if (is("==") || is("!=")) {
                        boolean equal = t.get(i)[1].equals("==") != negated;
                        i++;
                        if (i >= t.size() || !t.get(i)[0].equals("str")) {
                            throw new IllegalArgumentException("no value");
                        }
                        String value = t.get(i++)[1];
                        String label = value.isEmpty() ? "記載なし" : shortLabel(titles.label(n.key(), value));
                        return leaf(keyed(n.key(), label + (equal ? "" : " 以外")));
                    }
                    String words = n.whenTrue() != null ? (negated ? n.whenFalse() : n.whenTrue())
                            : negated ? "いいえ" : "はい";
                    return leaf(keyed(n.key(), words));
                }
                default -> throw new IllegalArgumentException("unexpected");
            }
        }

        private boolean is(String op) {
            return i < t.size() && t.get(i)[0].equals("op") && t.get(i)[1].equals(op);
        }
    }

    private static Node leaf(String words) {
        return new Node(words, false, List.of());
    }

    private static Name name(String dataModelName) {
        Name n = NAMES.get(dataModelName);
        if (n == null) {
            throw new IllegalArgumentException("unknown " + dataModelName);
        }
        return n;
    }

    /** 「モデル：α'モデル（network.model）」: the title and the value, the key as the profile spells it beside. */
    private String keyed(String key, String words) {
        return titles.title(key).orElse(key) + "：" + words + "（" + key + "）";
    }

    /**
     * A value's label without its trailing explanation: 「αモデル（端末・業務システムは LGWAN接続系）」 → αモデル; kept whole
     * when what is left would not tell the values apart (ケース（イ）… and ケース（ウ）… share their start).
     */
    static String shortLabel(String label) {
        if (label.endsWith("）")) {
            int open = label.lastIndexOf('（');
            if (open > 0 && label.lastIndexOf('（', open - 1) < 0) {
                return label.substring(0, open);
            }
        }
        return label;
    }
}
