package jp.policygen.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the rule says about its own life outside its articles: the 施行日 and the 附則 of each revision (例規 form:
 * 「附則（令和４年３月２５日訓令第３号）」), the 制定日 and number under the 題名, the 版 and the 改定履歴 of a booklet, and
 * the older rule it repealed (「…（平成２８年訓令第５号）は、廃止する。」). Each value keeps the line it was read from;
 * what the text does not say (the content of a revision a 附則 does not name) is marked for review.
 *
 * @param effective         the last 施行日 the 附則 name (ISO date), "" when none
 * @param effectiveEvidence the sentence it was read from
 * @param version           the booklet's 版 (第3版), null when none or in 例規 form
 * @param adoption          the rule's number (訓令第5号) from under the 題名 or the cover, null when none
 * @param history           the 制定 and the revisions, oldest first; empty when the text shows no more than one date
 * @param replaces          the rule it repealed, null when none
 */
record RuleHistory(String effective, String effectiveEvidence, Facts.Fact version, Facts.Fact adoption,
                   List<Entry> history, Replaced replaces) {

    /**
     * One row of policy.history.
     *
     * @param date      the day it took effect (ISO)
     * @param note      what it did; noteRead false when the text does not say (the 附則 of a revision names no content)
     * @param version   the 版 it made, "" when none
     * @param adoption  the number of the rule that made it (訓令第3号), "" when none
     * @param adopted   the day that rule was made when it differs from date (ISO), "" otherwise
     * @param evidence  the line it was read from
     */
    record Entry(String date, String note, boolean noteRead, String version, String adoption, String adopted,
                 String evidence) {
    }

    /** The repealed rule: its title and number as the 附則 cites them. */
    record Replaced(String title, String number, String evidence) {
    }

    static final Pattern DATE = Pattern.compile("(令和|平成|昭和)\\s*([0-9]+|元)\\s*年\\s*([0-9]+)\\s*月\\s*([0-9]+)\\s*日");
    private static final Pattern ENFORCED = Pattern.compile(DATE.pattern() + "から施行");
    private static final String KIND = "(?:訓令|告示|規程|規則|要綱)";
    private static final Pattern NUMBER = Pattern.compile(KIND + "(?:甲|乙)?第[0-9]+号");
    /** The line under a 題名: 「平成２７年３月２７日　架空県訓令第５号」. */
    private static final Pattern IDENTITY = Pattern.compile("^" + DATE.pattern() + "\\s*[^\\s0-9]{0,12}?(" + NUMBER.pattern() + ")$");
    /** A revision's 附則 heading: 「附則（令和４年３月２５日訓令第３号）」. */
    private static final Pattern REVISION = Pattern.compile("^附\\s*則\\s*\\(\\s*" + DATE.pattern() + "\\s*[^\\s0-9()]{0,12}?(" + NUMBER.pattern() + ")\\s*\\)$");
    private static final Pattern REPEALED = Pattern.compile("([^、。「」]{2,60}?)\\(((?:令和|平成|昭和)(?:[0-9]+|元)年" + KIND + "第[0-9]+号)\\)は、廃止する");
    private static final Pattern VERSION = Pattern.compile("^(?:版[:：\\s]*)?(第[0-9]+版)$");
    private static final Pattern VERSION_IN_TEXT = Pattern.compile("\\((第[0-9]+版)\\)の施行の日");
    private static final Pattern COVER_NUMBER = Pattern.compile("^(?:制定[:：\\s]*)?(" + NUMBER.pattern() + ")$");
    private static final Pattern RUN_TOGETHER = Pattern.compile("^(第[0-9]+版)?" + DATE.pattern() + "(.*)$");
    private static final Pattern VERSION_CELL = Pattern.compile("^第[0-9]+版$");

    /** The text as the patterns read it: full-width digits, brackets and spaces made half-width. */
    private static String plain(String s) {
        return Outline.ascii(Normalizer.normalize(s, Normalizer.Form.NFKC)).strip();
    }

    /** 令和8年4月1日 → 2026-04-01; empty when the text holds no such date. */
    static Optional<String> isoDate(java.util.regex.MatchResult m) {
        return isoDate(m, 1);
    }

    /** The same, with the date's four groups starting at group {@code g}. */
    static Optional<String> isoDate(java.util.regex.MatchResult m, int g) {
        int year = (m.group(g + 1).equals("元") ? 1 : Integer.parseInt(m.group(g + 1))) + switch (m.group(g)) {
            case "令和" -> 2018;
            case "平成" -> 1988;
            default -> 1925;
        };
        int month = Integer.parseInt(m.group(g + 2));
        int day = Integer.parseInt(m.group(g + 3));
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return Optional.empty();
        }
        return Optional.of(String.format("%04d-%02d-%02d", year, month, day));
    }

    static RuleHistory read(BodyText body) {
        // the 附則 of one document: with 基本方針 and 対策基準 in two files, each carries the same history
        Map<String, List<BodyUnit>> byDocument = new LinkedHashMap<>();
        for (BodyUnit u : body.units()) {
            if (u.level() == Level.SUPPLEMENT) {
                byDocument.computeIfAbsent(u.document() + "|" + u.location().replaceFirst(" [^ ]*$", ""),
                        k -> new ArrayList<>()).add(u);
            }
        }
        List<BodyUnit> supplements = byDocument.values().stream().max((a, b) -> Integer.compare(a.size(), b.size()))
                .orElse(List.of());
        String effective = "";
        String effectiveEvidence = "";
        for (BodyUnit u : supplements) {
            for (String p : u.paragraphs()) {
                Matcher m = ENFORCED.matcher(plain(p));
                while (m.find()) {
                    Optional<String> d = isoDate(m);
                    if (d.isPresent() && (effective.isEmpty() || d.get().compareTo(effective) > 0)) {
                        effective = d.get();
                        effectiveEvidence = p;
                    }
                }
            }
        }
        Facts.Fact version = null;
        Facts.Fact adoption = null;
        String madeOn = "";
        String madeEvidence = "";
        List<Entry> booklet = new ArrayList<>();
        boolean inHistory = false;
        for (String line : body.preamble()) {
            String s = plain(line);
            Matcher m;
            if (body.articles() && adoption == null && (m = IDENTITY.matcher(s.replace(" ", ""))).find()) {
                adoption = new Facts.Fact(m.group(5), line);
                madeOn = isoDate(m).orElse("");
                madeEvidence = line;
                continue;
            }
            if (!body.articles() && version == null && (m = VERSION.matcher(s.replace(" ", ""))).matches()) {
                version = new Facts.Fact(m.group(1), line);
                continue;
            }
            if (adoption == null && (m = COVER_NUMBER.matcher(s.replace(" ", ""))).matches()) {
                adoption = new Facts.Fact(m.group(1), line);
                continue;
            }
            List<String> cells = List.of(line.strip().split("[\u3000\t]+|\\s{2,}|\\s*\\|\\s*"));
            String joined = s.replace(" ", "");
            if (joined.length() < 30 && joined.matches(".*(改定日|年月日|日付|施行日).*") && joined.matches(".*(内容|改定事項).*")) {
                inHistory = true; // the 改定履歴's header row: the rows below are the revisions
                continue;
            }
            if (inHistory) {
                Optional<Entry> e = row(cells, line);
                if (e.isPresent()) {
                    booklet.add(e.get());
                    continue;
                }
                inHistory = false;
            }
        }
        if (version == null && !body.articles()) {
            for (BodyUnit u : supplements) {
                for (String p : u.paragraphs()) {
                    Matcher m = VERSION_IN_TEXT.matcher(plain(p));
                    if (m.find() && version == null) {
                        version = new Facts.Fact(m.group(1), p);
                    }
                }
            }
            if (version == null && !booklet.isEmpty() && !booklet.get(booklet.size() - 1).version().isEmpty()) {
                Entry last = booklet.get(booklet.size() - 1);
                version = new Facts.Fact(last.version(), last.evidence());
            }
        }
        Replaced replaces = null;
        for (BodyUnit u : supplements) {
            for (String p : u.paragraphs()) {
                Matcher m = REPEALED.matcher(Normalizer.normalize(p, Normalizer.Form.NFKC));
                if (replaces == null && m.find()) {
                    replaces = new Replaced(m.group(1).replaceFirst("^.*?(?:ただし|なお)、?", "").strip(), m.group(2), p);
                }
            }
        }
        List<Entry> history = booklet;
        if (body.articles()) {
            history = amendments(supplements, adoption, madeOn, madeEvidence);
        }
        return new RuleHistory(effective, effectiveEvidence, version, adoption, history, replaces);
    }

    /** A row of a booklet's 改定履歴 (版 / 改定日 / 改定内容, in any order): empty when it holds no date. */
    private static Optional<Entry> row(List<String> cells, String line) {
        String date = null;
        String version = "";
        List<String> note = new ArrayList<>();
        for (String c : cells) {
            String p = plain(c).replace(" ", "");
            Matcher m = DATE.matcher(p);
            if (date == null && m.matches()) {
                date = isoDate(m).orElse(null);
            } else if (version.isEmpty() && VERSION_CELL.matcher(p).matches()) {
                version = p;
            } else if (!c.isBlank()) {
                note.add(c.strip());
            }
        }
        if (date == null) {
            // the cells ran together (a PDF's text layer): 「第1版平成28年4月1日策定」
            Matcher m = RUN_TOGETHER.matcher(plain(line).replace(" ", ""));
            if (!m.matches() || isoDate(m, 2).isEmpty()) {
                return Optional.empty();
            }
            String rest = m.group(6);
            return Optional.of(new Entry(isoDate(m, 2).get(), rest.isEmpty() ? "改定" : rest, !rest.isEmpty(),
                    m.group(1) == null ? "" : m.group(1), "", "", line));
        }
        String n = String.join("　", note);
        return Optional.of(new Entry(date, n.isEmpty() ? "改定" : n, !n.isEmpty(), version, "", "", line));
    }

    /**
     * The history of a rule revised by amending rules: its first 附則 is the 制定 (its number and day from under the
     * 題名), each 「附則（令和４年３月２５日訓令第３号）」 a revision that took effect on the day its sentence names.
     * A rule with one 附則 and no number has no history to keep: its 施行日 says all.
     */
    private static List<Entry> amendments(List<BodyUnit> supplements, Facts.Fact adoption, String madeOn,
                                          String madeEvidence) {
        List<Entry> out = new ArrayList<>();
        boolean revisions = false;
        for (BodyUnit u : supplements) {
            String caption = plain(u.caption()).replace(" ", "");
            Matcher r = REVISION.matcher(caption);
            String enforced = "";
            String sentence = u.paragraphs().isEmpty() ? u.caption() : u.paragraphs().get(0);
            for (String p : u.paragraphs()) {
                Matcher m = ENFORCED.matcher(plain(p));
                if (enforced.isEmpty() && m.find()) {
                    enforced = isoDate(m).orElse("");
                    sentence = p;
                }
            }
            if (r.matches()) {
                revisions = true;
                String adopted = isoDate(r).orElse("");
                String date = enforced.isEmpty() ? adopted : enforced;
                out.add(new Entry(date, "改正", false, "", r.group(5), adopted.equals(date) ? "" : adopted,
                        u.caption() + "　" + sentence));
            } else if (out.isEmpty() && !enforced.isEmpty()) {
                String number = adoption == null ? "" : adoption.value();
                out.add(new Entry(enforced, "制定", true, "", number, madeOn.isEmpty() || madeOn.equals(enforced) ? "" : madeOn,
                        (madeEvidence.isEmpty() ? "" : madeEvidence + "　") + sentence));
            }
        }
        if (!revisions && (adoption == null || out.isEmpty())) {
            return List.of();
        }
        return out;
    }
}
