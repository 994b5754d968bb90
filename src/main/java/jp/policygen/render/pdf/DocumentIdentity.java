package jp.policygen.render.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;

import jp.policygen.policy.Document;

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
     * @param document the model; its records print every field, so their text is a faithful fingerprint
     * @param fontKey  which fonts are embedded: the same model in another font is another file
     */
    static DocumentIdentity of(Document document, String fontKey) {
        byte[] digest = sha256(document.toString() + "\u0000" + fontKey);
        ZonedDateTime date = document.info().effectiveDate()
                .map(d -> d.atStartOfDay(JST)).orElse(FALLBACK_DATE);
        return new DocumentIdentity(digest, date);
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


    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
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
