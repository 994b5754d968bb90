package jp.policygen.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.policygen.profile.Parameter;

/**
 * Finds the figures of the body's rule that are profile parameters (a password of 15 characters, logs kept 5 years,
 * a first report within 2 hours). The catalog is rendered once with a mark in place of every parameter; each
 * paragraph that holds a mark becomes a pattern — its words as they are, a number or the parameter's wordings at the
 * mark — and the body's paragraph matched to it is read through that pattern. A figure read this way is written under
 * parameters: with the body's sentence beside it, so the clause keeps the guideline's text and no replace is needed.
 */
final class ParameterReader {
    /** One mark per parameter: a private-use character no policy contains. */
    private static final char FIRST_MARK = '\uE100';
    private static final String NUMBER = "([0-9]+|[〇一二三四五六七八九十百]+)";
    /** Characters of context either side of a mark when the rest of the paragraph differs. */
    private static final int WINDOW = 10;

    /** A figure read, with the body's paragraph it came from. */
    record Found(Parameter parameter, String value, String evidence) {
    }

    private ParameterReader() {
    }

    /** The parameters, each as its mark: what a profile sets them to for the marked rendering. */
    static Map<String, String> marks() {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < Parameter.ALL.size(); i++) {
            out.put(Parameter.ALL.get(i).key(), String.valueOf((char) (FIRST_MARK + i)));
        }
        return out;
    }

    private static String plain(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * @param marked  the catalog rendered with marks (same paragraphs, in the same order, as {@code plain})
     * @param matched for each body paragraph, the catalog paragraph it was matched to (-1 for none)
     * @return the parameters read, in the order of Parameter.ALL, the first reading of each
     */
    static List<Found> read(CatalogText marked, List<ClauseMatcher.BodyPara> body, int[] matched) {
        Map<Parameter, Found> found = new LinkedHashMap<>();
        Map<Integer, Pattern[]> patterns = new LinkedHashMap<>();
        for (ClauseMatcher.BodyPara b : body) {
            int c = matched[b.index()];
            if (c < 0 || c >= marked.paras.size()) {
                continue;
            }
            String template = plain(marked.paras.get(c).text());
            List<Parameter> at = marksIn(template);
            if (at.isEmpty()) {
                continue;
            }
            Pattern[] ps = patterns.computeIfAbsent(c, k -> patterns(template));
            String text = plain(b.text());
            Matcher whole = ps[0].matcher(text);
            if (whole.matches()) {
                for (int g = 0; g < at.size(); g++) {
                    value(at.get(g), whole.group(g + 1)).ifPresent(v -> found.putIfAbsent(v.parameter(), v.with(b.text())));
                }
                continue;
            }
            // the paragraph was reworded elsewhere: the words next to each figure still tell it
            for (int g = 0; g < at.size(); g++) {
                Matcher near = ps[g + 1].matcher(text);
                if (near.find()) {
                    Parameter p = at.get(g);
                    value(p, near.group(1)).ifPresent(v -> found.putIfAbsent(p, v.with(b.text())));
                }
            }
        }
        List<Found> out = new ArrayList<>();
        for (Parameter p : Parameter.ALL) {
            if (found.containsKey(p)) {
                out.add(found.get(p));
            }
        }
        return out;
    }

    private static List<Parameter> marksIn(String template) {
        List<Parameter> out = new ArrayList<>();
        for (int i = 0; i < template.length(); i++) {
            int k = template.charAt(i) - FIRST_MARK;
            if (k >= 0 && k < Parameter.ALL.size()) {
                out.add(Parameter.ALL.get(k));
            }
        }
        return out;
    }

    /** [0]: the whole paragraph with a group at each mark; [1..]: each mark with the words next to it. */
    private static Pattern[] patterns(String template) {
        List<Parameter> at = marksIn(template);
        Pattern[] out = new Pattern[at.size() + 1];
        StringBuilder whole = new StringBuilder();
        int last = 0;
        int n = 0;
        for (int i = 0; i < template.length(); i++) {
            int k = template.charAt(i) - FIRST_MARK;
            if (k < 0 || k >= Parameter.ALL.size()) {
                continue;
            }
            Parameter p = Parameter.ALL.get(k);
            whole.append(Pattern.quote(template.substring(last, i))).append(group(p));
            String before = literal(template.substring(Math.max(0, i - WINDOW), i));
            String after = literal(template.substring(i + 1, Math.min(template.length(), i + 1 + WINDOW)));
            out[++n] = Pattern.compile(Pattern.quote(before) + group(p) + Pattern.quote(after));
            last = i + 1;
        }
        whole.append(Pattern.quote(template.substring(last)));
        out[0] = Pattern.compile(whole.toString());
        return out;
    }

    /** The words of a window up to the next mark (another figure is not part of this one's context). */
    private static String literal(String s) {
        int cut = -1;
        for (int i = 0; i < s.length(); i++) {
            int k = s.charAt(i) - FIRST_MARK;
            if (k >= 0 && k < Parameter.ALL.size()) {
                cut = i;
            }
        }
        return cut < 0 ? s : s.substring(cut + 1);
    }

    /** What may stand at a mark: a number, or one of the choice's wordings (also without its last に, as templates cut it). */
    private static String group(Parameter p) {
        if (!p.isChoice()) {
            return NUMBER;
        }
        List<String> words = new ArrayList<>();
        for (String w : p.choices().values()) {
            words.add(plain(w));
            if (w.endsWith("に")) {
                words.add(plain(w.substring(0, w.length() - 1)));
            }
        }
        words.sort(Comparator.comparingInt(String::length).reversed());
        return "(" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")";
    }

    private record Reading(Parameter parameter, String value) {
        Found with(String evidence) {
            return new Found(parameter, value, evidence);
        }
    }

    private static java.util.Optional<Reading> value(Parameter p, String text) {
        if (p.isChoice()) {
            for (Map.Entry<String, String> c : p.choices().entrySet()) {
                String w = plain(c.getValue());
                if (w.equals(text) || w.endsWith("に") && w.substring(0, w.length() - 1).equals(text)) {
                    return java.util.Optional.of(new Reading(p, c.getKey()));
                }
            }
            return java.util.Optional.empty();
        }
        int v;
        try {
            v = Integer.parseInt(Norm.kanjiNumbers(text));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
        return v < p.min() || v > p.max() ? java.util.Optional.empty() : java.util.Optional.of(new Reading(p, Integer.toString(v)));
    }
}
