package jp.policygen.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the body's text says about the body: its name and kind, the posts that fill each role, the committee and
 * CSIRT, the network model and the features. Each value keeps the sentence it was read from (the profile shows it in
 * a comment); a value the text does not decide is a default marked 要確認.
 *
 * @param values key (profile path, e.g. organization.ciso) → the value read or assumed
 */
public record Facts(Map<String, Fact> values) {
    /**
     * @param value    the value written into the profile
     * @param evidence the sentence it was read from, "" when assumed
     */
    public record Fact(String value, String evidence) {
        public boolean assumed() {
            return evidence.isEmpty();
        }
    }

    private static final String POST = "([^、。「」（）\\s　]{1,24}?)";

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).map(Fact::value);
    }

    public static Facts read(BodyText body, String nameGiven) {
        String all = body.allText();
        List<String> sentences = sentences(all);
        Map<String, Fact> v = new LinkedHashMap<>();
        // the body's name: from the rule's title (架空市情報セキュリティ対策基準) or the committee's name
        Pattern namePattern = Pattern.compile("([一-龥々ヶケァ-ヴー]{1,8}?(?:都|道|府|県|市|区|町|村))(?:情報セキュリティ|CSIRT|ＣＳＩＲＴ)");
        String name = nameGiven;
        String nameEvidence = nameGiven == null ? "" : "--name で指定";
        if (name == null) {
            for (String s : body.preamble()) {
                Matcher m = namePattern.matcher(s);
                if (m.find()) {
                    name = m.group(1);
                    nameEvidence = s;
                    break;
                }
            }
        }
        if (name == null) {
            for (String s : sentences) {
                Matcher m = namePattern.matcher(s);
                if (m.find()) {
                    name = m.group(1);
                    nameEvidence = s;
                    break;
                }
            }
        }
        v.put("municipality.name", new Fact(name == null ? "（団体名）" : name, nameEvidence));
        // kind: 本市 / 本町 … as the text calls the body; the name's last character otherwise
        String[][] kinds = {{"本県", "prefecture"}, {"本都", "prefecture"}, {"本道", "prefecture"}, {"本府", "prefecture"},
                {"本区", "special-ward"}, {"本市", "city"}, {"本町", "town"}, {"本村", "village"}};
        Fact kind = null;
        for (String[] k : kinds) {
            Optional<String> s = sentences.stream().filter(x -> x.contains(k[0])).findFirst();
            if (s.isPresent()) {
                kind = new Fact(k[1], s.get());
                break;
            }
        }
        if (kind == null && name != null) {
            char last = name.charAt(name.length() - 1);
            String k = switch (last) {
                case '都', '道', '府', '県' -> "prefecture";
                case '区' -> "special-ward";
                case '町' -> "town";
                case '村' -> "village";
                default -> "city";
            };
            kind = new Fact(k, "");
        }
        v.put("municipality.kind", kind == null ? new Fact("city", "") : kind);
        // posts, in the sentences that appoint them
        post(v, sentences, "organization.ciso", POST + "を、?最高情報セキュリティ責任者", "副" + head(kind));
        post(v, sentences, "organization.chief_officer", POST + "を、?(?:CISO直属の|ＣＩＳＯ直属の)?統括情報セキュリティ責任者とする", "総務部長");
        post(v, sentences, "organization.security_officers", POST + "を、?情報セキュリティ責任者とする", "各部局長");
        post(v, sentences, "organization.security_managers", POST + "を、?情報セキュリティ管理者とする", "各課室長");
        post(v, sentences, "organization.system_managers", POST + "を、?(?:所管する情報システムに関する)?情報システム管理者", "各情報システム所管課室長");
        post(v, sentences, "organization.committee", "([^、。「」\\s　]{1,30}?(?:委員会|本部|会議))（以下「情報セキュリティ委員会」", (name == null ? "" : name) + "情報セキュリティ委員会");
        post(v, sentences, "organization.csirt.name", "([^、。「」\\s　]{1,30}?(?:CSIRT|ＣＳＩＲＴ))（以下「CSIRT」", (name == null ? "" : name) + "CSIRT");
        post(v, sentences, "organization.csirt.lead", POST + "をその責任者（以下「CSIRT責任者」", "情報政策課長");
        post(v, sentences, "organization.it_department", "事務局は、" + POST + "に置く", "情報政策課");
        post(v, sentences, "organization.ciso_advisor", "有する([^、。]{1,40}?)を最高情報セキュリティアドバイザー", null);
        post(v, sentences, "organization.audit_lead", "CISOは、" + POST + "を情報セキュリティ監査統括責任者に指名", null);
        // network model: the 三層 model the text names, else 要確認
        String[][] models = {{"β'モデル", "beta-prime"}, {"β’モデル", "beta-prime"}, {"βモデル", "beta"},
                {"α'モデル", "alpha-prime"}, {"α’モデル", "alpha-prime"}, {"αモデル", "alpha"}};
        Fact model = null;
        for (String[] m : models) {
            Optional<String> s = sentences.stream().filter(x -> x.contains(m[0])).findFirst();
            if (s.isPresent()) {
                model = new Fact(m[1], s.get());
                break;
            }
        }
        if (model == null) {
            Optional<String> s = sentences.stream().filter(x -> x.contains("インターネット接続系に") && x.contains("業務システム")).findFirst();
            model = s.map(x -> new Fact("beta", x)).orElse(new Fact("alpha", ""));
        }
        v.put("network.model", model);
        List<String> methods = new ArrayList<>();
        String methodEvidence = "";
        for (String[] s : new String[][] {{"テキスト抽出", "text-extraction"}, {"画像PDF化", "image-pdf"},
                {"サニタイズ", "sanitize"}, {"サンドボックス", "sandbox"}}) {
            Optional<String> e = sentences.stream().filter(x -> Outline.ascii(x).contains(Outline.ascii(s[0]))).findFirst();
            if (e.isPresent()) {
                methods.add(s[1]);
                methodEvidence = methodEvidence.isEmpty() ? e.get() : methodEvidence;
            }
        }
        if (!methods.isEmpty()) {
            v.put("network.sanitization", new Fact("[" + String.join(", ", methods) + "]", methodEvidence));
        }
        feature(v, sentences, "features.telework", "テレワーク");
        feature(v, sentences, "features.social_media", "ソーシャルメディア");
        feature(v, sentences, "features.wireless_lan", "無線LAN");
        feature(v, sentences, "features.generative_ai", "生成AI");
        feature(v, sentences, "cloud.government_cloud", "ガバメントクラウド");
        return new Facts(v);
    }

    private static String head(Fact kind) {
        if (kind == null) {
            return "市長";
        }
        return switch (kind.value()) {
            case "prefecture" -> "知事";
            case "town" -> "町長";
            case "village" -> "村長";
            case "special-ward" -> "区長";
            default -> "市長";
        };
    }

    private static void post(Map<String, Fact> v, List<String> sentences, String key, String regex, String fallback) {
        Pattern p = Pattern.compile(regex);
        for (String s : sentences) {
            Matcher m = p.matcher(s);
            if (m.find()) {
                String post = m.group(1).replaceFirst("^.*(?:は|、)", "");
                if (!post.isEmpty()) {
                    v.put(key, new Fact(post, s));
                    return;
                }
            }
        }
        if (fallback != null) {
            v.put(key, new Fact(fallback, ""));
        }
    }

    private static void feature(Map<String, Fact> v, List<String> sentences, String key, String word) {
        String w = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFKC);
        Optional<String> s = sentences.stream()
                .filter(x -> java.text.Normalizer.normalize(x, java.text.Normalizer.Form.NFKC).contains(w)).findFirst();
        v.put(key, s.map(x -> new Fact("true", x)).orElse(new Fact("false", "")));
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            for (String s : line.split("(?<=。)")) {
                String t = s.strip();
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }
}
