package jp.policygen.serve;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/** The server's pages: FreeMarker templates (HTML auto-escaped) in the jar under jp/policygen/serve/pages. */
final class Pages {
    private final Configuration config;

    Pages() {
        config = new Configuration(Configuration.VERSION_2_3_34);
        config.setClassForTemplateLoading(Pages.class, "/jp/policygen/serve/pages");
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setLocale(Locale.JAPAN);
        config.setNumberFormat("computer");
        config.setRecognizeStandardFileExtensions(true); // .ftlh: every ${…} escaped for HTML
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
    }

    String render(String template, Map<String, Object> model) {
        try {
            StringWriter w = new StringWriter();
            config.getTemplate(template + ".ftlh").process(model, w);
            return w.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException(e);
        }
    }
}
