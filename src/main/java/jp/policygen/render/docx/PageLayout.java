package jp.policygen.render.docx;

import java.math.BigInteger;

import org.docx4j.wml.CTColumns;
import org.docx4j.wml.ObjectFactory;
import org.docx4j.wml.STPageOrientation;
import org.docx4j.wml.SectPr;

/**
 * A4 page geometry in twips. Margins follow common municipal practice: 30 mm at the top (room for the header
 * and the handling mark), 25 mm elsewhere.
 */
record PageLayout(int width, int height, boolean landscape) {
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int MARGIN_TOP = 1701;
    private static final int MARGIN = 1417;
    private static final int HEADER_FOOTER_DISTANCE = 851;

    static PageLayout a4(boolean landscape) {
        return landscape ? new PageLayout(A4_LONG, A4_SHORT, true) : new PageLayout(A4_SHORT, A4_LONG, false);
    }

    /** Width between the left and right margins. */
    int textWidth() {
        return width - 2 * MARGIN;
    }

    /**
     * The section properties; header and footer references are added by the caller. Built as objects, not parsed
     * from markup (a parse per document): {@code <w:pgSz w:w w:h [w:orient="landscape"]/><w:pgMar w:top w:right
     * w:bottom w:left w:header w:footer w:gutter="0"/><w:cols w:space="425"/>}.
     */
    SectPr sectPr() {
        ObjectFactory factory = Wml.factory();
        SectPr sectPr = factory.createSectPr();
        SectPr.PgSz size = factory.createSectPrPgSz();
        size.setW(BigInteger.valueOf(width));
        size.setH(BigInteger.valueOf(height));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        sectPr.setPgSz(size);
        SectPr.PgMar margins = factory.createSectPrPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(HEADER_FOOTER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(HEADER_FOOTER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
        sectPr.setPgMar(margins);
        CTColumns columns = factory.createCTColumns();
        columns.setSpace(BigInteger.valueOf(425));
        sectPr.setCols(columns);
        return sectPr;
    }
}
