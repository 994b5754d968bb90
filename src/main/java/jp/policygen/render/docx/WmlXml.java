package jp.policygen.render.docx;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.docx4j.sharedtypes.STOnOff;
import org.docx4j.wml.Body;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.BooleanDefaultTrue;
import org.docx4j.wml.Br;
import org.docx4j.wml.CTBookmark;
import org.docx4j.wml.CTBorder;
import org.docx4j.wml.CTColumns;
import org.docx4j.wml.CTMarkupRange;
import org.docx4j.wml.CTRel;
import org.docx4j.wml.CTShd;
import org.docx4j.wml.CTTabStop;
import org.docx4j.wml.CTTblLayoutType;
import org.docx4j.wml.CTTblLook;
import org.docx4j.wml.CTTblPrBase;
import org.docx4j.wml.CTTrPrBase;
import org.docx4j.wml.CTVerticalJc;
import org.docx4j.wml.FldChar;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.HpsMeasure;
import org.docx4j.wml.Jc;
import org.docx4j.wml.P;
import org.docx4j.wml.PPr;
import org.docx4j.wml.PPrBase;
import org.docx4j.wml.R;
import org.docx4j.wml.RPr;
import org.docx4j.wml.RPrAbstract;
import org.docx4j.wml.SectPr;
import org.docx4j.wml.Tabs;
import org.docx4j.wml.Tbl;
import org.docx4j.wml.TblBorders;
import org.docx4j.wml.TblGrid;
import org.docx4j.wml.TblGridBase;
import org.docx4j.wml.TblGridCol;
import org.docx4j.wml.TblPr;
import org.docx4j.wml.TblWidth;
import org.docx4j.wml.Tc;
import org.docx4j.wml.TcPr;
import org.docx4j.wml.TcPrInner;
import org.docx4j.wml.Text;
import org.docx4j.wml.Tr;
import org.docx4j.wml.TrPr;
import org.docx4j.wml.U;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.annotation.XmlTransient;

/**
 * Writes the main document (document.xml) straight from the content this package builds, with the bytes docx4j's
 * marshalling gives it: JAXB RI's formatted UTF-8 output (a line and four spaces per level of depth modulo 8, as
 * its indenting writer counts; elements in schema order, attributes in the order JAXB writes them, {@code & < >}
 * escaped in text and {@code " } too in attributes), under the root element and namespace declarations that
 * docx4j's marshaller writes for an empty document (taken from it once). Marshalling the tree through JAXB was
 * about a tenth of a batch's CPU time; walking it here is a small part of that.
 *
 * <p>It knows the elements, attributes and characters that {@link Wml}, {@link TableBuilder}, {@link PageLayout}
 * and {@link HeaderFooter} put into a document, and nothing else: every object it writes is checked to hold no
 * other property (by reflection over its JAXB fields), and text is checked for characters JAXB might write
 * otherwise (controls, unpaired surrogates). Anything else gives null, and the caller marshals with JAXB as
 * before: the bytes are the same either way (WmlXmlTest compares both on every kind of document).
 */
final class WmlXml {
    private static final String W = Wml.NAMESPACE;

    /** Thrown (without a stack) when the tree holds something this writer does not write as JAXB would. */
    private static final class Unsupported extends RuntimeException {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** The JAXB properties of each class (its fields and its superclasses', without the transient parent link). */
    private static final ClassValue<List<Field>> PROPERTIES = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.isAnnotationPresent(XmlTransient.class)
                            || f.getName().equals("parent")) {
                        continue;
                    }
                    f.setAccessible(true);
                    fields.add(f);
                }
            }
            return List.copyOf(fields);
        }
    };

    // what each kind of object may hold: everything else must be unset (see Only)
    private static final Only DOCUMENT = new Only(org.docx4j.wml.Document.class, "body");
    private static final Only BODY = new Only(Body.class, "content", "sectPr");
    private static final Only HDR = new Only(Hdr.class, "content");
    private static final Only FTR = new Only(Ftr.class, "content");
    private static final Only PARAGRAPH = new Only(P.class, "pPr", "content");
    private static final Only PPR = new Only(PPr.class, "pStyle", "pageBreakBefore", "tabs", "spacing", "ind", "jc");
    private static final Only PSTYLE = new Only(PPrBase.PStyle.class, "val");
    private static final Only SPACING = new Only(PPrBase.Spacing.class, "before");
    private static final Only IND = new Only(PPrBase.Ind.class, "left", "hanging", "firstLine");
    private static final Only TABS = new Only(Tabs.class, "tab");
    private static final Only TAB_STOP = new Only(CTTabStop.class, "val", "leader", "pos");
    private static final Only JC = new Only(Jc.class, "val");
    private static final Only BOOKMARK_START = new Only(CTBookmark.class, "name", "id");
    private static final Only BOOKMARK_END = new Only(CTMarkupRange.class, "id");
    private static final Only HYPERLINK = new Only(P.Hyperlink.class, "content", "history", "anchor");
    private static final Only RUN = new Only(R.class, "rPr", "content");
    private static final Only BR = new Only(Br.class, "type");
    private static final Only TAB = new Only(R.Tab.class);
    private static final Only FLD_CHAR = new Only(FldChar.class, "fldCharType", "dirty");
    private static final Only RPR = new Only(RPr.class, "b", "sz", "szCs", "u");
    private static final Only UNDERLINE = new Only(U.class, "val");
    private static final Only HPS_MEASURE = new Only(HpsMeasure.class, "val");
    private static final Only TEXT = new Only(Text.class, "value", "space");
    private static final Only TABLE = new Only(Tbl.class, "tblPr", "tblGrid", "content");
    private static final Only TBL_GRID = new Only(TblGrid.class, "gridCol");
    private static final Only GRID_COL = new Only(TblGridCol.class, "w");
    private static final Only TBL_PR = new Only(TblPr.class, "tblStyle", "tblW", "tblInd", "tblBorders", "tblLayout", "tblLook");
    private static final Only TBL_STYLE = new Only(CTTblPrBase.TblStyle.class, "val");
    private static final Only TBL_BORDERS = new Only(TblBorders.class, "top", "left", "bottom", "right", "insideH", "insideV");
    private static final Only TBL_LAYOUT = new Only(CTTblLayoutType.class, "type");
    private static final Only TBL_LOOK = new Only(CTTblLook.class, "firstRow", "lastRow", "firstColumn", "lastColumn", "noHBand", "noVBand", "val");
    private static final Only TBL_WIDTH = new Only(TblWidth.class, "w", "type");
    private static final Only BORDER = new Only(CTBorder.class, "val", "color", "sz", "space");
    private static final Only ROW = new Only(Tr.class, "trPr", "content");
    private static final Only TR_PR = new Only(TrPr.class, "cnfStyleOrDivIdOrGridBefore");
    private static final Only CELL = new Only(Tc.class, "tcPr", "content");
    private static final Only TC_PR = new Only(TcPr.class, "tcW", "shd", "vAlign");
    private static final Only SHD = new Only(CTShd.class, "val", "color", "fill");
    private static final Only V_ALIGN = new Only(CTVerticalJc.class, "val");
    private static final Only SECT_PR = new Only(SectPr.class, "egHdrFtrReferences", "pgSz", "pgMar", "cols");
    private static final Only PG_SZ = new Only(SectPr.PgSz.class, "w", "h", "orient");
    private static final Only PG_MAR = new Only(SectPr.PgMar.class, "top", "right", "bottom", "left", "header", "footer", "gutter");
    private static final Only COLS = new Only(CTColumns.class, "space");
    private static final Only ON_OFF = new Only(BooleanDefaultTrue.class);
    private static final Only HEADER_REFERENCE = new Only(HeaderReference.class, "type", "id");
    private static final Only FOOTER_REFERENCE = new Only(FooterReference.class, "type", "id");

    private final Utf8 out = new Utf8();
    private int depth;
    private boolean seenText;
    private boolean startTagOpen;

    private WmlXml() {
    }

    /**
     * document.xml as docx4j would marshal the part's content, or null when the content holds what this writer
     * does not know.
     */
    static byte[] document(org.docx4j.wml.Document document) {
        try {
            check(DOCUMENT, document);
            Body body = document.getBody();
            if (body == null) {
                return null;
            }
            check(BODY, body);
            WmlXml xml = new WmlXml();
            xml.out.bytes(Frame.INSTANCE.head);
            // the root element, with the declaration before it, stands at depth 0; the body at 1
            xml.depth = 1;
            xml.start("w:body");
            for (Object o : body.getContent()) {
                xml.block(o);
            }
            if (body.getSectPr() != null) {
                xml.sectPr(body.getSectPr());
            }
            xml.end("w:body");
            xml.out.bytes(Frame.INSTANCE.tail);
            return xml.out.toByteArray();
        } catch (Unsupported e) {
            return null;
        }
    }

    /**
     * The header or footer part (header.xml, footer.xml) as docx4j would marshal it, or null when its content holds
     * what this writer does not know. Its paragraphs are written as the document's are.
     */
    static byte[] header(Hdr header) {
        try {
            check(HDR, header);
            return part(Frame.HEADER, header.getContent());
        } catch (Unsupported e) {
            return null;
        }
    }

    /** The footer part as docx4j would marshal it, or null (see {@link #header}). */
    static byte[] footer(Ftr footer) {
        try {
            check(FTR, footer);
            return part(Frame.FOOTER, footer.getContent());
        } catch (Unsupported e) {
            return null;
        }
    }

    private static byte[] part(Frame frame, List<Object> content) {
        WmlXml xml = new WmlXml();
        xml.out.bytes(frame.head);
        xml.depth = 1; // the root at 0, its paragraphs at 1
        for (Object o : content) {
            xml.block(o);
        }
        xml.out.bytes(frame.tail);
        return xml.out.toByteArray();
    }

    /**
     * What docx4j writes around the content of a part: the declaration and the root element with its namespace
     * declarations, and the root's end. Cut from docx4j's own marshalling of the part with a marker as its only
     * content (an empty body, an empty paragraph), made at build time ({@link JaxbParts}).
     */
    static final class Frame {
        static final Frame INSTANCE = new Frame(JaxbParts.of(JaxbParts.DOCUMENT), "\n    <w:body/>");
        static final Frame HEADER = new Frame(JaxbParts.of(JaxbParts.HEADER), "\n    <w:p/>");
        static final Frame FOOTER = new Frame(JaxbParts.of(JaxbParts.FOOTER), "\n    <w:p/>");

        final byte[] head;
        final byte[] tail;

        Frame(byte[] marshalled, String marker) {
            String xml = new String(marshalled, StandardCharsets.UTF_8);
            int at = xml.indexOf(marker);
            if (at < 0 || xml.indexOf(marker, at + 1) >= 0) {
                throw new IllegalStateException("docx4j wrote a part unlike expected: " + xml);
            }
            head = xml.substring(0, at).getBytes(StandardCharsets.UTF_8);
            tail = xml.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8);
        }
    }

    // ---- block content ------------------------------------------------------------------------------------------

    private void block(Object o) {
        if (o instanceof P p) {
            paragraph(p);
        } else if (o instanceof Tbl t) {
            table(t);
        } else {
            throw new Unsupported(String.valueOf(o));
        }
    }

    private void paragraph(P p) {
        check(PARAGRAPH, p);
        start("w:p");
        if (p.getPPr() != null) {
            pPr(p.getPPr());
        }
        for (Object o : p.getContent()) {
            if (o instanceof R r) {
                run(r);
            } else if (o instanceof JAXBElement<?> e && W.equals(e.getName().getNamespaceURI())) {
                Object v = e.getValue();
                switch (e.getName().getLocalPart()) {
                    case "bookmarkStart" -> bookmarkStart(cast(v, CTBookmark.class));
                    case "bookmarkEnd" -> bookmarkEnd(cast(v, CTMarkupRange.class));
                    case "hyperlink" -> hyperlink(cast(v, P.Hyperlink.class));
                    default -> throw new Unsupported(e.getName().toString());
                }
            } else {
                throw new Unsupported(String.valueOf(o));
            }
        }
        end("w:p");
    }

    private void pPr(PPr pPr) {
        check(PPR, pPr);
        start("w:pPr");
        if (pPr.getPStyle() != null) {
            check(PSTYLE, pPr.getPStyle());
            empty("w:pStyle", "w:val", pPr.getPStyle().getVal());
        }
        if (pPr.getPageBreakBefore() != null) {
            onOff("w:pageBreakBefore", pPr.getPageBreakBefore());
        }
        if (pPr.getTabs() != null) {
            tabs(pPr.getTabs());
        }
        if (pPr.getSpacing() != null) {
            check(SPACING, pPr.getSpacing());
            empty("w:spacing", "w:before", number(pPr.getSpacing().getBefore()));
        }
        if (pPr.getInd() != null) {
            PPrBase.Ind ind = pPr.getInd();
            check(IND, ind);
            start("w:ind");
            attribute("w:left", number(ind.getLeft()));
            attribute("w:hanging", number(ind.getHanging()));
            attribute("w:firstLine", number(ind.getFirstLine()));
            end("w:ind");
        }
        if (pPr.getJc() != null) {
            jc(pPr.getJc());
        }
        end("w:pPr");
    }

    private void tabs(Tabs tabs) {
        check(TABS, tabs);
        start("w:tabs");
        for (CTTabStop stop : tabs.getTab()) {
            check(TAB_STOP, stop);
            start("w:tab");
            attribute("w:val", stop.getVal() == null ? null : stop.getVal().value());
            attribute("w:leader", stop.getLeader() == null ? null : stop.getLeader().value());
            attribute("w:pos", number(stop.getPos()));
            end("w:tab");
        }
        end("w:tabs");
    }

    private void jc(Jc jc) {
        check(JC, jc);
        empty("w:jc", "w:val", jc.getVal() == null ? null : jc.getVal().value());
    }

    private void bookmarkStart(CTBookmark b) {
        check(BOOKMARK_START, b);
        start("w:bookmarkStart");
        attribute("w:name", b.getName());
        attribute("w:id", number(b.getId()));
        end("w:bookmarkStart");
    }

    private void bookmarkEnd(CTMarkupRange b) {
        check(BOOKMARK_END, b);
        empty("w:bookmarkEnd", "w:id", number(b.getId()));
    }

    private void hyperlink(P.Hyperlink link) {
        check(HYPERLINK, link);
        start("w:hyperlink");
        attribute("w:history", field(link, "history"));
        attribute("w:anchor", link.getAnchor());
        for (Object o : link.getContent()) {
            if (o instanceof R r) {
                run(r);
            } else {
                throw new Unsupported(String.valueOf(o));
            }
        }
        end("w:hyperlink");
    }

    // ---- runs ---------------------------------------------------------------------------------------------------

    private void run(R r) {
        check(RUN, r);
        start("w:r");
        if (r.getRPr() != null) {
            rPr(r.getRPr());
        }
        for (Object o : r.getContent()) {
            if (o instanceof Br br) {
                check(BR, br);
                empty("w:br", "w:type", br.getType() == null ? null : br.getType().value());
            } else if (o instanceof JAXBElement<?> e && W.equals(e.getName().getNamespaceURI())) {
                Object v = e.getValue();
                switch (e.getName().getLocalPart()) {
                    case "t" -> text("w:t", cast(v, Text.class));
                    case "instrText" -> text("w:instrText", cast(v, Text.class));
                    case "tab" -> {
                        check(TAB, cast(v, R.Tab.class));
                        empty("w:tab");
                    }
                    case "fldChar" -> {
                        FldChar f = cast(v, FldChar.class);
                        check(FLD_CHAR, f);
                        start("w:fldChar");
                        attribute("w:fldCharType", f.getFldCharType() == null ? null : f.getFldCharType().value());
                        attribute("w:dirty", field(f, "dirty"));
                        end("w:fldChar");
                    }
                    default -> throw new Unsupported(e.getName().toString());
                }
            } else {
                throw new Unsupported(String.valueOf(o));
            }
        }
        end("w:r");
    }

    private void rPr(RPr rPr) {
        check(RPR, rPr);
        start("w:rPr");
        RPrAbstract p = rPr;
        if (p.getB() != null) {
            onOff("w:b", p.getB());
        }
        if (p.getSz() != null) {
            halfPoints("w:sz", p.getSz());
        }
        if (p.getSzCs() != null) {
            halfPoints("w:szCs", p.getSzCs());
        }
        if (p.getU() != null) {
            U u = p.getU();
            check(UNDERLINE, u);
            empty("w:u", "w:val", u.getVal() == null ? null : u.getVal().value());
        }
        end("w:rPr");
    }

    private void halfPoints(String name, HpsMeasure size) {
        check(HPS_MEASURE, size);
        empty(name, "w:val", number(size.getVal()));
    }

    private void text(String name, Text t) {
        check(TEXT, t);
        String value = t.getValue();
        if (value == null || value.isEmpty()) {
            throw new Unsupported("empty text");
        }
        start(name);
        attribute("xml:space", t.getSpace());
        closeStartTag();
        seenText = true;
        escape(value, false);
        end(name);
    }

    // ---- tables -------------------------------------------------------------------------------------------------

    private void table(Tbl tbl) {
        check(TABLE, tbl);
        start("w:tbl");
        if (tbl.getTblPr() != null) {
            tblPr(tbl.getTblPr());
        }
        if (tbl.getTblGrid() != null) {
            TblGrid grid = tbl.getTblGrid();
            check(TBL_GRID, grid);
            start("w:tblGrid");
            for (TblGridCol col : grid.getGridCol()) {
                check(GRID_COL, col);
                empty("w:gridCol", "w:w", number(col.getW()));
            }
            end("w:tblGrid");
        }
        for (Object o : tbl.getContent()) {
            if (o instanceof Tr tr) {
                row(tr);
            } else {
                throw new Unsupported(String.valueOf(o));
            }
        }
        end("w:tbl");
    }

    private void tblPr(TblPr tblPr) {
        check(TBL_PR, tblPr);
        start("w:tblPr");
        if (tblPr.getTblStyle() != null) {
            CTTblPrBase.TblStyle style = tblPr.getTblStyle();
            check(TBL_STYLE, style);
            empty("w:tblStyle", "w:val", style.getVal());
        }
        if (tblPr.getTblW() != null) {
            width("w:tblW", tblPr.getTblW());
        }
        if (tblPr.getTblInd() != null) {
            width("w:tblInd", tblPr.getTblInd());
        }
        if (tblPr.getTblBorders() != null) {
            TblBorders b = tblPr.getTblBorders();
            check(TBL_BORDERS, b);
            start("w:tblBorders");
            border("w:top", b.getTop());
            border("w:left", b.getLeft());
            border("w:bottom", b.getBottom());
            border("w:right", b.getRight());
            border("w:insideH", b.getInsideH());
            border("w:insideV", b.getInsideV());
            end("w:tblBorders");
        }
        if (tblPr.getTblLayout() != null) {
            CTTblLayoutType layout = tblPr.getTblLayout();
            check(TBL_LAYOUT, layout);
            empty("w:tblLayout", "w:type", layout.getType() == null ? null : layout.getType().value());
        }
        if (tblPr.getTblLook() != null) {
            CTTblLook look = tblPr.getTblLook();
            check(TBL_LOOK, look);
            start("w:tblLook");
            attribute("w:firstRow", onOff(look.getFirstRow()));
            attribute("w:lastRow", onOff(look.getLastRow()));
            attribute("w:firstColumn", onOff(look.getFirstColumn()));
            attribute("w:lastColumn", onOff(look.getLastColumn()));
            attribute("w:noHBand", onOff(look.getNoHBand()));
            attribute("w:noVBand", onOff(look.getNoVBand()));
            attribute("w:val", look.getVal());
            end("w:tblLook");
        }
        end("w:tblPr");
    }

    private void width(String name, TblWidth w) {
        check(TBL_WIDTH, w);
        start(name);
        attribute("w:w", number(w.getW()));
        attribute("w:type", w.getType());
        end(name);
    }

    private void border(String name, CTBorder b) {
        if (b == null) {
            return;
        }
        check(BORDER, b);
        start(name);
        attribute("w:val", b.getVal() == null ? null : b.getVal().value());
        attribute("w:color", b.getColor());
        attribute("w:sz", number(b.getSz()));
        attribute("w:space", number(b.getSpace()));
        end(name);
    }

    private void row(Tr tr) {
        check(ROW, tr);
        start("w:tr");
        if (tr.getTrPr() != null) {
            TrPr trPr = tr.getTrPr();
            check(TR_PR, trPr);
            start("w:trPr");
            for (JAXBElement<?> e : trPr.getCnfStyleOrDivIdOrGridBefore()) {
                String local = e.getName().getLocalPart();
                if (!W.equals(e.getName().getNamespaceURI()) || !(local.equals("tblHeader") || local.equals("cantSplit"))) {
                    throw new Unsupported(e.getName().toString());
                }
                onOff("w:" + local, cast(e.getValue(), BooleanDefaultTrue.class));
            }
            end("w:trPr");
        }
        for (Object o : tr.getContent()) {
            if (o instanceof Tc tc) {
                cell(tc);
            } else {
                throw new Unsupported(String.valueOf(o));
            }
        }
        end("w:tr");
    }

    private void cell(Tc tc) {
        check(CELL, tc);
        start("w:tc");
        if (tc.getTcPr() != null) {
            TcPr tcPr = tc.getTcPr();
            check(TC_PR, tcPr);
            start("w:tcPr");
            if (tcPr.getTcW() != null) {
                width("w:tcW", tcPr.getTcW());
            }
            if (tcPr.getShd() != null) {
                CTShd shd = tcPr.getShd();
                check(SHD, shd);
                start("w:shd");
                attribute("w:val", shd.getVal() == null ? null : shd.getVal().value());
                attribute("w:color", shd.getColor());
                attribute("w:fill", shd.getFill());
                end("w:shd");
            }
            if (tcPr.getVAlign() != null) {
                CTVerticalJc v = tcPr.getVAlign();
                check(V_ALIGN, v);
                empty("w:vAlign", "w:val", v.getVal() == null ? null : v.getVal().value());
            }
            end("w:tcPr");
        }
        for (Object o : tc.getContent()) {
            block(o);
        }
        end("w:tc");
    }

    // ---- section ------------------------------------------------------------------------------------------------

    private void sectPr(SectPr sectPr) {
        check(SECT_PR, sectPr);
        start("w:sectPr");
        for (CTRel ref : sectPr.getEGHdrFtrReferences()) {
            String name;
            String type;
            if (ref instanceof HeaderReference h) {
                name = "w:headerReference";
                type = h.getType() == null ? null : h.getType().value();
            } else if (ref instanceof FooterReference f) {
                name = "w:footerReference";
                type = f.getType() == null ? null : f.getType().value();
            } else {
                throw new Unsupported(String.valueOf(ref));
            }
            check(ref instanceof HeaderReference ? HEADER_REFERENCE : FOOTER_REFERENCE, ref);
            start(name);
            attribute("w:type", type);
            attribute("r:id", ref.getId());
            end(name);
        }
        if (sectPr.getPgSz() != null) {
            SectPr.PgSz size = sectPr.getPgSz();
            check(PG_SZ, size);
            start("w:pgSz");
            attribute("w:w", number(size.getW()));
            attribute("w:h", number(size.getH()));
            attribute("w:orient", size.getOrient() == null ? null : size.getOrient().value());
            end("w:pgSz");
        }
        if (sectPr.getPgMar() != null) {
            SectPr.PgMar m = sectPr.getPgMar();
            check(PG_MAR, m);
            start("w:pgMar");
            attribute("w:top", number(m.getTop()));
            attribute("w:right", number(m.getRight()));
            attribute("w:bottom", number(m.getBottom()));
            attribute("w:left", number(m.getLeft()));
            attribute("w:header", number(m.getHeader()));
            attribute("w:footer", number(m.getFooter()));
            attribute("w:gutter", number(m.getGutter()));
            end("w:pgMar");
        }
        if (sectPr.getCols() != null) {
            CTColumns cols = sectPr.getCols();
            check(COLS, cols);
            empty("w:cols", "w:space", number(cols.getSpace()));
        }
        end("w:sectPr");
    }

    // ---- shared values ------------------------------------------------------------------------------------------

    /** An on/off property: written as an empty element, which JAXB does only when its value is left unset. */
    private void onOff(String name, BooleanDefaultTrue b) {
        check(ON_OFF, b);
        empty(name);
    }

    private static String onOff(STOnOff v) {
        return v == null ? null : v.value();
    }

    private static String number(BigInteger n) {
        // JAXB prints a BigInteger by its toString(); for one that fits a long, Long.toString gives the same digits
        return n == null ? null : n.bitLength() < 64 ? Long.toString(n.longValue()) : n.toString();
    }

    private static <T> T cast(Object o, Class<T> type) {
        if (o == null || o.getClass() != type) {
            throw new Unsupported(String.valueOf(o));
        }
        return type.cast(o);
    }

    // ---- the output, as JAXB RI's IndentingUTF8XmlOutput writes it ---------------------------------------------------

    private void empty(String name) {
        start(name);
        end(name);
    }

    private void empty(String name, String attribute, String value) {
        start(name);
        attribute(attribute, value);
        end(name);
    }

    private void start(String name) {
        closeStartTag();
        if (!seenText) {
            indent();
        }
        depth++;
        seenText = false;
        out.ascii('<').ascii(name);
        startTagOpen = true;
    }

    /** An attribute of the open start tag; none for a null value. */
    private void attribute(String name, String value) {
        if (value == null) {
            return;
        }
        out.ascii(' ').ascii(name).ascii("=\"");
        escape(value, true);
        out.ascii('"');
    }

    private void end(String name) {
        depth--;
        if (!startTagOpen && !seenText) {
            indent();
        }
        seenText = false;
        if (startTagOpen) {
            out.ascii("/>");
            startTagOpen = false;
        } else {
            out.ascii("</").ascii(name).ascii('>');
        }
    }

    private void closeStartTag() {
        if (startTagOpen) {
            out.ascii('>');
            startTagOpen = false;
        }
    }

    /** A line feed and four spaces per level: JAXB RI's indenting writer counts the levels modulo 8. */
    private void indent() {
        out.bytes(INDENT, 1 + 4 * (depth % 8));
    }

    /** A line feed and the spaces of the deepest indent (seven levels), of which indent() writes the start. */
    private static final byte[] INDENT = ("\n" + " ".repeat(28)).getBytes(StandardCharsets.US_ASCII);

    /**
     * {@code & < >} as entities (and {@code "} in an attribute); characters JAXB may write differently (controls,
     * which it writes as they are or as references, and unpaired surrogates) are not written here at all.
     */
    private void escape(String s, boolean attribute) {
        // encoded by the JDK at once, then the ASCII bytes that need care looked at: in UTF-8 they never occur
        // inside a multi-byte character. The encoder writes an unpaired surrogate as '?': a '?' sends the text
        // to the check by characters.
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int from = 0;
        boolean surrogatesChecked = false;
        for (int i = 0; i < b.length; i++) {
            int c = b[i];
            if (c >= 0x40 && c != 0x7F || c < 0 || c >= 0x28 && c < 0x40 && c != 0x3C && c != 0x3E && c != 0x3F) {
                continue; // the common case: letters, digits, most punctuation, multi-byte characters
            }
            String entity;
            switch (c) {
                case '&' -> entity = "&amp;";
                case '<' -> entity = "&lt;";
                case '>' -> entity = "&gt;";
                case '"' -> entity = attribute ? "&quot;" : null;
                case '?' -> {
                    if (!surrogatesChecked) {
                        unpairedSurrogates(s);
                        surrogatesChecked = true;
                    }
                    entity = null;
                }
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        throw new Unsupported("control character");
                    }
                    entity = null;
                }
            }
            if (entity != null) {
                out.bytes(b, from, i - from);
                out.ascii(entity);
                from = i + 1;
            }
        }
        out.bytes(b, from, b.length - from);
    }

    /** Unsupported when the text holds a surrogate that is not half of a pair, which JAXB may write otherwise. */
    private static void unpairedSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    throw new Unsupported("unpaired surrogate");
                }
            }
        }
    }

    /** A growing UTF-8 byte buffer: the document is encoded as it is written, without a String in between. */
    private static final class Utf8 {
        private byte[] buffer = new byte[1 << 18];
        private int size;

        private void room(int n) {
            if (size + n > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + n));
            }
        }

        void bytes(byte[] b) {
            bytes(b, 0, b.length);
        }

        void bytes(byte[] b, int from, int length) {
            room(length);
            System.arraycopy(b, from, buffer, size, length);
            size += length;
        }

        /** The first bytes of b. */
        void bytes(byte[] b, int length) {
            bytes(b, 0, length);
        }

        Utf8 ascii(char c) {
            room(1);
            buffer[size++] = (byte) c;
            return this;
        }

        /** Markup: names and punctuation, all ASCII. */
        @SuppressWarnings("deprecation") // the low byte of each char: exactly what ASCII markup needs, at once
        Utf8 ascii(String s) {
            int n = s.length();
            room(n);
            s.getBytes(0, n, buffer, size);
            size += n;
            return this;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buffer, size);
        }
    }

    // ---- the check that nothing is left out -----------------------------------------------------------------------


    /** A Boolean attribute as JAXB writes it ("true", "false") or null when unset (the getters answer a default). */
    private static String field(Object o, String name) {
        for (Field f : PROPERTIES.get(o.getClass())) {
            if (f.getName().equals(name)) {
                try {
                    Object v = f.get(o);
                    return v == null ? null : v.toString();
                } catch (IllegalAccessException e) {
                    throw new Unsupported(name);
                }
            }
        }
        throw new Unsupported(name);
    }

    /**
     * The JAXB properties of one class that this writer does not write. {@link #check} throws Unsupported unless
     * every one of them is unset (null or an empty list) on the object, which must be of exactly that class: a
     * property set by a builder and not written here must never be lost.
     */
    private static final class Only {
        private final Class<?> type;
        private final Field[] unwritten;

        Only(Class<?> type, String... written) {
            this.type = type;
            List<String> names = List.of(written);
            List<Field> all = PROPERTIES.get(type);
            for (String name : names) {
                if (all.stream().noneMatch(f -> f.getName().equals(name))) {
                    throw new IllegalStateException(type.getName() + " has no property " + name);
                }
            }
            this.unwritten = all.stream().filter(f -> !names.contains(f.getName())).toArray(Field[]::new);
        }
    }

    private static void check(Only only, Object o) {
        if (o.getClass() != only.type) {
            throw new Unsupported(o.getClass().getName());
        }
        for (Field f : only.unwritten) {
            Object v;
            try {
                v = f.get(o);
            } catch (IllegalAccessException e) {
                throw new Unsupported(f.getName());
            }
            if (v != null && !(v instanceof List<?> l && l.isEmpty())) {
                throw new Unsupported(only.type.getSimpleName() + "." + f.getName());
            }
        }
    }
}
