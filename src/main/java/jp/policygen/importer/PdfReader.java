package jp.policygen.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads the text layer of a PDF (a 例規集 print or a PDF saved from Word) with PDFBox. A PDF has lines, not
 * paragraphs: a line joins the one before unless it starts with a number or a caption, or the one before ended a
 * sentence, or PDFBox saw a paragraph start (an indent). Page numbers and running heads are left out.
 */
final class PdfReader {
    private static final Pattern STARTS_NUMBERED = Pattern.compile(
            "^[\\s\u3000]*(第[0-9０-９〇一二三四五六七八九十百]+[章節款条](の[0-9０-９]+)*(?=[\\s\u3000(（]|$)|[0-9０-９]+([.．][0-9０-９]+)*[.．]?[\\s\u3000]|[(（][0-9０-９ア-ン一二三四五六七八九十]+[)）]"
                    + "|[\u2460-\u2473]|[ア-ン][\\s\u3000]|[一二三四五六七八九十]+[\\s\u3000]|附則|別表|第[0-9０-９]+版)");
    /** A page's number as a footer prints it: 「3」「- 3 -」「3 / 76」. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[\\s\u3000]*[-－‐―]?[\\s\u3000]*[0-9０-９]{1,4}[\\s\u3000]*"
            + "([-－‐―]|[/／][\\s\u3000]*[0-9０-９]{1,4})?[\\s\u3000]*$");
    private static final char PARA = '\u2029';

    private PdfReader() {
    }

    static BodyText read(String name, byte[] bytes) throws ImportException {
        String text;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            s.setParagraphStart(String.valueOf(PARA));
            s.setLineSeparator("\n");
            s.setPageEnd("\n\f");
            text = s.getText(doc);
        } catch (InvalidPasswordException e) {
            throw new ImportException(name + ": パスワードで保護された PDF です。パスワードを外した PDF か、元の Word ファイルを指定してください。");
        } catch (IOException | RuntimeException e) {
            throw new ImportException(name + ": PDF として読めません（ファイルが壊れています）。元の Word ファイルか、保存し直した PDF を指定してください。");
        }
        if (text.replaceAll("[\\s\u3000" + PARA + "]", "").length() < 50) {
            throw new ImportException(name + ": PDF に文字がありません（スキャンした画像だけの PDF です）。"
                    + "文字を選択できる PDF か、元の Word ファイル、例規集の HTML を指定してください。");
        }
        return Outline.parse(name, "PDF", paragraphs(text));
    }

    /** A space PDFBox puts between two Japanese characters of justified text is no space of the text. */
    private static final Pattern INNER_SPACE = Pattern.compile("(?<=[^\\x00-\\x7F]) +(?=[^\\x00-\\x7F])");

    /** Brackets opened and not yet closed. */
    private static int open(CharSequence s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '（' || c == '(' || c == '「' ? 1 : c == '）' || c == ')' || c == '」' ? -1 : 0;
        }
        return depth;
    }

    /**
     * Removes a running head or foot (「情報セキュリティ対策基準　取扱注意」 at the top of every page): a short line that is
     * the first or the last of at least three pages and of at least a third of them. Left in, it would start a new
     * document (a title) or end up in the middle of a sentence that runs over the page.
     */
    private static void dropRunningHeads(List<String> lines, List<Integer> pages, List<Boolean> marked) {
        int pageCount = pages.isEmpty() ? 0 : pages.get(pages.size() - 1);
        java.util.Map<String, java.util.Set<Integer>> edges = new java.util.HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean first = i == 0 || !pages.get(i - 1).equals(pages.get(i));
            boolean last = i == lines.size() - 1 || !pages.get(i + 1).equals(pages.get(i));
            if ((first || last) && lines.get(i).length() <= 40 && !lines.get(i).contains("。")) {
                edges.computeIfAbsent(lines.get(i), k -> new java.util.HashSet<>()).add(pages.get(i));
            }
        }
        java.util.Set<String> heads = new java.util.HashSet<>();
        edges.forEach((line, on) -> {
            if (on.size() >= 3 && on.size() * 3 >= pageCount) {
                heads.add(line);
            }
        });
        for (int i = lines.size() - 1; i >= 0; i--) {
            boolean first = i == 0 || !pages.get(i - 1).equals(pages.get(i));
            boolean last = i == lines.size() - 1 || !pages.get(i + 1).equals(pages.get(i));
            if ((first || last) && heads.contains(lines.get(i))) {
                lines.remove(i);
                pages.remove(i);
                marked.remove(i);
            }
        }
    }

    /**
     * Lines into paragraphs: a line that does not reach the right margin ends its paragraph (the typical full line's
     * length is measured over the file), and a line that starts with a number or a caption begins one. PDFBox's own
     * paragraph marks are not used: on a PDF written line by line it marks every line.
     */
    static List<SourceLine> paragraphs(String text) {
        List<String> lines = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        List<Boolean> marked = new ArrayList<>();
        boolean afterBlank = false;
        int page = 1;
        for (String raw : text.split("\n", -1)) {
            if (raw.indexOf('\f') >= 0) {
                page++;
            }
            String line = INNER_SPACE.matcher(raw.replace(String.valueOf(PARA), "").replace("\f", "")).replaceAll("").strip();
            if (line.isEmpty() || PAGE_NUMBER.matcher(line).matches()) {
                afterBlank |= line.isEmpty();
                continue;
            }
            lines.add(line);
            pages.add(page);
            // PDFBox leaves the line after an empty one unmarked, though it starts a paragraph
            marked.add(afterBlank || raw.replace("\f", "").startsWith(String.valueOf(PARA)));
            afterBlank = false;
        }
        dropRunningHeads(lines, pages, marked);
        // where PDFBox marks (nearly) every line, a line it did not mark is the rest of the line before, put apart
        // because its characters sit a little higher or lower (「4.3 通」 over 「信回線及び…」 in a heading)
        boolean everyLineMarked = marked.stream().filter(m -> m).count() * 10 >= lines.size() * 8L;
        int[] lengths = lines.stream().mapToInt(l -> l.replace(" ", "").length()).sorted().toArray();
        int full = lengths.length == 0 ? 0 : lengths[(int) (lengths.length * 0.9)];
        List<SourceLine> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String at = "1ページ";
        boolean ended = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean numbered = STARTS_NUMBERED.matcher(line).find();
            boolean startsNew = ended || numbered || line.startsWith("（") && line.endsWith("）");
            if (everyLineMarked && !marked.get(i) && !numbered && i > 0 && pages.get(i - 1).equals(pages.get(i))) {
                startsNew = false;
            }
            if (startsNew && !current.isEmpty()) {
                out.add(new SourceLine(current.toString(), at));
                current.setLength(0);
            }
            if (current.isEmpty()) {
                at = pages.get(i) + "ページ";
            }
            current.append(line);
            // a paragraph does not end inside brackets: a heading wrapped as 「…（…の取扱いが」 / 「ある場合）」 goes on
            // a line short of the margin ends its paragraph when it ends a sentence or is far short; a 号's lines are
            // indented under its number and stop a few characters early without ending anything
            int length = line.replace(" ", "").length();
            boolean closes = line.endsWith("。") || line.endsWith("）") || line.endsWith("」") || line.endsWith(")");
            boolean pageEnds = i + 1 < lines.size() && !pages.get(i + 1).equals(pages.get(i));
            ended = length < full - 2 && (closes || length < full * 3 / 4 || pageEnds) && open(current) <= 0;
        }
        if (!current.isEmpty()) {
            out.add(new SourceLine(current.toString(), at));
        }
        return out;
    }
}
