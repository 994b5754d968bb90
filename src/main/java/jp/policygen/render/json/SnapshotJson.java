package jp.policygen.render.json;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;

import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.LocalChange;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Run;
import jp.policygen.policy.Section;

/**
 * snapshot.json written straight from the policy by Jackson's streaming generator, in the very order, with the very
 * values, pretty printer and escaping that {@link Json#bytes} gives {@link Snapshot#of}'s maps, and encoded to UTF-8
 * as it is written. The maps and Jackson's serializers for them, the ≈1 MB String, the copy that appended the final
 * line break and the String's encoding were 5–6 % of a batch's CPU (once per body); SnapshotJsonTest holds the bytes
 * equal to the maps' for every sample policy and for texts with characters that need escaping.
 */
final class SnapshotJson {
    private SnapshotJson() {
    }

    static byte[] bytes(Policy policy) {
        Utf8Writer out = new Utf8Writer(256 * 1024);
        try (JsonGenerator g = Json.writer().createGenerator(out)) {
            write(g, policy);
        } catch (IOException e) {
            throw new IllegalStateException(e); // nothing here does I/O
        }
        out.write('\n');
        return out.bytes();
    }

    private static void write(JsonGenerator g, Policy policy) throws IOException {
        g.writeStartObject();
        g.writeNumberField("format", Snapshot.FORMAT);
        string(g, "edition", policy.edition());
        string(g, "edition_name", policy.editionName());
        string(g, "profile", policy.profileName());
        if (!policy.documents().isEmpty()) {
            DocumentInfo info = policy.documents().get(0).info();
            string(g, "body", info.bodyName());
            string(g, "version", info.version());
            string(g, "effective", info.effective());
            string(g, "adoption", info.adoption());
        }
        g.writeArrayFieldStart("documents");
        for (Document d : policy.documents()) {
            g.writeStartObject();
            string(g, "kind", d.kind().id());
            string(g, "title", d.title());
            g.writeFieldName("info");
            info(g, d.info());
            g.writeArrayFieldStart("sections");
            for (Section s : d.sections()) {
                sections(g, s, null);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("local_changes");
        for (LocalChange c : policy.localChanges()) {
            g.writeStartObject();
            string(g, "id", c.id());
            string(g, "document", c.document().id());
            string(g, "number", c.number());
            string(g, "title", c.title());
            string(g, "kind", c.kind().json());
            string(g, "guideline_text", c.guidelineText());
            string(g, "local_text", c.localText());
            string(g, "reason", c.reason());
            string(g, "source", c.source());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void info(JsonGenerator g, DocumentInfo info) throws IOException {
        g.writeStartObject();
        string(g, "body", info.bodyName());
        string(g, "version", info.version());
        string(g, "effective", info.effective());
        string(g, "adoption", info.adoption());
        string(g, "marking", info.marking());
        string(g, "form", info.form().name().toLowerCase(Locale.ROOT));
        g.writeBooleanField("landscape", info.landscape());
        g.writeArrayFieldStart("history");
        for (DocumentInfo.HistoryEntry h : info.history()) {
            g.writeStartObject();
            string(g, "date", h.date());
            string(g, "note", h.note());
            string(g, "version", h.version());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void sections(JsonGenerator g, Section s, String parent) throws IOException {
        g.writeStartObject();
        string(g, "id", s.id());
        string(g, "number", s.number());
        string(g, "title", s.title());
        string(g, "text", s.plainText());
        string(g, "source", s.source());
        string(g, "origin", s.origin().json());
        if (!s.reason().isEmpty()) {
            string(g, "reason", s.reason());
        }
        if (parent != null) {
            string(g, "parent", parent);
        }
        string(g, "level", s.level().name().toLowerCase(Locale.ROOT));
        string(g, "label", s.label());
        g.writeArrayFieldStart("blocks");
        for (Block b : s.blocks()) {
            block(g, b);
        }
        g.writeEndArray();
        g.writeEndObject();
        for (Section c : s.children()) {
            sections(g, c, s.id());
        }
    }

    private static void block(JsonGenerator g, Block block) throws IOException {
        g.writeStartObject();
        if (block instanceof Block.Paragraph p) {
            string(g, "type", "paragraph");
            if (!p.number().isEmpty()) {
                string(g, "number", p.number());
            }
            runs(g, p.runs());
        } else if (block instanceof Block.ItemList list) {
            string(g, "type", "list");
            g.writeFieldName("items");
            items(g, list.items());
        } else {
            Block.Table table = (Block.Table) block;
            string(g, "type", "table");
            g.writeArrayFieldStart("header");
            for (Block.Cell c : table.headerCells()) {
                cell(g, c);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rows");
            for (List<Block.Cell> row : table.rowCells()) {
                g.writeStartArray();
                for (Block.Cell c : row) {
                    cell(g, c);
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            if (!table.weights().isEmpty()) {
                g.writeArrayFieldStart("weights");
                for (Double w : table.weights()) {
                    if (w == null) {
                        g.writeNull();
                    } else {
                        g.writeNumber(w.doubleValue());
                    }
                }
                g.writeEndArray();
            }
        }
        g.writeEndObject();
    }

    private static void items(JsonGenerator g, List<Block.ListItem> items) throws IOException {
        g.writeStartArray();
        for (Block.ListItem i : items) {
            g.writeStartObject();
            string(g, "label", i.label());
            runs(g, i.runs());
            if (!i.children().isEmpty()) {
                g.writeFieldName("items");
                items(g, i.children());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** As {@code Snapshot.cell}: its text, or an object with its runs. */
    private static void cell(JsonGenerator g, Block.Cell c) throws IOException {
        if (c.runs().size() == 1 && !c.runs().get(0).underlined()) {
            g.writeString(c.text());
            return;
        }
        g.writeStartObject();
        runs(g, c.runs());
        g.writeEndObject();
    }

    /** As {@code Snapshot.runs}. */
    private static void runs(JsonGenerator g, List<Run> runs) throws IOException {
        g.writeFieldName("text");
        if (runs.size() == 1) {
            g.writeString(runs.get(0).text());
        } else {
            StringBuilder text = new StringBuilder();
            for (Run r : runs) {
                text.append(r.text());
            }
            g.writeString(text.toString());
        }
        if (runs.size() != 1 || runs.get(0).underlined()) {
            g.writeArrayFieldStart("runs");
            for (Run r : runs) {
                g.writeStartObject();
                string(g, "text", r.text());
                string(g, "underline", r.underline().name().toLowerCase(Locale.ROOT));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    /** A field whose value is a string, or null as the maps' serializer writes it. */
    private static void string(JsonGenerator g, String name, String value) throws IOException {
        g.writeFieldName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    /**
     * The characters the generator writes, encoded to UTF-8 as they come, as {@code String.getBytes(UTF_8)} encodes
     * them: a surrogate without its partner becomes '?'.
     */
    static final class Utf8Writer extends Writer {
        private byte[] buf;
        private int size;
        /** A high surrogate whose low half may come with the next write, or 0. */
        private char high;

        Utf8Writer(int capacity) {
            buf = new byte[capacity];
        }

        @Override
        public void write(int c) {
            write(new char[] {(char) c}, 0, 1);
        }

        @Override
        public void write(String s, int off, int len) {
            char[] chars = new char[len];
            s.getChars(off, off + len, chars, 0);
            write(chars, 0, len);
        }

        @Override
        public void write(char[] cs, int off, int len) {
            if (buf.length - size < 3 * len + 4) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + 3 * len + 4));
            }
            byte[] b = buf;
            int n = size;
            int end = off + len;
            int i = off;
            if (high != 0 && i < end) {
                char c = cs[i];
                if (Character.isLowSurrogate(c)) {
                    n = codePoint(b, n, Character.toCodePoint(high, c));
                    i++;
                } else {
                    b[n++] = '?';
                }
                high = 0;
            }
            while (i < end) {
                char c = cs[i++];
                if (c < 0x80) {
                    b[n++] = (byte) c;
                } else if (c < 0x800) {
                    b[n++] = (byte) (0xC0 | c >> 6);
                    b[n++] = (byte) (0x80 | c & 0x3F);
                } else if (!Character.isSurrogate(c)) {
                    b[n++] = (byte) (0xE0 | c >> 12);
                    b[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                    b[n++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c)) {
                    if (i == end) {
                        high = c; // its partner may be the first character of the next write
                    } else if (Character.isLowSurrogate(cs[i])) {
                        n = codePoint(b, n, Character.toCodePoint(c, cs[i++]));
                    } else {
                        b[n++] = '?';
                    }
                } else {
                    b[n++] = '?';
                }
            }
            size = n;
        }

        private static int codePoint(byte[] b, int n, int cp) {
            b[n++] = (byte) (0xF0 | cp >> 18);
            b[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
            b[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
            b[n++] = (byte) (0x80 | cp & 0x3F);
            return n;
        }

        /** The bytes written, a lone high surrogate at the very end as '?'. */
        byte[] bytes() {
            if (high != 0) {
                high = 0;
                write(new char[] {'?'}, 0, 1);
            }
            return Arrays.copyOf(buf, size);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
