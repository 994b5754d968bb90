package jp.policygen.profile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.policygen.catalog.TemplateEngine;
import jp.policygen.policy.Document;
import jp.policygen.policy.Policy;
import jp.policygen.render.html.HtmlWriter;
import jp.policygen.resolve.Resolver;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Nothing a bad input can break: profiles made from the valid samples by random mutations (lines deleted,
 * duplicated, swapped, re-indented; values swapped or replaced by text, numbers, bools, lists; control
 * characters, tabs, YAML tags, anchors and aliases inserted; random bytes; truncation). Whatever comes in,
 * {@link ProfileReader#read} returns; a profile it accepts renders; a profile it refuses is explained in
 * Japanese with a place.
 */
class ProfileFuzzTest {
    private static final ProfileReader READER = TestProfiles.reader();
    private static final Resolver RESOLVER = new Resolver(new TemplateEngine());
    private static final HtmlWriter HTML = new HtmlWriter();

    /** The starting points: the four samples and the minimal profile (as bytes seen as ISO-8859-1 chars). */
    private static final List<String> SEEDS = seeds();

    private static List<String> seeds() {
        List<String> out = new ArrayList<>();
        for (String f : List.of("kakuu-mura.yaml", "kakuu-machi.yaml", "kakuu-shi.yaml", "kakuu-ken.yaml")) {
            try {
                out.add(new String(Files.readAllBytes(Path.of("profiles", f)), StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.add(latin1(TestProfiles.MINIMAL));
        return List.copyOf(out);
    }

    /** UTF-8 bytes of {@code s} as one char per byte, so that byte-level and line-level edits mix. */
    private static String latin1(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    enum Kind {
        DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, SWAP_VALUES, REPLACE_VALUE, INSERT_TEXT, REINDENT, INSERT_YAML,
        TRUNCATE, RANDOM_BYTES
    }

    /** One edit; {@code a} and {@code b} pick lines, places and variants; {@code text} is what is put in. */
    record Mutation(Kind kind, int a, int b, String text, byte[] bytes) {
        @Override
        public String toString() {
            return kind + "(" + a + ", " + b + ", " + escape(kind == Kind.RANDOM_BYTES ? Arrays.toString(bytes) : text) + ")";
        }
    }

    /** A starting sample and the edits made to it. */
    record Input(int seed, List<Mutation> mutations) {
        byte[] bytes() {
            String s = SEEDS.get(seed);
            for (Mutation m : mutations) {
                s = apply(s, m);
            }
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }

        @Override
        public String toString() {
            return "seed " + seed + " " + mutations + "\n---\n" + new String(bytes(), StandardCharsets.UTF_8);
        }
    }

    /** YAML that the reader must refuse or take apart safely. */
    private static final List<String> YAML_BITS = List.of("&a ", "*a", "&a [*a, *a, *a]", "!!str ", "!!int ", "!!binary ",
            "!foo ", "!<tag:example.com,2000:x> ", "!!java.lang.ProcessBuilder [calc] ", "!!javax.script.ScriptEngineManager ",
            "<<: *a", "<<: {ciso: x}", "? [a]\n: b", "|", ">-", "|2", "---", "...", "%YAML 1.1", "%TAG !e! tag:e,2000:",
            "{", "}", "[", "]", "{a: b", "[a, b", "\"", "'", "#", "- ", ": ", "~", "null", "@", "`", "%", "\\", "\"\\x",
            "\"\\ud800\"", "\"\\e\"", "\"\\0\"", "\"\\a\"", "\t", "\u3000", "\uFEFF", "\u2028", "\u0085");

    /** Values in place of a value. */
    private static final List<String> VALUES = List.of("true", "false", "yes", "no", "on", "~", "null", "0", "-1", "1200",
            "99999999999999999999", "1e400", "0x1F", "0o17", ".nan", "-.inf", "2025-02-30", "2025-13-01", "0000-01-01",
            "9999-12-31", "2026-04-01T10:00:00Z", "[a, b]", "[]", "{}", "{ a: b }", "- x", "\"\"", "''", "\"012345\"",
            "\"012343\"", "alpha-prime", "beta", "beta-prime", "articles", "prefecture", "\"2023-03\"", "\"2024-10\"",
            "std.human.passwords", "架空市", "あ".repeat(150), "x".repeat(25_000));

    @Provide
    Arbitrary<Input> inputs() {
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(3),
                Arbitraries.strings().withCharRange('\u3040', '\u30ff').ofMaxLength(8),
                Arbitraries.of(YAML_BITS),
                Arbitraries.of(VALUES),
                Arbitraries.integers().map(String::valueOf));
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(24);
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Kind.class),
                Arbitraries.integers().between(0, 1_000_000).withoutEdgeCases(),
                Arbitraries.integers().between(0, 1_000_000).withoutEdgeCases(), text, bytes)
                .as(Mutation::new);
        return Combinators.combine(Arbitraries.integers().between(0, SEEDS.size() - 1), mutation.list().ofMaxSize(4))
                .as(Input::new);
    }

    @Property(tries = 2000)
    void readingNeverThrowsAndEveryOutcomeIsUsable(@ForAll("inputs") Input input) throws IOException {
        byte[] bytes = input.bytes();
        ProfileReader.Result r = READER.read("fuzz.yaml", "fuzz", bytes);

        int lines = lineBound(bytes);
        for (Finding f : r.findings()) {
            assertNotEquals("internal", f.code(), f::format);
            assertTrue(f.line() >= 0 && f.line() <= lines, () -> "line within the file: " + f.format());
            assertTrue(f.column() >= 0 && (f.line() > 0 || f.column() == 0), f::format);
            assertFalse(f.message().isBlank(), f::format);
            assertTrue(JAPANESE.matcher(f.message()).find(), () -> "a Japanese message: " + f.format());
        }
        if (r.profile().isPresent()) {
            Statistics.label("outcome").collect("accepted");
            assertFalse(r.hasErrors());
            Profile p = r.profile().get();
            Policy policy = RESOLVER.resolve(p, TestProfiles.CATALOG.edition(p.guideline())).policy();
            assertFalse(policy.documents().isEmpty());
            for (Document d : policy.documents()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                HTML.write(d, out);
                assertTrue(out.size() > 0);
            }
        } else {
            Statistics.label("outcome").collect("refused");
            assertTrue(r.hasErrors(), () -> "refused without an error: " + r.findings());
        }
        Statistics.label("outcome").coverage(c -> {
            c.check("accepted").percentage(p -> p >= 5); // the renderers really get exercised
            c.check("refused").percentage(p -> p >= 30);
        });
    }

    private static final Pattern JAPANESE = Pattern.compile("[\\u3040-\\u30FF\\u4E00-\\u9FFF]");

    /** No finding can point past the last line (every kind of line break YAML knows is counted). */
    private static int lineBound(byte[] bytes) {
        int n = 1;
        for (byte b : bytes) {
            int v = b & 0xff;
            if (v == '\n' || v == '\r' || v == 0x85 || v == 0xE2) {
                n++;
            }
        }
        return n;
    }

    // ---- mutations ------------------------------------------------------------------------------------

    private static final Pattern KEY_VALUE = Pattern.compile("^(\\s*(?:- )?[A-Za-z_.]+:\\s+)(.*)$");

    static String apply(String s, Mutation m) {
        List<String> lines = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
        int n = lines.size();
        String t = latin1(m.text());
        switch (m.kind()) {
            case DELETE_LINE -> {
                lines.remove(m.a() % n);
                return String.join("\n", lines);
            }
            case DUPLICATE_LINE -> {
                int i = m.a() % n;
                lines.add(i, lines.get(i));
                return String.join("\n", lines);
            }
            case SWAP_LINES -> {
                int i = m.a() % n;
                int j = m.b() % n;
                String x = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, x);
                return String.join("\n", lines);
            }
            case SWAP_VALUES -> {
                List<Integer> kv = keyValueLines(lines);
                if (kv.size() < 2) {
                    return s;
                }
                int i = kv.get(m.a() % kv.size());
                int j = kv.get(m.b() % kv.size());
                Matcher x = KEY_VALUE.matcher(lines.get(i));
                Matcher y = KEY_VALUE.matcher(lines.get(j));
                if (x.matches() && y.matches()) {
                    lines.set(i, x.group(1) + y.group(2));
                    lines.set(j, y.group(1) + x.group(2));
                }
                return String.join("\n", lines);
            }
            case REPLACE_VALUE -> {
                List<Integer> kv = keyValueLines(lines);
                if (kv.isEmpty()) {
                    return s;
                }
                int i = kv.get(m.a() % kv.size());
                Matcher x = KEY_VALUE.matcher(lines.get(i));
                if (x.matches()) {
                    lines.set(i, x.group(1) + t);
                }
                return String.join("\n", lines);
            }
            case INSERT_TEXT -> {
                int at = m.a() % (s.length() + 1);
                return s.substring(0, at) + t + s.substring(at);
            }
            case REINDENT -> {
                int i = m.a() % n;
                String line = lines.get(i);
                String body = line.stripLeading();
                int indent = line.length() - body.length();
                String prefix = m.b() % 5 == 0 ? "\t" : " ".repeat(Math.max(0, indent + m.b() % 7 - 3));
                lines.set(i, prefix + body);
                return String.join("\n", lines);
            }
            case INSERT_YAML -> {
                String bit = latin1(YAML_BITS.get(m.b() % YAML_BITS.size()));
                List<Integer> kv = keyValueLines(lines);
                if (kv.isEmpty()) {
                    return bit + s;
                }
                int i = kv.get(m.a() % kv.size());
                Matcher x = KEY_VALUE.matcher(lines.get(i));
                if (x.matches()) {
                    lines.set(i, x.group(1) + bit + (m.b() % 2 == 0 ? " " + x.group(2) : ""));
                }
                return String.join("\n", lines);
            }
            case TRUNCATE -> {
                return s.substring(0, m.a() % (s.length() + 1));
            }
            case RANDOM_BYTES -> {
                int at = m.a() % (s.length() + 1);
                return s.substring(0, at) + new String(m.bytes(), StandardCharsets.ISO_8859_1) + s.substring(at);
            }
            default -> throw new IllegalStateException(m.kind().toString());
        }
    }

    private static List<Integer> keyValueLines(List<String> lines) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (KEY_VALUE.matcher(lines.get(i)).matches()) {
                out.add(i);
            }
        }
        return out;
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
