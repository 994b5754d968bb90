package jp.policygen.render.docx;

import java.math.BigInteger;
import java.util.List;

import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.CTTabStop;
import org.docx4j.wml.Br;
import org.docx4j.wml.FldChar;
import org.docx4j.wml.Jc;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.STBrType;
import org.docx4j.wml.STFldCharType;
import org.docx4j.wml.STTabJc;
import org.docx4j.wml.STTabTlc;
import org.docx4j.wml.Tabs;
import org.docx4j.wml.Text;
import org.docx4j.wml.U;
import org.docx4j.wml.UnderlineEnumeration;

import jakarta.xml.bind.JAXBElement;
import jp.policygen.policy.Run;

/**
 * Small builders for WordprocessingML content. Text always goes into w:t elements, which the writers (WmlXml, or
 * JAXB) escape, so model text such as "&lt;b&gt;" or "${x}" reaches the reader literally.
 */
final class Wml {
    static final String NAMESPACE = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** One full-width character at the 10.5pt body size, in twentieths of a point; the unit of all indents. */
    static final int CHAR = 210;

    /** docx4j's factory made directly: Context.getWmlObjectFactory() would create every JAXB context of docx4j. */
    private static final ObjectFactory FACTORY = new ObjectFactory();

    private Wml() {
    }

    static ObjectFactory factory() {
        return FACTORY;
    }

    /** An empty paragraph with the given style id. */
    static P paragraph(String styleId) {
        P p = FACTORY.createP();
        PPr pPr = FACTORY.createPPr();
        PPrBase.PStyle style = FACTORY.createPPrBasePStyle();
        style.setVal(styleId);
        pPr.setPStyle(style);
        p.setPPr(pPr);
        return p;
    }

    /** A paragraph of one plain run. */
    static P paragraph(String styleId, String text) {
        P p = paragraph(styleId);
        p.getContent().add(run(text));
        return p;
    }

    static void addRuns(P p, List<Run> runs) {
        for (Run r : runs) {
            p.getContent().add(run(r.text(), r.underline()));
        }
    }

    /** A plain run. */
    static R run(String text) {
        return run(text, Run.Underline.NONE);
    }

    /**
     * A run; line feeds in the text become line breaks, since w:t cannot hold them. An underline is run
     * formatting (w:u single or double), as Word's own 傍線 is.
     */
    static R run(String text, Run.Underline underline) {
        R r = FACTORY.createR();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.getContent().add(FACTORY.createBr());
            }
            if (!lines[i].isEmpty()) {
                r.getContent().add(FACTORY.createRT(text(lines[i])));
            }
        }
        if (underline != Run.Underline.NONE) {
            U u = FACTORY.createU();
            u.setVal(underline == Run.Underline.DOUBLE ? UnderlineEnumeration.DOUBLE : UnderlineEnumeration.SINGLE);
            runProperties(r).setU(u);
        }
        return r;
    }

    /**
     * A table cell's run at the size the PDF prints cells (9.5pt): a 一覧表 of many rows then paginates in Word and
     * LibreOffice about as our PDF does, instead of at the 10.5pt body size, which made it several pages longer.
     */
    static R cellSize(R r) {
        HpsMeasure size = new HpsMeasure();
        size.setVal(java.math.BigInteger.valueOf(19));
        runProperties(r).setSz(size);
        HpsMeasure complex = new HpsMeasure();
        complex.setVal(java.math.BigInteger.valueOf(19));
        runProperties(r).setSzCs(complex);
        return r;
    }

    static R bold(R r) {
        runProperties(r).setB(new BooleanDefaultTrue());
        return r;
    }

    /**
     * The runs of a complex field: begin, instruction, separate, the result shown until Word updates it, end.
     * Complex fields (rather than w:fldSimple) are what Word itself writes and what LibreOffice reads best.
     */
    static List<R> field(String instruction, String result, boolean dirty) {
        R instr = FACTORY.createR();
        instr.getContent().add(FACTORY.createRInstrText(text(" " + instruction + " ")));
        return List.of(fieldChar(STFldCharType.BEGIN, dirty), instr, fieldChar(STFldCharType.SEPARATE, false),
                run(result), fieldChar(STFldCharType.END, false));
    }

    /** The runs that open a complex field whose result follows, possibly over several paragraphs. */
    static List<R> fieldStart(String instruction) {
        R instr = FACTORY.createR();
        instr.getContent().add(FACTORY.createRInstrText(text(" " + instruction + " ")));
        return List.of(fieldChar(STFldCharType.BEGIN, false), instr, fieldChar(STFldCharType.SEPARATE, false));
    }

    /** The run that closes a field opened with {@link #fieldStart}. */
    static R fieldEnd() {
        return fieldChar(STFldCharType.END, false);
    }

    /** A run holding a tab character. */
    static R tab() {
        R r = FACTORY.createR();
        r.getContent().add(FACTORY.createRTab(FACTORY.createRTab()));
        return r;
    }

    /** A link to a bookmark of the document (w:hyperlink w:anchor), holding the given runs. */
    static JAXBElement<P.Hyperlink> link(String bookmark, List<R> runs) {
        P.Hyperlink link = FACTORY.createPHyperlink();
        link.setAnchor(bookmark);
        link.setHistory(true);
        link.getContent().addAll(runs);
        return FACTORY.createPHyperlink(link);
    }

    /** A right-aligned tab stop at {@code position} twips, with a dotted leader when asked (a 目次 line). */
    static void rightTab(P p, int position, boolean dotted) {
        CTTabStop stop = FACTORY.createCTTabStop();
        stop.setVal(STTabJc.RIGHT);
        stop.setLeader(dotted ? STTabTlc.DOT : STTabTlc.NONE);
        stop.setPos(BigInteger.valueOf(position));
        Tabs tabs = FACTORY.createTabs();
        tabs.getTab().add(stop);
        p.getPPr().setTabs(tabs);
    }

    /**
     * Starts the given content on a new page. A paragraph gets w:pageBreakBefore, which (unlike a paragraph
     * holding only a page break) leaves no empty line at the top of the new page.
     */
    static void startOnNewPage(List<Object> content) {
        if (!content.isEmpty() && content.get(0) instanceof P p) {
            p.getPPr().setPageBreakBefore(new BooleanDefaultTrue());
            return;
        }
        P p = FACTORY.createP();
        R r = FACTORY.createR();
        Br br = FACTORY.createBr();
        br.setType(STBrType.PAGE);
        r.getContent().add(br);
        p.getContent().add(r);
        content.add(0, p);
    }

    /** Left indent with a hanging (negative) or first-line (positive) indent of the first line, in twips. */
    static void indent(P p, int left, int firstLine) {
        PPrBase.Ind ind = FACTORY.createPPrBaseInd();
        ind.setLeft(BigInteger.valueOf(left));
        if (firstLine < 0) {
            ind.setHanging(BigInteger.valueOf(-firstLine));
        } else if (firstLine > 0) {
            ind.setFirstLine(BigInteger.valueOf(firstLine));
        }
        p.getPPr().setInd(ind);
    }

    static void align(P p, JcEnumeration alignment) {
        Jc jc = FACTORY.createJc();
        jc.setVal(alignment);
        p.getPPr().setJc(jc);
    }

    static void spaceBefore(P p, int twips) {
        PPrBase.Spacing spacing = FACTORY.createPPrBaseSpacing();
        spacing.setBefore(BigInteger.valueOf(twips));
        p.getPPr().setSpacing(spacing);
    }

    private static R fieldChar(STFldCharType type, boolean dirty) {
        FldChar fldChar = FACTORY.createFldChar();
        fldChar.setFldCharType(type);
        if (dirty) {
            fldChar.setDirty(true);
        }
        R r = FACTORY.createR();
        r.getContent().add(FACTORY.createRFldChar(fldChar));
        return r;
    }

    private static Text text(String value) {
        Text t = FACTORY.createText();
        t.setValue(value);
        // Keeps leading/trailing spaces, e.g. around the field instruction.
        t.setSpace("preserve");
        return t;
    }

    private static RPr runProperties(R r) {
        if (r.getRPr() == null) {
            r.setRPr(FACTORY.createRPr());
        }
        return r.getRPr();
    }
}
