package com.lowagie.text.pdf;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.DocumentException;

/**
 * policygen's TrueType font (Identity-H, embedded and subset): OpenPDF's TrueTypeFontUnicode, parsed by OpenPDF's
 * own constructor, with the font program of each document subset faster and the same bytes. OpenPDF's
 * TrueTypeFontSubSet read the font's table directory and its whole loca table (one entry per glyph, byte by byte
 * through RandomAccessFileOrArray) again for every document and every font, and the ToUnicode map's hex through a
 * string concatenation per glyph: about a tenth of a batch's CPU. Here the directory and loca table are read once
 * per font, glyph data is copied from the font's bytes, and everything written is what OpenPDF writes:
 * {@link #writeFont} is TrueTypeFontUnicode.writeFont (OpenPDF 2.0.5, MPL/LGPL, by Paulo Soares) with those
 * changes, for a TrueType (not CFF) font that is subset; any other case is left to OpenPDF's own code.
 * SubsetFontTest holds every document's font objects equal to OpenPDF's.
 *
 * <p>The font is also shared by the threads that render at once (parsing it was per thread): every field is
 * written by the constructor alone (the loca table and directory once, under a lock), OpenPDF reads the metrics and
 * cmaps without writing them while it lays out and writes a document, and the one thing a document sets on a font,
 * the random source of its subset tag, is kept per thread ({@link #subsetTags}).
 */
public final class SubsetFont extends TrueTypeFontUnicode {
    private static final byte[] ROTBITS = {(byte) 0x80, (byte) 0x40, (byte) 0x20, (byte) 0x10, (byte) 0x08, (byte) 0x04,
            (byte) 0x02, (byte) 0x01};
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** The font file's bytes, as OpenPDF's RandomAccessFileOrArray reads them. */
    private final byte[] bytes;
    /** The subset tags' source of the document this thread renders; see {@link #subsetTags}. */
    private final ThreadLocal<SecureRandom> tags = new ThreadLocal<>();
    /** Read once, the first time a document is subset: the table directory, and loca's format and entries. */
    private Tables tables;

    /**
     * @param sums each glyph's checksum (the sum of its big-endian 32-bit words), for a glyph whose length is a multiple
     *             of four; see {@link Subset#calculateChecksum}
     */
    private record Tables(HashMap<String, int[]> directory, boolean locaShort, int[] loca, int[] sums, boolean[] whole) {
    }

    private SubsetFont(String name, byte[] bytes) throws DocumentException, IOException {
        super(name, IDENTITY_H, true, bytes, false);
        this.bytes = bytes;
        LayoutProcessor.loadFont(this, name); // as BaseFont.createFont does (nothing unless enabled)
    }

    /**
     * The font OpenPDF's {@code BaseFont.createFont(name, IDENTITY_H, EMBEDDED, false, bytes, null)} gives for a
     * TrueType or OpenType file or a font of a collection ("x.ttc,0"), as this class; any other name is OpenPDF's.
     */
    public static BaseFont create(String name, byte[] bytes) throws DocumentException, IOException {
        String base = getBaseName(name).toLowerCase(java.util.Locale.ROOT);
        if (base.endsWith(".ttf") || base.endsWith(".otf") || base.indexOf(".ttc,") > 0) {
            return new SubsetFont(name, bytes);
        }
        return BaseFont.createFont(name, IDENTITY_H, EMBEDDED, false, bytes, null);
    }

    /**
     * The source the subset tag (ABCDEF+) of the documents this thread writes next is drawn from, as
     * {@link BaseFont#setSecureRandom} sets it for all threads.
     */
    public void subsetTags(SecureRandom random) {
        tags.set(random);
    }

    @Override
    protected SecureRandom getSecureRandom() {
        SecureRandom mine = tags.get();
        return mine != null ? mine : super.getSecureRandom();
    }

    private synchronized Tables tables() throws IOException, DocumentException {
        if (tables == null) {
            // OpenPDF's own reading, once
            TrueTypeFontSubSet reader = new TrueTypeFontSubSet(fileName, new RandomAccessFileOrArray(rf), new HashMap<>(),
                    directoryOffset, false, false);
            reader.rf.reOpen();
            try {
                reader.createTableDirectory();
                reader.readLoca();
            } finally {
                reader.rf.close();
            }
            int[] loca = reader.locaTable;
            int[] glyf = reader.tableDirectory.get("glyf");
            int glyphs = Math.max(0, loca.length - 1);
            int[] sums = new int[glyphs];
            boolean[] whole = new boolean[glyphs];
            for (int g = 0; glyf != null && g < glyphs; g++) {
                int start = glyf[TrueTypeFontSubSet.TABLE_OFFSET] + loca[g];
                int len = loca[g + 1] - loca[g];
                if (len >= 0 && len % 4 == 0 && start >= 0 && start + len <= bytes.length) {
                    int sum = 0;
                    for (int p = start; p < start + len; p += 4) {
                        sum += (bytes[p] & 0xff) << 24 | (bytes[p + 1] & 0xff) << 16 | (bytes[p + 2] & 0xff) << 8 | bytes[p + 3] & 0xff;
                    }
                    sums[g] = sum;
                    whole[g] = true;
                }
            }
            tables = new Tables(reader.tableDirectory, reader.locaShortTable, loca, sums, whole);
        }
        return tables;
    }

    @Override
    @SuppressWarnings("unchecked")
    void writeFont(PdfWriter writer, PdfIndirectReference ref, Object[] params) throws DocumentException, IOException {
        if (cff || !subset && directoryOffset == 0) {
            super.writeFont(writer, ref, params);
            return;
        }
        HashMap<Integer, int[]> longTag = (HashMap<Integer, int[]>) params[0];
        Map<Integer, int[]> fillerCmap = (Map<Integer, int[]>) params[2];
        addRangeUni(longTag, true, subset);
        int[][] metrics = longTag.values().toArray(new int[0][]);
        Arrays.sort(metrics, this);
        PdfIndirectReference indFont;
        PdfObject pobj;
        PdfIndirectObject obj;
        PdfIndirectReference cidset = null;
        if (includeCidSet || writer.getPDFXConformance() == PdfWriter.PDFA1A
                || writer.getPDFXConformance() == PdfWriter.PDFA1B) {
            PdfStream stream;
            if (metrics.length == 0) {
                stream = new PdfStream(new byte[]{(byte) 0x80});
            } else {
                int top = metrics[metrics.length - 1][0];
                byte[] bt = new byte[top / 8 + 1];
                for (int[] metric : metrics) {
                    int v = metric[0];
                    bt[v / 8] |= ROTBITS[v % 8];
                }
                stream = new PdfStream(bt);
                stream.flateCompress(compressionLevel);
            }
            cidset = writer.addToBody(stream).getIndirectReference();
        }
        byte[] b = new Subset(tables(), bytes, fileName, new RandomAccessFileOrArray(rf), longTag, directoryOffset).process();
        int[] lengths = new int[]{b.length};
        pobj = new StreamFont(b, lengths, compressionLevel);
        obj = writer.addToBody(pobj);
        indFont = obj.getIndirectReference();
        String subsetPrefix = "";
        if (subset) {
            subsetPrefix = createSubsetPrefix();
        }
        PdfDictionary dic = getFontDescriptor(indFont, subsetPrefix, cidset);
        obj = writer.addToBody(dic);
        indFont = obj.getIndirectReference();

        pobj = getCIDFontType2(indFont, subsetPrefix, metrics);
        obj = writer.addToBody(pobj);
        indFont = obj.getIndirectReference();

        pobj = getToUnicode(mergeMetricsAndFillerCmap(metrics, fillerCmap));
        PdfIndirectReference toUnicodeRef = null;
        if (pobj != null) {
            obj = writer.addToBody(pobj);
            toUnicodeRef = obj.getIndirectReference();
        }

        pobj = getFontBaseType(indFont, subsetPrefix, toUnicodeRef);
        writer.addToBody(pobj, ref);
    }

    /** TrueTypeFontUnicode.getToUnicode, its hex digits written without a String per number. */
    private PdfStream getToUnicode(int[][] metrics) {
        metrics = filterCmapMetrics(metrics);
        if (metrics.length == 0) {
            return null;
        }
        StringBuilder buf = new StringBuilder(200 + metrics.length * 20);
        buf.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo\n"
                + "<< /Registry (TTX+0)\n/Ordering (T42UV)\n/Supplement 0\n>> def\n/CMapName /TTX+0 def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n");
        int size = 0;
        for (int k = 0; k < metrics.length; ++k) {
            if (size == 0) {
                if (k != 0) {
                    buf.append("endbfrange\n");
                }
                size = Math.min(100, metrics.length - k);
                buf.append(size).append(" beginbfrange\n");
            }
            --size;
            int[] metric = metrics[k];
            hex(buf, metric[0]);
            hex(buf, metric[0]);
            hex(buf, metric[2]);
            buf.append('\n');
        }
        buf.append("endbfrange\nendcmap\nCMapName currentdict /CMap defineresource pop\nend end\n");
        PdfStream stream = new PdfStream(PdfEncodings.convertToBytes(buf.toString(), null));
        stream.flateCompress(compressionLevel);
        return stream;
    }

    /** TrueTypeFontUnicode.toHex: {@code <hhhh>}, or {@code [<hhhhhhhh>]} for the surrogate pair past U+FFFF. */
    static void hex(StringBuilder buf, int n) {
        if (n < 0x10000) {
            buf.append('<');
            hex4(buf, n);
            buf.append('>');
            return;
        }
        n -= 0x10000;
        buf.append("[<");
        hex4(buf, n / 0x400 + 0xd800);
        hex4(buf, n % 0x400 + 0xdc00);
        buf.append(">]");
    }

    /** The last four hex digits of a number, as {@code "0000" + Integer.toHexString(n)} cut to four. */
    private static void hex4(StringBuilder buf, int n) {
        buf.append(HEX[n >>> 12 & 0xF]).append(HEX[n >>> 8 & 0xF]).append(HEX[n >>> 4 & 0xF]).append(HEX[n & 0xF]);
    }

    /** TrueTypeFontUnicode.filterCmapMetrics. */
    private static int[][] filterCmapMetrics(int[][] metrics) {
        if (metrics.length == 0) {
            return metrics;
        }
        List<int[]> cmapMetrics = new ArrayList<>(metrics.length);
        for (int[] metric : metrics) {
            if (metric.length >= 3) {
                cmapMetrics.add(metric);
            }
        }
        if (cmapMetrics.size() == metrics.length) {
            return metrics;
        }
        return cmapMetrics.toArray(new int[0][]);
    }

    /** TrueTypeFontUnicode.getCIDFontType2 for a TrueType (not CFF) font. */
    private PdfDictionary getCIDFontType2(PdfIndirectReference fontDescriptor, String subsetPrefix, int[][] metrics) {
        PdfDictionary dic = new PdfDictionary(PdfName.FONT);
        dic.put(PdfName.SUBTYPE, PdfName.CIDFONTTYPE2);
        dic.put(PdfName.BASEFONT, new PdfName(subsetPrefix + fontName));
        dic.put(PdfName.FONTDESCRIPTOR, fontDescriptor);
        dic.put(PdfName.CIDTOGIDMAP, PdfName.IDENTITY);
        PdfDictionary cdic = new PdfDictionary();
        cdic.put(PdfName.REGISTRY, new PdfString("Adobe"));
        cdic.put(PdfName.ORDERING, new PdfString("Identity"));
        cdic.put(PdfName.SUPPLEMENT, new PdfNumber(0));
        dic.put(PdfName.CIDSYSTEMINFO, cdic);
        if (!vertical) {
            dic.put(PdfName.DW, new PdfNumber(1000));
            StringBuilder buf = new StringBuilder("[");
            int lastNumber = -10;
            boolean firstTime = true;
            for (int[] metric : metrics) {
                if (metric[1] == 1000) {
                    continue;
                }
                int m = metric[0];
                if (m == lastNumber + 1) {
                    buf.append(' ').append(metric[1]);
                } else {
                    if (!firstTime) {
                        buf.append(']');
                    }
                    firstTime = false;
                    buf.append(m).append('[').append(metric[1]);
                }
                lastNumber = m;
            }
            if (buf.length() > 1) {
                buf.append("]]");
                dic.put(PdfName.W, new PdfLiteral(buf.toString()));
            }
        }
        return dic;
    }

    /** TrueTypeFontUnicode.getFontBaseType for a TrueType (not CFF) font. */
    private PdfDictionary getFontBaseType(PdfIndirectReference descendant, String subsetPrefix,
            PdfIndirectReference toUnicode) {
        PdfDictionary dic = new PdfDictionary(PdfName.FONT);
        dic.put(PdfName.SUBTYPE, PdfName.TYPE0);
        dic.put(PdfName.BASEFONT, new PdfName(subsetPrefix + fontName));
        dic.put(PdfName.ENCODING, new PdfName(encoding));
        dic.put(PdfName.DESCENDANTFONTS, new PdfArray(descendant));
        if (toUnicode != null) {
            dic.put(PdfName.TOUNICODE, toUnicode);
        }
        return dic;
    }

    /**
     * OpenPDF's TrueTypeFontSubSet with the directory and loca table read once per font, and glyphs read from the
     * font's bytes: the same subset font program.
     */
    static final class Subset extends TrueTypeFontSubSet {
        private final Tables tables;
        private final byte[] font;
        /** The new glyf table's checksum when every glyph in it is whole words long (so words never straddle two). */
        private int glyfSum;
        private boolean glyfSumKnown;
        /** The new loca table's checksum. */
        private int locaSum;

        Subset(Tables tables, byte[] font, String fileName, RandomAccessFileOrArray rf, HashMap<Integer, int[]> glyphsUsed,
                int directoryOffset) {
            super(fileName, rf, glyphsUsed, directoryOffset, false, false);
            this.tables = tables;
            this.font = font;
        }

        @Override
        protected void createTableDirectory() {
            tableDirectory = tables.directory();
        }

        @Override
        protected void readLoca() {
            locaShortTable = tables.locaShort();
            locaTable = tables.loca();
        }

        /** TrueTypeFontSubSet.checkGlyphComposite, reading the font's bytes. */
        @Override
        protected void checkGlyphComposite(int glyph) {
            int start = locaTable[glyph];
            if (start == locaTable[glyph + 1]) {
                return; // no contour
            }
            int p = tableGlyphOffset + start;
            int numContours = (short) (u8(p) << 8 | u8(p + 1));
            if (numContours >= 0) {
                return;
            }
            p += 2 + 8;
            for (; ; ) {
                int flags = u8(p) << 8 | u8(p + 1);
                Integer cGlyph = u8(p + 2) << 8 | u8(p + 3);
                p += 4;
                if (!glyphsUsed.containsKey(cGlyph)) {
                    glyphsUsed.put(cGlyph, null);
                    glyphsInList.add(cGlyph);
                }
                if ((flags & MORE_COMPONENTS) == 0) {
                    return;
                }
                int skip;
                if ((flags & ARG_1_AND_2_ARE_WORDS) != 0) {
                    skip = 4;
                } else {
                    skip = 2;
                }
                if ((flags & WE_HAVE_A_SCALE) != 0) {
                    skip += 2;
                } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
                    skip += 4;
                }
                if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
                    skip += 8;
                }
                p += skip;
            }
        }

        /** A byte of the font, as RandomAccessFileOrArray reads it (an end of file as OpenPDF meets it: an error). */
        private int u8(int p) {
            if (p >= font.length) {
                throw new com.lowagie.text.ExceptionConverter(new java.io.EOFException());
            }
            return font[p] & 0xff;
        }

        /** TrueTypeFontSubSet.createNewGlyphTables, copying from the font's bytes. */
        @Override
        protected void createNewGlyphTables() {
            newLocaTable = new int[locaTable.length];
            int[] activeGlyphs = new int[glyphsInList.size()];
            for (int k = 0; k < activeGlyphs.length; ++k) {
                activeGlyphs[k] = glyphsInList.get(k);
            }
            Arrays.sort(activeGlyphs);
            int glyfSize = 0;
            int sum = 0;
            boolean known = true;
            for (int glyph : activeGlyphs) {
                glyfSize += locaTable[glyph + 1] - locaTable[glyph];
                if (glyph < tables.whole().length && tables.whole()[glyph]) {
                    sum += tables.sums()[glyph];
                } else {
                    known = false;
                }
            }
            glyfSum = sum;
            glyfSumKnown = known;
            glyfTableRealSize = glyfSize;
            glyfSize = (glyfSize + 3) & (~3);
            newGlyfTable = new byte[glyfSize];
            int glyfPtr = 0;
            int listGlyf = 0;
            for (int k = 0; k < newLocaTable.length; ++k) {
                newLocaTable[k] = glyfPtr;
                if (listGlyf < activeGlyphs.length && activeGlyphs[listGlyf] == k) {
                    ++listGlyf;
                    int start = locaTable[k];
                    int len = 0;
                    if (locaTable.length > k + 1) {
                        len = locaTable[k + 1] - start;
                    }
                    if (len > 0) {
                        System.arraycopy(font, tableGlyphOffset + start, newGlyfTable, glyfPtr, len);
                        glyfPtr += len;
                    }
                }
            }
        }

        /** TrueTypeFontSubSet.locaTobytes in one loop per format. */
        @Override
        protected void locaTobytes() {
            int n = newLocaTable.length;
            locaTableRealSize = locaShortTable ? n * 2 : n * 4;
            newLocaTableOut = new byte[(locaTableRealSize + 3) & (~3)];
            outFont = newLocaTableOut;
            byte[] out = newLocaTableOut;
            int[] loca = newLocaTable;
            int p = 0;
            int sum = 0;
            if (locaShortTable) {
                for (int i = 0; i < n; i++) {
                    int v = loca[i] / 2;
                    out[p++] = (byte) (v >> 8);
                    out[p++] = (byte) v;
                    sum += (i & 1) == 0 ? (v & 0xFFFF) << 16 : v & 0xFFFF; // two entries to a word
                }
            } else {
                for (int i = 0; i < n; i++) {
                    int v = loca[i];
                    out[p++] = (byte) (v >> 24);
                    out[p++] = (byte) (v >> 16);
                    out[p++] = (byte) (v >> 8);
                    out[p++] = (byte) v;
                    sum += v;
                }
            }
            locaSum = sum;
            fontPtr = p;
        }

        /**
         * TrueTypeFontSubSet.calculateChecksum (the sum of the big-endian 32-bit words, the zero padding adding
         * nothing): for the new loca table as its entries were written, for the new glyf table from the glyphs' own
         * sums when every glyph is whole words long, else word by word as OpenPDF sums.
         */
        @Override
        protected int calculateChecksum(byte[] b) {
            if (b == newLocaTableOut) {
                return locaSum;
            }
            if (b == newGlyfTable && glyfSumKnown) {
                return glyfSum;
            }
            return super.calculateChecksum(b);
        }
    }
}
