package jp.policygen.render.docx;

import org.docx4j.openpackaging.exceptions.InvalidFormatException;
import org.docx4j.openpackaging.parts.WordprocessingML.FooterPart;
import org.docx4j.openpackaging.parts.WordprocessingML.HeaderPart;
import org.docx4j.openpackaging.parts.WordprocessingML.MainDocumentPart;
import org.docx4j.relationships.Relationship;
import org.docx4j.wml.FooterReference;
import org.docx4j.wml.Ftr;
import org.docx4j.wml.HdrFtrRef;
import org.docx4j.wml.Hdr;
import org.docx4j.wml.HeaderReference;
import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.SectPr;

import jp.policygen.policy.Document;

/**
 * The page header (handling mark such as 取扱注意 at the top right, then the document title) and the footer
 * (centered "- 1 -" page number), the same on every page.
 *
 * <p>The mark gets its own right-aligned paragraph rather than a right tab after the title: the tab stops of a
 * reference .docx's Header style (Word's default has a centre stop) would otherwise move it.
 */
final class HeaderFooter {
    private final StyleSheet styles;

    HeaderFooter(StyleSheet styles) {
        this.styles = styles;
    }

    void attach(Document document, MainDocumentPart main, SectPr sectPr) throws InvalidFormatException {
        HeaderPart headerPart = new HeaderPart();
        headerPart.setJaxbElement(header(document));
        Relationship headerRel = main.addTargetPart(headerPart);
        FooterPart footerPart = new FooterPart();
        footerPart.setJaxbElement(footer());
        Relationship footerRel = main.addTargetPart(footerPart);
        reference(sectPr, headerRel.getId(), footerRel.getId());
    }

    /** The section's references to the header and footer, by their relationships' ids. */
    static void reference(SectPr sectPr, String headerId, String footerId) {
        HeaderReference headerRef = Wml.factory().createHeaderReference();
        headerRef.setType(HdrFtrRef.DEFAULT);
        headerRef.setId(headerId);
        sectPr.getEGHdrFtrReferences().add(headerRef);
        FooterReference footerRef = Wml.factory().createFooterReference();
        footerRef.setType(HdrFtrRef.DEFAULT);
        footerRef.setId(footerId);
        sectPr.getEGHdrFtrReferences().add(footerRef);
    }

    Hdr header(Document document) {
        Hdr hdr = Wml.factory().createHdr();
        String marking = document.info().marking();
        if (!marking.isEmpty()) {
            P mark = Wml.paragraph(styles.id(StyleRole.HEADER));
            Wml.align(mark, JcEnumeration.RIGHT);
            mark.getContent().add(Wml.bold(Wml.run(marking)));
            hdr.getContent().add(mark);
        }
        P title = Wml.paragraph(styles.id(StyleRole.HEADER), document.title());
        Wml.align(title, JcEnumeration.LEFT);
        hdr.getContent().add(title);
        return hdr;
    }

    Ftr footer() {
        Ftr ftr = Wml.factory().createFtr();
        P p = Wml.paragraph(styles.id(StyleRole.FOOTER));
        Wml.align(p, JcEnumeration.CENTER);
        p.getContent().add(Wml.run("- "));
        p.getContent().addAll(Wml.field("PAGE", "1", false));
        p.getContent().add(Wml.run(" -"));
        ftr.getContent().add(p);
        return ftr;
    }
}
