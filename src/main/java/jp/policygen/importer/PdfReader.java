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
            "^[\\s\u3000]*(第[0-9０-９〇一二三四五六七八九十百]+[章節款条]|[0-9０-９]+([.．][0-9０-９]+)*[.．]?[\\s\u3000]|[(（][0-9０-９ア-ン一二三四五六七八九十]+[)）]"
                    + "|[\u2460-\u2473]|[ア-ン][\\s\u3000]|[一二三四五六七八九十]+[\\s\u3000]|附則|別表)");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[\\s\u3000]*[-－‐―]?[\\s\u3000]*[0-9０-９]{1,4}[\\s\u3000]*[-－‐―]?[\\s\u3000]*$");
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

    /**
     * Lines into paragraphs: a line that does not reach the right margin ends its paragraph (the typical full line's
     * length is measured over the file), and a line that starts with a number or a caption begins one. PDFBox's own
     * paragraph marks are not used: on a PDF written line by line it marks every line.
     */
    static List<SourceLine> paragraphs(String text) {
        List<String> lines = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        int page = 1;
        for (String raw : text.split("\n", -1)) {
            if (raw.indexOf('\f') >= 0) {
                page++;
            }
            String line = INNER_SPACE.matcher(raw.replace(String.valueOf(PARA), "").replace("\f", "")).replaceAll("").strip();
            if (line.isEmpty() || PAGE_NUMBER.matcher(line).matches()) {
                continue;
            }
            lines.add(line);
            pages.add(page);
        }
        int[] lengths = lines.stream().mapToInt(l -> l.replace(" ", "").length()).sorted().toArray();
        int full = lengths.length == 0 ? 0 : lengths[(int) (lengths.length * 0.9)];
        List<SourceLine> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String at = "1ページ";
        boolean ended = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean startsNew = ended || STARTS_NUMBERED.matcher(line).find() || line.startsWith("（") && line.endsWith("）");
            if (startsNew && !current.isEmpty()) {
                out.add(new SourceLine(current.toString(), at));
                current.setLength(0);
            }
            if (current.isEmpty()) {
                at = pages.get(i) + "ページ";
            }
            current.append(line);
            ended = line.replace(" ", "").length() < full - 2;
        }
        if (!current.isEmpty()) {
            out.add(new SourceLine(current.toString(), at));
        }
        return out;
    }
}
