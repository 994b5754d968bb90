package jp.policygen.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 別表 of external services (cloud.services): its header row says which column is the name, the purpose, the class
 * of information (機密性２以上 / 機密性１) and the ISMAP listing; each row below is a service. A value the table does
 * not give (no such column, a cell that reads neither way) is a default marked for review.
 */
final class ServiceTable {
    /**
     * One service as the profile writes it.
     *
     * @param unsure   what the row did not decide, in Japanese for the 要確認 comment ("" when the row decided all)
     * @param evidence the row as printed
     */
    record Service(String name, boolean ismap, boolean confidential, String purpose, String unsure, String evidence) {
    }

    /** A row whose cells ran together (a PDF's text layer): the class and the listing at its end still read. */
    private static final Pattern RUN_TOGETHER = Pattern.compile(
            "^(.+?)\\s*(機密性\\s*[12](?:以上)?|機密性\\s*2以上|自治体機密性\\s*[12](?:以上)?)\\s*(登録あり|登録なし|あり|なし|有|無|○|×|済)?$");

    private ServiceTable() {
    }

    static List<Service> read(BodyText body) {
        for (BodyUnit u : body.units()) {
            if (u.level() != Level.APPENDIX || u.paragraphs().isEmpty()) {
                continue;
            }
            String head = plain(u.caption() + " " + u.paragraphs().get(0));
            if (!(head.contains("サービス") || head.contains("クラウド")) || !(head.contains("名称") || head.contains("サービス名"))) {
                continue; // another 別表 (a form, a list of systems)
            }
            return rows(u.paragraphs());
        }
        return List.of();
    }

    private static String plain(String s) {
        return Outline.ascii(Normalizer.normalize(s, Normalizer.Form.NFKC));
    }

    private static List<String> cells(String row) {
        List<String> out = new ArrayList<>();
        for (String c : row.strip().split("[\u3000\t]+|\\s*\\|\\s*")) {
            if (!c.isBlank()) {
                out.add(c.strip());
            }
        }
        return out;
    }

    private static List<Service> rows(List<String> rows) {
        List<String> header = cells(rows.get(0));
        int name = -1;
        int purpose = -1;
        int cls = -1;
        int ismap = -1;
        for (int i = 0; i < header.size(); i++) {
            String h = plain(header.get(i));
            if (h.contains("ISMAP") || h.contains("登録")) {
                ismap = i;
            } else if (h.contains("区分") || h.contains("機密性") || h.contains("分類")) {
                cls = i;
            } else if (h.contains("目的") || h.contains("用途") || h.contains("業務")) {
                purpose = i;
            } else if (name < 0 && (h.contains("名称") || h.contains("サービス"))) {
                name = i;
            }
        }
        List<Service> out = new ArrayList<>();
        if (header.size() < 3 || rows.stream().noneMatch(r -> cells(r).size() == header.size())) {
            return runTogether(String.join("", rows));
        }
        for (String row : rows.subList(1, rows.size())) {
            List<String> c = cells(row);
            if (c.size() == header.size() && name >= 0) {
                String n = c.get(name);
                String p = purpose >= 0 ? c.get(purpose) : "";
                Boolean conf = cls >= 0 ? confidential(c.get(cls)) : null;
                Boolean listed = ismap >= 0 ? listed(c.get(ismap)) : null;
                out.add(service(n, p, conf, listed, row));
                continue;
            }
            Matcher m = RUN_TOGETHER.matcher(plain(row).strip());
            if (m.matches()) {
                // name and purpose ran together: the whole is the name until someone splits it
                out.add(service(plain(row).strip().substring(0, m.end(1)).strip(), "",
                        confidential(m.group(2)), m.group(3) == null ? null : listed(m.group(3)), row));
            }
        }
        return out;
    }

    private static final Pattern ROW_END = Pattern.compile(
            "(機密性\\s*[12](?:以上)?|自治体機密性\\s*[12](?:以上)?)\\s*(登録あり|登録なし|あり|なし|○|×)");

    /**
     * A table whose cells and rows ran together (a PDF's text layer without the gaps): each row ends with its class
     * and its listing; what stands before them is the name and the purpose, kept as the name for review. The header's
     * words (up to its last 「登録」) are no row.
     */
    private static List<Service> runTogether(String all) {
        String text = plain(all);
        Matcher first = ROW_END.matcher(text);
        if (!first.find()) {
            return List.of();
        }
        int header = text.lastIndexOf("登録", first.start());
        int at = header < 0 ? 0 : header + 2;
        List<Service> out = new ArrayList<>();
        Matcher m = ROW_END.matcher(text);
        while (m.find(at)) {
            String name = text.substring(at, m.start()).strip();
            if (!name.isEmpty()) {
                out.add(service(name, "", confidential(m.group(1)), listed(m.group(2)), text.substring(at, m.end())));
            }
            at = m.end();
        }
        return out;
    }

    private static Service service(String name, String purpose, Boolean confidential, Boolean listed, String row) {
        List<String> unsure = new ArrayList<>();
        if (purpose.isEmpty()) {
            unsure.add("利用の目的");
        }
        if (confidential == null) {
            unsure.add("取り扱う情報の区分");
        }
        if (listed == null) {
            unsure.add("ISMAPへの登録");
        }
        return new Service(name, listed == null || listed, confidential == null || confidential,
                purpose.isEmpty() ? "（要確認）" : purpose, String.join("・", unsure), row.strip());
    }

    /** 機密性２以上 → true, 機密性１ → false, anything else → undecided. */
    private static Boolean confidential(String cell) {
        String c = plain(cell).replace(" ", "");
        if (c.matches(".*機密性(2|3)(以上)?.*")) {
            return true;
        }
        return c.matches(".*機密性1.*") ? false : null;
    }

    private static Boolean listed(String cell) {
        String c = plain(cell).replace(" ", "");
        if (c.matches("登録あり|あり|有|○|済|登録済(み)?|登録")) {
            return true;
        }
        return c.matches("登録なし|なし|無|×|未登録|-") ? false : null;
    }
}
