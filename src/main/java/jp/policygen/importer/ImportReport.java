package jp.policygen.importer;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.docx4j.jaxb.Context;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TblWidth;

/**
 * The import report (取込結果): the doubtful rows first — what could not be placed, the body's own provisions, the
 * clauses the body does not have, then the changed ones by rising similarity, the identical ones last — each of the
 * body's provisions beside the catalog clause it was matched to. As HTML and as a Word file.
 */
public final class ImportReport {
    private ImportReport() {
    }

    /** The rows in the order a reviewer reads them. */
    public static List<Plan.Row> ordered(Plan plan) {
        return plan.rows().stream().sorted(Comparator.comparingDouble(Plan.Row::doubt).reversed()).toList();
    }

    static String percent(double s) {
        return s < 0 ? "—" : String.format(Locale.ROOT, "%d%%", Math.round(s * 100));
    }

    public static String summary(Importer.Outcome o) {
        long same = o.plan().rows().stream().filter(r -> r.decision() == Plan.Decision.SAME).count();
        long changed = o.plan().rows().stream().filter(r -> r.decision() == Plan.Decision.CHANGED).count();
        long own = o.plan().rows().stream().filter(r -> r.decision() == Plan.Decision.OWN).count();
        long none = o.plan().rows().stream().filter(r -> r.decision() == Plan.Decision.NONE).count();
        long unplaced = o.plan().rows().stream().filter(r -> r.decision() == Plan.Decision.UNPLACED).count();
        return "同じ " + same + "・変更 " + changed + "・独自 " + own + "・対応なし " + none + "・未配置 " + unplaced
                + "（条項に対応付けた段落 " + percent(o.plan().placed()) + "）";
    }

    public static String html(Importer.Outcome o, String editionName) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n<title>取込結果 ")
                .append(esc(o.body().file())).append("</title>\n<style>\n")
                .append("body{font-family:\"BIZ UDPGothic\",\"Yu Gothic\",sans-serif;margin:1.5em;line-height:1.6}\n")
                .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;padding:.3em;vertical-align:top;text-align:left}\n")
                .append("th{background:#eee}td.t{white-space:pre-wrap;font-family:\"BIZ UDPMincho\",\"Yu Mincho\",serif}\n")
                .append(".d-未配置,.d-独自{background:#fde8e8}.d-対応なし{background:#fff4d6}.d-変更{background:#eef4ff}\n")
                .append("</style>\n</head>\n<body>\n<h1>取込結果（").append(esc(o.body().file())).append("）</h1>\n");
        h.append("<p>ガイドラインの版: ").append(esc(editionName)).append("。").append(esc(summary(o))).append("</p>\n");
        h.append("<p>疑わしいものから順に並べています（未配置 → 独自 → 対応なし → 類似度の低い変更 → 同じ）。</p>\n");
        h.append("<table>\n<thead><tr><th>判定</th><th>現行の規程</th><th>本文</th><th>条項</th><th>ガイドラインの例文</th><th>類似度</th><th>備考</th></tr></thead>\n<tbody>\n");
        for (Plan.Row r : ordered(o.plan())) {
            h.append("<tr class=\"d-").append(r.decision().label()).append("\"><td>").append(r.decision().label())
                    .append("</td><td>").append(esc(join(r.number(), r.caption()))).append("<br><small>")
                    .append(esc(r.location())).append("</small></td><td class=\"t\">").append(esc(r.text()))
                    .append("</td><td>").append(esc(join(r.clauseNumber(), r.clauseTitle()))).append("<br><small>")
                    .append(esc(r.clauseId())).append("</small></td><td class=\"t\">").append(esc(r.clauseText()))
                    .append("</td><td>").append(percent(r.similarity())).append("</td><td>").append(esc(r.note()))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</body>\n</html>\n");
        return h.toString();
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " " + b;
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static byte[] docx(Importer.Outcome o, String editionName) throws Exception {
        WordprocessingMLPackage pkg = WordprocessingMLPackage.createPackage(
                org.docx4j.model.structure.PageSizePaper.A4, true);
        MainDocumentPart main = pkg.getMainDocumentPart();
        main.addStyledParagraphOfText("Title", "取込結果（" + o.body().file() + "）");
        main.addParagraphOfText("ガイドラインの版: " + editionName + "。" + summary(o));
        main.addParagraphOfText("疑わしいものから順に並べています（未配置 → 独自 → 対応なし → 類似度の低い変更 → 同じ）。");
        ObjectFactory f = Context.getWmlObjectFactory();
        Tbl tbl = f.createTbl();
        tbl.setTblPr(f.createTblPr());
        org.docx4j.wml.CTBorder border = new org.docx4j.wml.CTBorder();
        border.setVal(org.docx4j.wml.STBorder.SINGLE);
        border.setSz(BigInteger.valueOf(4));
        org.docx4j.wml.TblBorders borders = f.createTblBorders();
        borders.setTop(border);
        borders.setBottom(border);
        borders.setLeft(border);
        borders.setRight(border);
        borders.setInsideH(border);
        borders.setInsideV(border);
        tbl.getTblPr().setTblBorders(borders);
        int[] widths = {900, 1500, 3400, 1500, 3400, 700, 1900};
        tbl.getContent().add(row(f, widths, "判定", "現行の規程", "本文", "条項", "ガイドラインの例文", "類似度", "備考"));
        for (Plan.Row r : ordered(o.plan())) {
            tbl.getContent().add(row(f, widths, r.decision().label(), join(r.number(), r.caption()), r.text(),
                    join(r.clauseNumber(), r.clauseTitle()) + "\n" + r.clauseId(), r.clauseText(), percent(r.similarity()),
                    r.note()));
        }
        main.getContent().add(tbl);
        // landscape, as a 対照表 is printed
        org.docx4j.wml.SectPr sect = main.getJaxbElement().getBody().getSectPr();
        if (sect != null && sect.getPgSz() != null) {
            BigInteger w = sect.getPgSz().getW();
            sect.getPgSz().setW(sect.getPgSz().getH());
            sect.getPgSz().setH(w);
            sect.getPgSz().setOrient(org.docx4j.wml.STPageOrientation.LANDSCAPE);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pkg.save(out);
        // docx4j stamps the time: a rerun of the same import must write the same bytes (determinism, issue 25 item 4)
        return jp.policygen.render.ReproducibleZip.normalize(out.toByteArray());
    }

    private static Tr row(ObjectFactory f, int[] widths, String... cells) {
        Tr tr = f.createTr();
        for (int i = 0; i < cells.length; i++) {
            Tc tc = f.createTc();
            TcPr pr = f.createTcPr();
            TblWidth w = f.createTblWidth();
            w.setW(BigInteger.valueOf(widths[i]));
            w.setType("dxa");
            pr.setTcW(w);
            tc.setTcPr(pr);
            for (String line : cells[i].split("\n", -1)) {
                P p = f.createP();
                org.docx4j.wml.R run = f.createR();
                org.docx4j.wml.Text t = f.createText();
                t.setValue(line);
                t.setSpace("preserve");
                run.getContent().add(t);
                p.getContent().add(run);
                tc.getContent().add(p);
            }
            tr.getContent().add(tc);
        }
        return tr;
    }
}
