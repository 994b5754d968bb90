package jp.policygen.render.pdf;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;

import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.Run;
import jp.policygen.policy.Section;

/**
 * Everything in a PDF that OpenPDF would otherwise take from the clock or from chance, taken instead from the
 * document: the file /ID, the creation and modification dates, and the six letters before a subset font's
 * name. With these fixed, the same document written twice gives the same bytes.
 */
final class DocumentIdentity {
    /** Used when the 施行日 is empty or not a 和暦 date we can read; the project's reproducible-build date. */
    static final ZonedDateTime FALLBACK_DATE = ZonedDateTime.of(2024, 10, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private static final ZoneOffset JST = ZoneOffset.ofHours(9);

    private final byte[] digest;
    private final ZonedDateTime date;

    private DocumentIdentity(byte[] digest, ZonedDateTime date) {
        this.digest = digest;
        this.date = date;
    }

    /**
     * @param document the model; the text of its records, every field, is a faithful fingerprint (see {@link #text})
     * @param fontKey  which fonts are embedded: the same model in another font is another file
     */
    static DocumentIdentity of(Document document, String fontKey) {
        byte[] digest = digest(document, fontKey);
        ZonedDateTime date = document.info().effectiveDate()
                .map(d -> d.atStartOfDay(JST)).orElse(FALLBACK_DATE);
        return new DocumentIdentity(digest, date);
    }

    /**
     * The fingerprint of {@code text(document) + '\u0000' + fontKey}, the text hashed as it is walked rather than
     * made (DocumentIdentityTest holds the two equal).
     */
    static byte[] digest(Document document, String fontKey) {
        Hasher text = new Hasher();
        walk(document, text);
        return text.append('\u0000').append(fontKey).digest();
    }

    /** The trailer's /ID: both halves the same, as for a file that has never been modified. */
    PdfObject fileId() {
        byte[] id = Arrays.copyOf(digest, 16);
        return PdfEncryption.createInfoId(id, id);
    }

    /**
     * The 施行日 at 00:00 JST: the date the document speaks for, and the same on every run. Written out here, in
     * ASCII digits, rather than by OpenPDF's PdfDate, whose digits follow the JVM's default locale (an Arabic
     * one wrote ٢٠٢٦, of which the PDF kept only the low bytes).
     */
    PdfString date() {
        int offset = date.getOffset().getTotalSeconds() / 60;
        String zone = offset == 0 ? "Z" : String.format(Locale.ROOT, "%s%02d'%02d'", offset < 0 ? "-" : "+",
                Math.abs(offset) / 60, Math.abs(offset) % 60);
        return new PdfString(String.format(Locale.ROOT, "D:%04d%02d%02d%02d%02d%02d", date.getYear(),
                date.getMonthValue(), date.getDayOfMonth(), date.getHour(), date.getMinute(), date.getSecond()) + zone);
    }

    /**
     * The source OpenPDF draws a subset font's tag (ABCDEF+IPAexMincho) from. Seeded from the document and the
     * font's slot so that the body and heading fonts still get different tags.
     */
    SecureRandom subsetTags(int slot) {
        long seed = ByteBuffer.wrap(digest, 16, 8).getLong() + slot;
        return new SeededRandom(seed);
    }


    /**
     * The document's text as its records print it ({@code document.toString()}, character for character), written
     * here with one StringBuilder: the records' own toString goes through
     * method handles for every field of every run, section and cell, a twentieth of a batch's CPU time.
     * DocumentIdentityTest holds the two equal for every sample document.
     */
    static StringBuilder text(Document d) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        walk(d, new Sink() {
            @Override
            public Sink append(String s) {
                sb.append(s);
                return this;
            }

            @Override
            public Sink append(char c) {
                sb.append(c);
                return this;
            }
        });
        return sb;
    }

    /** Where the document's text goes: a StringBuilder ({@link #text}) or the hash ({@link Hasher}). */
    interface Sink {
        Sink append(String s);

        Sink append(char c);

        /** As StringBuilder.append(Object): String.valueOf. */
        default Sink append(Object o) {
            return append(String.valueOf(o));
        }

        default Sink append(boolean b) {
            return append(String.valueOf(b));
        }
    }

    private static void walk(Document d, Sink sb) {
        sb.append("Document[kind=").append(d.kind()).append(", title=").append(d.title()).append(", info=");
        DocumentInfo i = d.info();
        sb.append("DocumentInfo[bodyName=").append(i.bodyName()).append(", version=").append(i.version())
                .append(", effective=").append(i.effective()).append(", adoption=").append(i.adoption())
                .append(", marking=").append(i.marking()).append(", history=[");
        for (int k = 0; k < i.history().size(); k++) {
            DocumentInfo.HistoryEntry h = i.history().get(k);
            sb.append(k == 0 ? "" : ", ").append("HistoryEntry[date=").append(h.date()).append(", note=")
                    .append(h.note()).append(", version=").append(h.version()).append(']');
        }
        sb.append("], form=").append(i.form()).append(", landscape=").append(i.landscape()).append("], sections=");
        sections(sb, d.sections());
        sb.append(']');
    }

    private static void sections(Sink sb, List<Section> sections) {
        sb.append('[');
        for (int k = 0; k < sections.size(); k++) {
            Section s = sections.get(k);
            sb.append(k == 0 ? "" : ", ").append("Section[id=").append(s.id()).append(", level=").append(s.level())
                    .append(", label=").append(s.label()).append(", number=").append(s.number())
                    .append(", title=").append(s.title()).append(", source=").append(s.source())
                    .append(", origin=").append(s.origin()).append(", reason=").append(s.reason())
                    .append(", blocks=[");
            for (int b = 0; b < s.blocks().size(); b++) {
                sb.append(b == 0 ? "" : ", ");
                block(sb, s.blocks().get(b));
            }
            sb.append("], children=");
            sections(sb, s.children());
            sb.append(']');
        }
        sb.append(']');
    }

    private static void block(Sink sb, Block block) {
        if (block instanceof Block.Paragraph p) {
            sb.append("Paragraph[number=").append(p.number()).append(", runs=");
            runs(sb, p.runs());
            sb.append(']');
        } else if (block instanceof Block.ItemList l) {
            sb.append("ItemList[items=");
            items(sb, l.items());
            sb.append(']');
        } else {
            Block.Table t = (Block.Table) block;
            sb.append("Table[headerCells=");
            cells(sb, t.headerCells());
            sb.append(", rowCells=[");
            for (int r = 0; r < t.rowCells().size(); r++) {
                sb.append(r == 0 ? "" : ", ");
                cells(sb, t.rowCells().get(r));
            }
            sb.append("], weights=").append(t.weights()).append(']');
        }
    }

    private static void items(Sink sb, List<Block.ListItem> items) {
        sb.append('[');
        for (int k = 0; k < items.size(); k++) {
            Block.ListItem item = items.get(k);
            sb.append(k == 0 ? "" : ", ").append("ListItem[label=").append(item.label()).append(", runs=");
            runs(sb, item.runs());
            sb.append(", children=");
            items(sb, item.children());
            sb.append(']');
        }
        sb.append(']');
    }

    private static void cells(Sink sb, List<Block.Cell> cells) {
        sb.append('[');
        for (int k = 0; k < cells.size(); k++) {
            sb.append(k == 0 ? "" : ", ").append("Cell[runs=");
            runs(sb, cells.get(k).runs());
            sb.append(']');
        }
        sb.append(']');
    }

    private static void runs(Sink sb, List<Run> runs) {
        sb.append('[');
        for (int k = 0; k < runs.size(); k++) {
            Run r = runs.get(k);
            sb.append(k == 0 ? "" : ", ").append("Run[text=").append(r.text()).append(", underline=")
                    .append(r.underline()).append(']');
        }
        sb.append(']');
    }

    /**
     * 32 bytes that stand for the text: four 64-bit hashes of its characters, each mixed at the end. Not a secure
     * digest (nothing secret depends on an /ID or a subset tag), but one that no edit of the text is likely to leave
     * unchanged. It replaced SHA-256, which without the optimising compiler's intrinsics (the launcher runs the
     * quick compiler alone) cost 3 % of a batch for the ≈1 MB of text of a 対策基準.
     */
    static byte[] fingerprint(StringBuilder text) {
        return new Hasher().append(text.toString()).digest();
    }

    /**
     * The fingerprint of the characters appended, as they come: the same 32 bytes whether the text is appended whole
     * or in pieces, so a document's text is hashed as it is walked, without making it (the text of a 対策基準 is
     * about 1 MB).
     */
    static final class Hasher implements Sink {
        private long a = 0xcbf29ce484222325L;
        private long b = 0x9e3779b97f4a7c15L;
        private long c = 0x243f6a8885a308d3L;
        private long d = 0x13198a2e03707344L;
        private long length;
        private final char[] chunk = new char[8192];

        @Override
        public Hasher append(String s) {
            String text = s == null ? "null" : s;
            for (int from = 0; from < text.length(); from += chunk.length) {
                int n = Math.min(chunk.length, text.length() - from);
                text.getChars(from, from + n, chunk, 0);
                feed(n);
            }
            return this;
        }

        @Override
        public Hasher append(char ch) {
            chunk[0] = ch;
            feed(1);
            return this;
        }

        private void feed(int n) {
            long a = this.a;
            long b = this.b;
            long c = this.c;
            long d = this.d;
            char[] chunk = this.chunk;
            for (int k = 0; k < n; k++) {
                int ch = chunk[k];
                a = (a ^ ch) * 0x100000001b3L;
                b = Long.rotateLeft(b + ch * 0x87c37b91114253d5L, 31) * 0x4cf5ad432745937fL;
                c = (c ^ ch) * 0xd6e8feb86659fd93L + 0x165667b19e3779f9L;
                d = Long.rotateLeft(d ^ ch * 0xc2b2ae3d27d4eb4fL, 27) * 0x9e3779b97f4a7c15L + 0x52dce729L;
            }
            this.a = a;
            this.b = b;
            this.c = c;
            this.d = d;
            length += n;
        }

        byte[] digest() {
            return lanes(a, b, c, d, length);
        }
    }

    private static byte[] lanes(long a, long b, long c, long d, long length) {
        long[] lanes = {mix(a ^ length), mix(b + mix(a)), mix(c ^ mix(b)), mix(d + mix(c))};
        ByteBuffer out = ByteBuffer.allocate(32);
        for (long lane : lanes) {
            out.putLong(lane);
        }
        return out.array();
    }

    /** The finalizer of MurmurHash3: every bit of the input reaches every bit of the output. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }

    /**
     * OpenPDF only calls nextDouble() for subset tags; a seeded java.util.Random answers it the same way every
     * time. Nothing secret depends on these letters.
     */
    private static final class SeededRandom extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final transient Random random;

        SeededRandom(long seed) {
            this.random = new Random(seed);
        }

        @Override
        public double nextDouble() {
            return random.nextDouble();
        }

        @Override
        public void nextBytes(byte[] bytes) {
            random.nextBytes(bytes);
        }
    }
}
