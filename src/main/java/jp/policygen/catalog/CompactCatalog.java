package jp.policygen.catalog;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The built-in catalog in one file, templates/catalog.bin, made by the build (process-classes) from the files under
 * templates/: each file's text and, for a YAML file, the values SnakeYAML builds from it, so that a run reads one
 * resource instead of ~500 jar entries and composes no YAML (SnakeYAML composing the catalog and opening its files
 * were a fifth of a cold check). The build reads every YAML file exactly as {@link Catalog} does, conditions
 * checked with their lines, so a catalog that would fail to load fails the build with the same message; the
 * folder or jar a test or a user's own loader gives without this file is read from its YAML as before.
 * CompactCatalogTest holds the shipped file equal to one made from templates/ and the catalog read from it equal to
 * the catalog read from the YAML.
 *
 * <p>Layout (big-endian, as DataOutputStream writes): "PGC1", the number of files, then per file its path under
 * templates/, its text (UTF-8, length first), the length of its value tree (-1 for a file that is not YAML) and the
 * tree. A value tree is 'n' (null),
 * 't'/'f', 'i' int, 'l' long, 'd' double, 's' string, 'L' count then items, 'M' count then key and value trees.
 */
public final class CompactCatalog {
    static final String FILE = "catalog.bin";
    private static final byte[] MAGIC = "PGC1".getBytes(StandardCharsets.US_ASCII);

    private final byte[] bytes;
    /** Per path: the offset of its text's length; its value tree follows the text. */
    private final Map<String, Integer> offsets;

    private CompactCatalog(byte[] bytes, Map<String, Integer> offsets) {
        this.bytes = bytes;
        this.offsets = offsets;
    }

    /** The index of a compact catalog's bytes (the texts and trees are decoded when asked for). */
    static CompactCatalog read(byte[] bytes) {
        Cursor c = new Cursor(bytes, 0);
        for (byte b : MAGIC) {
            if (c.u8() != b) {
                throw new CatalogException("templates/" + FILE + " is not a compact catalog");
            }
        }
        int n = c.i32();
        Map<String, Integer> offsets = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String path = c.string();
            offsets.put(path, c.at);
            c.skipString();
            int tree = c.i32();
            c.at += Math.max(tree, 0);
        }
        return new CompactCatalog(bytes, offsets);
    }

    /** The text of the file at this path under templates/, empty when there is none. */
    Optional<String> text(String path) {
        Integer at = offsets.get(path);
        return at == null ? Optional.empty() : Optional.of(new Cursor(bytes, at).string());
    }

    /** Whether the file exists and is YAML (then {@link #value} gives what SnakeYAML built from it). */
    boolean hasValue(String path) {
        Integer at = offsets.get(path);
        if (at == null) {
            return false;
        }
        Cursor c = new Cursor(bytes, at);
        c.skipString();
        return c.i32() >= 0;
    }

    /** The values of the YAML file at this path (fresh maps and lists, which the caller may keep). */
    Object value(String path) {
        Cursor c = new Cursor(bytes, offsets.get(path));
        c.skipString();
        c.i32();
        return c.tree();
    }

    // ---- writing (the build) ------------------------------------------------------------------

    /** Writes templates/catalog.bin into the templates folder given (the build's target/classes/templates). */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        Files.write(root.resolve(FILE), of(root));
    }

    /** The compact form of the catalog files under this folder (every file but catalog.bin and README.md). */
    static byte[] of(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals(FILE) && !p.getFileName().toString().equals("README.md"))
                    .sorted((a, b) -> path(root, a).compareTo(path(root, b))).toList();
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);
        DataOutputStream out = new DataOutputStream(buffer);
        out.write(MAGIC);
        out.writeInt(files.size());
        for (Path f : files) {
            String path = path(root, f);
            String text = Files.readString(f, StandardCharsets.UTF_8);
            writeString(out, path);
            writeString(out, text);
            if (path.endsWith(".yaml")) {
                ByteArrayOutputStream tree = new ByteArrayOutputStream();
                writeTree(new DataOutputStream(tree), Catalog.parseYaml(text, "templates/" + path), "templates/" + path);
                out.writeInt(tree.size());
                tree.writeTo(out);
            } else {
                out.writeInt(-1);
            }
        }
        out.flush();
        return buffer.toByteArray();
    }

    private static String path(Path root, Path f) {
        return root.relativize(f).toString().replace('\\', '/');
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void writeTree(DataOutputStream out, Object v, String file) throws IOException {
        if (v == null) {
            out.writeByte('n');
        } else if (v instanceof Boolean b) {
            out.writeByte(b ? 't' : 'f');
        } else if (v instanceof Integer i) {
            out.writeByte('i');
            out.writeInt(i);
        } else if (v instanceof Long l) {
            out.writeByte('l');
            out.writeLong(l);
        } else if (v instanceof Double d) {
            out.writeByte('d');
            out.writeDouble(d);
        } else if (v instanceof String s) {
            out.writeByte('s');
            writeString(out, s);
        } else if (v instanceof List<?> l) {
            out.writeByte('L');
            out.writeInt(l.size());
            for (Object o : l) {
                writeTree(out, o, file);
            }
        } else if (v instanceof Map<?, ?> m) {
            out.writeByte('M');
            out.writeInt(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                writeTree(out, e.getKey(), file);
                writeTree(out, e.getValue(), file);
            }
        } else {
            // a date, a set, binary: not what the catalog holds; quote it in the YAML, or teach this class the type
            throw new CatalogException(file + ": a value of type " + v.getClass().getName() + " has no compact form");
        }
    }

    // ---- reading ------------------------------------------------------------------------------

    /** Reads values from the bytes, as DataInputStream would, without its stream and copies. */
    private static final class Cursor {
        private final byte[] b;
        private int at;

        Cursor(byte[] b, int at) {
            this.b = b;
            this.at = at;
        }

        int u8() {
            return b[at++];
        }

        int i32() {
            int v = (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
            at += 4;
            return v;
        }

        long i64() {
            long hi = i32() & 0xffffffffL;
            return hi << 32 | (i32() & 0xffffffffL);
        }

        String string() {
            int n = i32();
            String s = new String(b, at, n, StandardCharsets.UTF_8);
            at += n;
            return s;
        }

        void skipString() {
            int n = i32();
            at += n;
        }

        Object tree() {
            int tag = u8();
            switch (tag) {
                case 'n':
                    return null;
                case 't':
                    return Boolean.TRUE;
                case 'f':
                    return Boolean.FALSE;
                case 'i':
                    return i32();
                case 'l':
                    return i64();
                case 'd':
                    return Double.longBitsToDouble(i64());
                case 's':
                    return string();
                case 'L': {
                    int n = i32();
                    List<Object> l = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        l.add(tree());
                    }
                    return l;
                }
                case 'M': {
                    int n = i32();
                    Map<Object, Object> m = new LinkedHashMap<>();
                    for (int i = 0; i < n; i++) {
                        Object k = tree();
                        m.put(k, tree());
                    }
                    return m;
                }
                default:
                    throw new CatalogException("templates/" + FILE + ": broken at byte " + (at - 1));
            }
        }
    }
}
