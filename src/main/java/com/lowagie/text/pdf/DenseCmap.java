package com.lowagie.text.pdf;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * policygen's faster character lookup for OpenPDF's TrueType fonts. OpenPDF asks a font's cmap (a
 * {@code HashMap<Integer, int[]>} of glyph number and width by character) for every character it measures, checks
 * or writes, several times per character of a document: the hashing and boxing of those lookups were about a tenth
 * of a batch's CPU time. This map answers the Basic Multilingual Plane from an array and holds the same entries,
 * the same value arrays and the same iteration order as the map it replaces, so every answer, and so every file,
 * stays the same. It has to live in OpenPDF's package to reach the font's cmap fields.
 */
public final class DenseCmap extends HashMap<Integer, int[]> {
    private static final long serialVersionUID = 1L;
    private static final int PLANE = 0x10000;

    private final transient int[][] dense = new int[PLANE][];

    private DenseCmap(int capacity) {
        super(capacity);
    }

    /**
     * Replaces the cmaps of a TrueType font (as OpenPDF made it) with dense ones; any other font is left as it is.
     * Call it right after the font is created, before it is used.
     */
    public static void install(BaseFont font) {
        if (font instanceof TrueTypeFont tt) {
            tt.cmap10 = dense(tt.cmap10);
            tt.cmap31 = dense(tt.cmap31);
            tt.cmapExt = dense(tt.cmapExt);
        }
    }

    /**
     * A dense copy of the map, or the map itself when a copy would not iterate in the same order (OpenPDF iterates
     * a cmap in places, and the order must not change what it writes).
     */
    static HashMap<Integer, int[]> dense(HashMap<Integer, int[]> map) {
        if (map == null || map instanceof DenseCmap) {
            return map;
        }
        // the table size the map grew to by puts from the default 16, so entries land in the same buckets
        int capacity = 16;
        while (map.size() > capacity * 3 / 4) {
            capacity *= 2;
        }
        DenseCmap copy = new DenseCmap(capacity);
        for (Map.Entry<Integer, int[]> e : map.entrySet()) {
            copy.put(e.getKey(), e.getValue());
        }
        return copy.sameOrder(map) ? copy : map;
    }

    private boolean sameOrder(Map<Integer, int[]> map) {
        if (size() != map.size()) {
            return false;
        }
        Iterator<Map.Entry<Integer, int[]>> mine = entrySet().iterator();
        for (Map.Entry<Integer, int[]> e : map.entrySet()) {
            Map.Entry<Integer, int[]> m = mine.next();
            if (!m.getKey().equals(e.getKey()) || m.getValue() != e.getValue()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int[] get(Object key) {
        if (key instanceof Integer i) {
            int c = i;
            if (c >= 0 && c < PLANE) {
                return dense[c];
            }
        }
        return super.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        if (key instanceof Integer i) {
            int c = i;
            if (c >= 0 && c < PLANE) {
                return dense[c] != null;
            }
        }
        return super.containsKey(key);
    }

    @Override
    public int[] put(Integer key, int[] value) {
        int[] old = super.put(key, value);
        if (key != null && key >= 0 && key < PLANE) {
            dense[key] = value;
        }
        return old;
    }

    @Override
    public int[] remove(Object key) {
        int[] old = super.remove(key);
        if (key instanceof Integer i && i >= 0 && i < PLANE) {
            dense[i] = null;
        }
        return old;
    }

    @Override
    public void clear() {
        super.clear();
        java.util.Arrays.fill(dense, null);
    }
}
