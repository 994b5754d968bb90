package jp.policygen.catalog;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import jp.policygen.markup.BodyTextFormat;

/**
 * Renders clause bodies and evaluates `when` conditions with FreeMarker, locked down: templates are ours,
 * profile values are plain data that FreeMarker inserts but never evaluates, and inserts escaped so that the
 * body markup never reads them as markup ({@link BodyTextFormat}); no ?new, no ?api, undefined variables are
 * errors.
 */
public final class TemplateEngine {
    private final Configuration config;
    private final Map<String, Template> cache = new ConcurrentHashMap<>();
    /** Each distinct condition read once. */
    private final Map<String, java.util.Optional<Conditions.Condition>> conditions = new ConcurrentHashMap<>();

    public TemplateEngine() {
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        // values are inserted as text, never as body markup (see BodyTextFormat)
        config.setOutputFormat(BodyTextFormat.INSTANCE);
        config.setLocale(Locale.JAPAN);
        config.setNumberFormat("computer");
        config.setBooleanFormat("c");
        config.setDefaultEncoding("UTF-8");
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposeFields(false);
        config.setObjectWrapper(wrapper.build());
    }

    /** Renders a clause body template against the data model. */
    public String render(String name, String source, Map<String, Object> model) {
        return isPlainText(source) ? source : freeMarker(name, source, model);
    }

    /** What FreeMarker makes of the template, with no short cut. */
    String freeMarker(String name, String source, Map<String, Object> model) {
        Template t = cache.computeIfAbsent(name + "\u0000" + source, k -> compile(name, source));
        StringWriter out = new StringWriter();
        try {
            t.process(model, out);
        } catch (TemplateException | IOException e) {
            throw new CatalogException("template " + name + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    /**
     * Evaluates a `when` condition: by {@link Conditions}' own reading of the small language the catalog's conditions
     * use, which decides as FreeMarker does (ConditionsEvaluationTest: every condition of every edition against
     * every sample profile and each value of each name), else by FreeMarker.
     */
    public boolean test(String name, String condition, Map<String, Object> model) {
        Boolean decided = conditions.computeIfAbsent(condition, Conditions::read).map(c -> c.test(model)).orElse(null);
        return decided != null ? decided : freeMarkerTest(name, condition, model);
    }

    /** What FreeMarker's {@code <#if>} makes of the condition, with no short cut. */
    boolean freeMarkerTest(String name, String condition, Map<String, Object> model) {
        String result = render(name + "#when", "<#if (" + condition + ")>1<#else>0</#if>", model);
        return "1".equals(result);
    }

    /**
     * Start and end of a cross-reference mark in rendered text: {@code <@ref "id"/>} prints
     * START id SEPARATOR paragraph END, and the resolver replaces it by the cited clause's number once every
     * document is numbered (a template cannot know numbers: clauses before it may be left out).
     * Unicode noncharacters, which the profile reader refuses in every value (private-use characters are legal
     * in a profile: a body's 外字), and which BodyTextFormat's stand-ins (U+FDD0, U+FDD1) do not use.
     */
    public static final char REF_START = '\uFDD2';
    public static final char REF_SEPARATOR = '\uFDD3';
    public static final char REF_END = '\uFDD4';

    /**
     * The scope of a term defined for part of a rule: {@code 以下<@within/>「ログ」という} prints this mark, which the
     * resolver replaces by 「この条において」 or 「この項において」 from where the term is used once the articles are
     * laid out (a template cannot know which 項 end up in one article). A noncharacter, as the reference marks.
     */
    public static final char SCOPE = '\uFDD5';

    /** Defined on the first line of every template (no newline, so error line numbers stay the template's own). */
    private static final String REF_MACRO = "<#macro ref id paragraph=0>" + REF_START + "${id}" + REF_SEPARATOR
            + "${paragraph}" + REF_END + "</#macro><#macro within>" + SCOPE + "</#macro>";

    /**
     * True for a body with nothing FreeMarker would act on (no interpolation, directive, macro call or comment),
     * which it would print unchanged: most clause bodies are such, and parsing each one was a fifth of a cold
     * check. Whitespace is only ever stripped around lines that hold a directive, so there is none to strip.
     */
    static boolean isPlainText(String source) {
        return !source.contains("${") && !source.contains("#{") && !source.contains("<#") && !source.contains("</#")
                && !source.contains("<@") && !source.contains("</@") && !source.contains("[#")
                && !source.contains("[@") && !source.contains("[=");
    }

    private Template compile(String name, String source) {
        try {
            return new Template(name, new StringReader(REF_MACRO + source), config);
        } catch (IOException e) {
            throw new CatalogException("template " + name + " does not compile: " + e.getMessage(), e);
        }
    }
}
