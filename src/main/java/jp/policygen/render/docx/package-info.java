/**
 * The Word (.docx) writer. {@link jp.policygen.render.docx.DocxWriter} is the only public class; the rest builds
 * the parts it needs: styles (built-in from {@code styles.xml}, or from a reference .docx), the cover and 目次,
 * the body, the header and footer, and a reproducible zip.
 */
package jp.policygen.render.docx;
