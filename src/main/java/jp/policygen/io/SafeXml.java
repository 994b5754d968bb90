package jp.policygen.io;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The XML parser for parts of a user's file: no DTD (Word never writes one; a DTD can make a parser fetch files
 * or expand entities without end), no XInclude, and silent — the JDK parser's default error handler prints an
 * English "[Fatal Error] :1:1: …" line on the terminal before throwing; here the exception alone carries the
 * error, and the caller turns it into a Japanese message.
 */
public final class SafeXml {
    private SafeXml() {
    }

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };

    /** A new namespace-aware, DTD-refusing, silent DOM builder (builders are not thread-safe: one per use). */
    public static DocumentBuilder documentBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(SILENT);
        return b;
    }
}
