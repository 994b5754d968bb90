package jp.policygen.markup;

import java.io.IOException;
import java.io.Writer;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;

/**
 * The output format of clause templates: every value FreeMarker inserts is escaped so that the body markup
 * (markup.BodyMarkup: `- ` list items, `|` tables) can never read a profile value as markup. A value's `|` and
 * the `-` it begins with become stand-in characters, which BodyMarkup turns back into the same characters in
 * the text it produces. The stand-ins are Unicode non-characters, which a profile cannot contain (the reader
 * refuses them), so no value can fake them either.
 */
public final class BodyTextFormat extends CommonMarkupOutputFormat<BodyTextFormat.Model> {
    public static final BodyTextFormat INSTANCE = new BodyTextFormat();
    /** Stands for a `-` at the start of a value. */
    public static final char HYPHEN = '\uFDD0';
    /** Stands for a `|` in a value. */
    public static final char BAR = '\uFDD1';

    private BodyTextFormat() {
    }

    /** A value as it may appear in a body template's output. */
    public static String escape(String value) {
        String s = value.replace('|', BAR);
        int start = 0;
        while (start < s.length() && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        if (start < s.length() && s.charAt(start) == '-') {
            s = s.substring(0, start) + HYPHEN + s.substring(start + 1);
        }
        return s;
    }

    /** The text a reader sees: the stand-ins back as the characters the value had. */
    public static String unescape(String text) {
        return text.replace(HYPHEN, '-').replace(BAR, '|');
    }

    @Override
    public String getName() {
        return "policygen-body";
    }

    @Override
    public String getMimeType() {
        return null;
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escape(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return escape(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Model(plainTextContent, markupContent);
    }

    /** Template output that is already body text (captured output, ?no_esc). */
    public static final class Model extends CommonTemplateMarkupOutputModel<Model> {
        Model(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public BodyTextFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
