package jp.policygen.render.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Pretty, stable JSON (UTF-8, LF, two-space indent, keys in insertion order). */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private Json() {
    }

    public static byte[] bytes(Object value) {
        try {
            String s = writer().writeValueAsString(value) + "\n";
            return s.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The writer of {@link #bytes}: its pretty printer and features, for a generator that writes the same. */
    static ObjectWriter writer() {
        return MAPPER.writer(PRINTER);
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
