package jp.policygen.catalog;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private final Map<String, Template> cache = new ConcurrentHashMap<>();
    /** Each distinct body read once for {@link Skeleton}. */
    private final Map<String, Optional<Skeleton>> skeletons = new ConcurrentHashMap<>();
    /** False for FreeMarker alone, to compare with (tests). */
    private final boolean shortCuts;
    /** Each distinct condition read once. */
    private final Map<String, Optional<Conditions.Condition>> conditions = new ConcurrentHashMap<>();

    public TemplateEngine() {
        this(true);
    }

    /** @param shortCuts false to give every body and condition to FreeMarker (the tests' reference) */
    TemplateEngine(boolean shortCuts) {
        this.shortCuts = shortCuts;
        // FreeMarker's start (its configuration, object wrapper and parser; a tenth of a cold check's main thread)
        // made on a thread of its own while the caller reads the profile and the catalog: a cold run's second core
        // is otherwise mostly the JIT's. Whoever needs it first and finds it not begun makes it itself.
        Thread warm = new Thread(configuration, "policygen-templates");
        warm.setDaemon(true);
        warm.start();
    }

    /** The configuration, made once (see the constructor), with the parser's classes warmed by one small template. */
    private final FutureTask<Configuration> configuration = new FutureTask<>(() -> {
        Configuration c = configure();
        new Template("warm", new StringReader(REF_MACRO + "<#if true>${a?c}<#else><@ref \"x\"/></#if>"), c);
        return c;
    });

    private Configuration config() {
        configuration.run(); // nothing when it is done or under way
        try {
            return configuration.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogException("interrupted while FreeMarker started", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new CatalogException("FreeMarker did not start: " + e.getCause(), e.getCause());
        }
    }

    private static Configuration configure() {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
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
        return config;
    }

    /** Renders a clause body template against the data model. */
    public String render(String name, String source, Map<String, Object> model) {
        if (isPlainText(source)) {
            return source;
        }
        if (shortCuts) {
            Optional<Skeleton> skeleton = skeletons.computeIfAbsent(source, Skeleton::of);
            if (skeleton.isPresent()) {
                String out = skeleton.get().render(this, model);
                if (out != null) {
                    return out;
                }
            }
        }
        return freeMarker(name, source, model);
    }

    /**
     * A body whose only FreeMarker is {@code ${…}} interpolations and {@code <@ref …/>}, {@code <@within/>} calls
     * on lines that also hold text: its text printed as it is, and only the interpolations and calls, one after
     * the other between separators, given to FreeMarker. FreeMarker prints static text unchanged (it strips
     * whitespace only around lines that hold nothing but tags, which such a body has none of), and an
     * interpolation or call prints the same wherever it stands, so the result is the whole template's
     * (SkeletonTest: every such body of every edition with every sample's model, and every sample's policy in
     * every edition and form). Lexing a body's long text in FreeMarker's parser, whose main loop is too large for
     * the JIT to compile, was a quarter of a cold check; most bodies with an interpolation share a skeleton.
     */
    record Skeleton(List<String> texts, String snippets, int count, List<String> parts) {
        /** Between the interpolations' results: a noncharacter, refused in every profile value (see REF_START). */
        static final char SEPARATOR = '\uFDD6';
        private static final Pattern MACRO = Pattern.compile(
                "<@ref\\s+\"[a-z0-9.-]+\"\\s*/>|<@ref\\s+id\\s*=\\s*\"[a-z0-9.-]+\"(?:\\s+paragraph\\s*=\\s*[0-9]{1,4})?\\s*/>"
                        + "|<@within\\s*/>");

        static Optional<Skeleton> of(String source) {
            for (String s : List.of("<#", "</#", "#{", "[#", "[@", "[=", "</@", String.valueOf(SEPARATOR))) {
                if (source.contains(s)) {
                    return Optional.empty();
                }
            }
            int firstLine = source.indexOf('\n');
            if (source.substring(0, firstLine < 0 ? source.length() : firstLine).isBlank()) {
                return Optional.empty(); // after REF_MACRO's definitions, a line of tags only: FreeMarker strips it
            }
            List<String> texts = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            StringBuilder snippets = new StringBuilder().append(SEPARATOR);
            int count = 0;
            int at = 0;
            while (true) {
                int d = source.indexOf("${", at);
                int m = source.indexOf("<@", at);
                int next = d < 0 ? m : m < 0 ? d : Math.min(d, m);
                if (next < 0) {
                    texts.add(source.substring(at));
                    break;
                }
                texts.add(source.substring(at, next));
                int end;
                if (next == d) {
                    int close = source.indexOf('}', d + 2);
                    if (close < 0 || !plainExpression(source.substring(d + 2, close))) {
                        return Optional.empty();
                    }
                    end = close + 1;
                } else {
                    Matcher call = MACRO.matcher(source).region(m, source.length());
                    if (!call.lookingAt() || tagsOnly(source, m, call.end())) {
                        return Optional.empty();
                    }
                    end = call.end();
                }
                snippets.append(source, next, end).append(SEPARATOR);
                parts.add(source.substring(next, end));
                count++;
                at = end;
            }
            return Optional.of(new Skeleton(List.copyOf(texts), snippets.toString(), count, List.copyOf(parts)));
        }

        /**
         * The body with each part printed without FreeMarker where every part is a name whose value is text, a
         * reference or a scope mark: what FreeMarker prints for them (see {@link #printed(String, Map)}); else null.
         * Compiling the skeletons was still a tenth of a cold check.
         */
        private String printed(Map<String, Object> model) {
            StringBuilder body = new StringBuilder(texts.get(0));
            for (int i = 0; i < count; i++) {
                String value = printed(parts.get(i), model);
                if (value == null) {
                    return null;
                }
                body.append(value).append(texts.get(i + 1));
            }
            return body.toString();
        }

        private static final Pattern NAME = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)*)}");
        /** The two forms of a reference (a positional id only; named arguments): see MACRO. */
        private static final Pattern REF = Pattern.compile(
                "<@ref\\s+\"([a-z0-9.-]+)\"\\s*/>|<@ref\\s+id\\s*=\\s*\"([a-z0-9.-]+)\"(?:\\s+paragraph\\s*=\\s*([0-9]{1,4}))?\\s*/>");

        /**
         * One part as FreeMarker prints it, or null where that takes FreeMarker: {@code ${a.b}} of a text in the
         * model's maps is the text escaped by the output format (BodyTextFormat, as FreeMarker's auto-escaping
         * calls it); {@code <@ref "id"/>} and {@code <@within/>} print what REF_MACRO's macros print (the paragraph a
         * number, printed as the "computer" format does). A top name of the template's own (the macros) or none of
         * the model's, a value that is no text, anything else: FreeMarker.
         */
        private static String printed(String part, Map<String, Object> model) {
            Matcher name = NAME.matcher(part);
            if (name.matches()) {
                String[] path = name.group(1).split("\\.");
                if (path[0].equals("ref") || path[0].equals("within")) {
                    return null;
                }
                Object o = model;
                for (String key : path) {
                    if (!(o instanceof Map<?, ?> m)) {
                        return null;
                    }
                    o = m.get(key);
                }
                return o instanceof String text ? BodyTextFormat.escape(text) : null;
            }
            Matcher ref = REF.matcher(part);
            if (ref.matches()) {
                String id = ref.group(1) != null ? ref.group(1) : ref.group(2);
                int paragraph = ref.group(3) == null ? 0 : Integer.parseInt(ref.group(3));
                return REF_START + BodyTextFormat.escape(id) + REF_SEPARATOR + paragraph + REF_END;
            }
            return part.startsWith("<@within") ? String.valueOf(SCOPE) : null;
        }

        /** An expression with no braces, quotes of one kind only and evenly, nothing escaped, on one line. */
        private static boolean plainExpression(String e) {
            long quotes = e.chars().filter(c -> c == '"').count();
            return quotes % 2 == 0 && e.indexOf('{') < 0 && e.indexOf('\'') < 0 && e.indexOf('\\') < 0
                    && e.indexOf('$') < 0 && e.indexOf('\n') < 0 && e.indexOf('\r') < 0 && !e.isBlank();
        }

        /** Whether the line around [from, to) holds nothing but macro calls and whitespace. */
        private static boolean tagsOnly(String source, int from, int to) {
            int start = source.lastIndexOf('\n', from - 1) + 1;
            int end = source.indexOf('\n', to);
            String line = source.substring(start, end < 0 ? source.length() : end);
            return MACRO.matcher(line).replaceAll("").isBlank();
        }

        /** The body, or null when FreeMarker fails on the skeleton (the whole template then gives its own error). */
        String render(TemplateEngine engine, Map<String, Object> model) {
            String own = printed(model);
            if (own != null) {
                return own;
            }
            String out;
            try {
                out = engine.freeMarker("skeleton", snippets, model);
            } catch (CatalogException e) {
                return null;
            }
            StringBuilder body = new StringBuilder(out.length() + 64 * texts.size()).append(texts.get(0));
            int at = 0;
            if (out.isEmpty() || out.charAt(0) != SEPARATOR) {
                return null;
            }
            for (int i = 0; i < count; i++) {
                int end = out.indexOf(SEPARATOR, at + 1);
                if (end < 0) {
                    return null;
                }
                body.append(out, at + 1, end).append(texts.get(i + 1));
                at = end;
            }
            return at == out.length() - 1 ? body.toString() : null;
        }
    }

    /**
     * Compiles, on a thread of its own and from the last, the bodies among these clauses that need FreeMarker as a
     * whole, while the caller renders them from the first: the two meet in the middle (a body being compiled by
     * the other thread is waited for, not compiled twice). A body that fails to compile is left for the caller,
     * which reports it as before.
     */
    public void prepare(List<Clause> clauses) {
        List<Clause> todo = new ArrayList<>();
        for (Clause c : clauses) {
            String source = c.body().orElse("");
            if (!isPlainText(source) && !(shortCuts && skeletons.computeIfAbsent(source, Skeleton::of).isPresent())
                    && !cache.containsKey(c.id() + "\u0000" + source)) {
                todo.add(c);
            }
        }
        if (todo.isEmpty()) {
            return;
        }
        Thread compiler = new Thread(() -> {
            for (int i = todo.size() - 1; i >= 0; i--) {
                String name = todo.get(i).id();
                String source = todo.get(i).body().orElseThrow();
                try {
                    cache.computeIfAbsent(name + "\u0000" + source, k -> compile(name, source));
                } catch (RuntimeException e) {
                    return;
                }
            }
        }, "policygen-templates");
        compiler.setDaemon(true);
        compiler.start();
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
        Boolean decided = !shortCuts ? null
                : conditions.computeIfAbsent(condition, Conditions::read).map(c -> c.test(model)).orElse(null);
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
            return new Template(name, new StringReader(REF_MACRO + source), config());
        } catch (IOException e) {
            throw new CatalogException("template " + name + " does not compile: " + e.getMessage(), e);
        }
    }
}
