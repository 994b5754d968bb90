package jp.policygen.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.JAXBElement;
import jp.policygen.io.InputLimits;
import org.docx4j.TraversalUtil;
import org.docx4j.model.listnumbering.Emulator;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.docx4j.wml.Br;
import org.docx4j.wml.ContentAccessor;
import org.docx4j.wml.P;
import org.docx4j.wml.R;
import org.docx4j.wml.SdtBlock;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.Tc;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;

/**
 * Reads a Word file's paragraphs in order, each with the number a reader sees: typed numbers stay as typed, and
 * Word's automatic numbering is worked out by docx4j's numbering emulator (called in document order, as it counts).
 * A table row becomes one line of its cells joined by a full-width space (a 別表 or the 改定履歴).
 */
final class DocxReader {
    private DocxReader() {
    }

    static BodyText read(String name, byte[] bytes) throws ImportException {
        try {
            InputLimits.checkZip(Readers.stream(bytes));
        } catch (InputLimits.TooLarge e) {
            throw new ImportException(name + ": " + e.getMessage());
        } catch (IOException e) {
            throw damaged(name);
        }
        WordprocessingMLPackage pkg;
        try {
            pkg = WordprocessingMLPackage.load(Readers.stream(bytes));
        } catch (Exception | LinkageError e) {
            throw damaged(name);
        }
        List<SourceLine> lines = new ArrayList<>();
        walk(pkg, pkg.getMainDocumentPart().getContent(), lines);
        return Outline.parse(name, "Word", lines);
    }

    private static ImportException damaged(String name) {
        return new ImportException(name + ": Word ファイル（.docx）として読めません（ファイルが壊れているか、"
                + "パスワードで保護されています）。Word で開けるか確かめ、「名前を付けて保存」で .docx として保存し直したファイルを指定してください。");
    }

    private static void walk(WordprocessingMLPackage pkg, List<Object> content, List<SourceLine> out) {
        for (Object o : content) {
            Object v = o instanceof JAXBElement<?> j ? j.getValue() : o;
            if (v instanceof P p) {
                if (p.getPPr() != null && p.getPPr().getPStyle() != null
                        && p.getPPr().getPStyle().getVal().toUpperCase(java.util.Locale.ROOT).startsWith("TOC")) {
                    continue; // Word's own 目次: its entries repeat the headings with page numbers
                }
                String number = "";
                if (p.getPPr() != null && (p.getPPr().getNumPr() != null || p.getPPr().getPStyle() != null)) {
                    try {
                        Emulator.ResultTriple t = Emulator.getNumber(pkg, p.getPPr());
                        if (t != null && t.getNumString() != null && t.getBullet() == null) {
                            number = t.getNumString().strip() + "　";
                        }
                    } catch (RuntimeException e) {
                        // a numbering definition docx4j cannot follow: the paragraph keeps its text without it
                    }
                }
                String text = text(p);
                if (!text.isBlank()) {
                    out.add(new SourceLine(number + text, "段落" + (out.size() + 1)));
                }
            } else if (v instanceof Tbl t) {
                for (Object r : t.getContent()) {
                    Object rv = r instanceof JAXBElement<?> j ? j.getValue() : r;
                    if (rv instanceof Tr tr) {
                        List<String> cells = new ArrayList<>();
                        for (Object c : tr.getContent()) {
                            Object cv = c instanceof JAXBElement<?> j ? j.getValue() : c;
                            if (cv instanceof Tc tc) {
                                List<SourceLine> inner = new ArrayList<>();
                                walk(pkg, tc.getContent(), inner);
                                cells.add(String.join("", inner.stream().map(SourceLine::text).toList()));
                            }
                        }
                        out.add(new SourceLine(String.join("　", cells), "表の行" + (out.size() + 1)));
                    }
                }
            } else if (v instanceof SdtBlock sdt && sdt.getSdtContent() != null) {
                walk(pkg, sdt.getSdtContent().getContent(), out);
            }
        }
    }

    /** The paragraph's text: runs in order, tabs as a space, deleted text (tracked changes) left out. */
    static String text(ContentAccessor p) {
        StringBuilder sb = new StringBuilder();
        new TraversalUtil(p, new TraversalUtil.CallbackImpl() {
            @Override
            public List<Object> apply(Object o) {
                if (o instanceof Text t) {
                    sb.append(t.getValue());
                } else if (o instanceof R.Tab) {
                    sb.append('　');
                } else if (o instanceof Br) {
                    sb.append('\n');
                }
                return null;
            }

            @Override
            public boolean shouldTraverse(Object o) {
                return !(o instanceof org.docx4j.wml.RunDel) && !(o instanceof org.docx4j.wml.CTRel);
            }
        });
        return sb.toString();
    }
}
