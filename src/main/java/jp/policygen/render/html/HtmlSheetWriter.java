package jp.policygen.render.html;

import static jp.policygen.render.html.HtmlWriter.esc;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.policygen.render.sheet.Sheet;
import jp.policygen.render.sheet.SheetWriter;

/**
 * A sheet as one self-contained HTML page: the header fields as a description list, the table with a caption
 * and column headers (th scope="col"), empty cells to fill in on paper, A4 landscape when printed.
 */
public final class HtmlSheetWriter implements SheetWriter {
    private static final String STYLE = """
            body { font-family: "BIZ UDGothic", "BIZ UDゴシック", "Yu Gothic", "游ゴシック", "Hiragino Sans", \
            "IPAexGothic", sans-serif; color: #1a1a1a; margin: 1.5em; font-size: 10.5pt; line-height: 1.6; }
            h1 { font-size: 1.5em; margin: 0 0 .5em; }
            dl.fields { display: grid; grid-template-columns: max-content auto; gap: .1em 1em; margin: 0 0 1em; }
            dl.fields dt { font-weight: bold; }
            dl.fields dd { margin: 0; }
            table { border-collapse: collapse; width: 100%; }
            caption { text-align: left; font-weight: bold; padding-bottom: .3em; }
            th, td { border: 1px solid #777; padding: .25em .4em; vertical-align: top; text-align: left; }
            thead th { background: #ddd; text-align: center; }
            td.centre { text-align: center; white-space: nowrap; }
            td.fill { background: #fffbe0; }
            .notes { margin-top: 1em; }
            .notes p { margin: .2em 0; }
            @media print {
              body { margin: 0; font-size: 9pt; }
              thead { display: table-header-group; }
              tr { page-break-inside: avoid; }
              td.fill { background: none; }
            }
            @page { size: A4 landscape; margin: 12mm; }
            """;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void write(Sheet sheet, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<meta name=\"author\" content=\"" + esc(sheet.author()) + "\">\n");
        w.write("<title>" + esc(sheet.author() + " " + sheet.title()) + "</title>\n");
        w.write("<style>\n" + STYLE + "</style>\n</head>\n<body>\n<main>\n");
        w.write("<h1>" + esc(sheet.title()) + "</h1>\n<dl class=\"fields\">\n");
        for (Sheet.Field f : sheet.fields()) {
            w.write("<dt>" + esc(f.label()) + "</dt><dd>" + esc(f.value()) + "</dd>\n");
        }
        w.write("</dl>\n<table>\n<caption>" + esc(sheet.title()) + "（" + sheet.rows().size() + "項目）</caption>\n");
        w.write("<colgroup>");
        int total = sheet.columns().stream().mapToInt(Sheet.Column::width).sum();
        for (Sheet.Column c : sheet.columns()) {
            w.write("<col style=\"width: " + (Math.round(1000.0 * c.width() / total) / 10.0) + "%\">");
        }
        w.write("</colgroup>\n<thead>\n<tr>");
        for (Sheet.Column c : sheet.columns()) {
            w.write("<th scope=\"col\">" + esc(c.name()) + "</th>");
        }
        w.write("</tr>\n</thead>\n<tbody>\n");
        for (List<String> row : sheet.rows()) {
            w.write("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Sheet.Column c = sheet.columns().get(i);
                String cls = c.fillIn() ? " class=\"fill\"" : c.centre() ? " class=\"centre\"" : "";
                w.write("<td" + cls + ">" + esc(row.get(i)).replace("\n", "<br>") + "</td>");
            }
            w.write("</tr>\n");
        }
        w.write("</tbody>\n</table>\n");
        if (!sheet.notes().isEmpty()) {
            w.write("<div class=\"notes\">\n");
            for (String n : sheet.notes()) {
                w.write("<p>" + esc(n) + "</p>\n");
            }
            w.write("</div>\n");
        }
        w.write("</main>\n</body>\n</html>\n");
        w.flush();
    }
}
