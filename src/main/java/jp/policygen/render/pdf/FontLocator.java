package jp.policygen.render.pdf;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the Japanese fonts to embed: a Mincho face for the body and, when one is installed beside it, the
 * matching Gothic face for headings. Only looks at file names; whether a file really is a usable font is
 * found out when OpenPDF loads it.
 */
public final class FontLocator {

    /**
     * A Mincho face we know, the Gothic faces that go with it (first found wins), in order of preference:
     * Windows, macOS, then Linux packages.
     */
    private record Face(String body, List<String> headings) {
    }

    private static final List<Face> FACES = List.of(
            new Face("BIZ-UDMinchoM.ttc", List.of("BIZ-UDGothicR.ttc", "BIZ-UDGothicB.ttc")),
            new Face("yumin.ttf", List.of("YuGothM.ttc", "yugothm.ttf", "YuGothR.ttc")),
            new Face("msmincho.ttc", List.of("msgothic.ttc")),
            new Face("ヒラギノ明朝 ProN.ttc", List.of("ヒラギノ角ゴシック W6.ttc", "ヒラギノ角ゴシック W3.ttc")),
            new Face("Hiragino Mincho ProN.ttc", List.of("Hiragino Sans W6.ttc", "Hiragino Sans W3.ttc")),
            // BIZ UD (Debian's fonts-morisawa-bizud-*, Google Fonts) before IPAex: it is the face the Word files
            // name, so where it is installed the PDF and the Word file print in the same face
            new Face("BIZUDMincho-Regular.ttf", List.of("BIZUDGothic-Regular.ttf", "BIZUDGothic-Bold.ttf")),
            new Face("ipaexm.ttf", List.of("ipaexg.ttf")),
            new Face("BIZUDPMincho-Regular.ttf", List.of("BIZUDPGothic-Regular.ttf", "BIZUDGothic-Regular.ttf")),
            new Face("ipam.ttf", List.of("ipag.ttf")));

    /**
     * Fonts that hold what the main font lacks, tried in this order for each such character: IPAmj明朝 (the
     * 文字情報基盤 set: 𠮷, 髙 and the variant forms of names), the Japanese fonts of each system, the
     * Hanazono fonts (CJK extensions), then symbol fonts for emoji and signs. Only outline (TrueType/OpenType)
     * fonts: colour bitmap emoji fonts cannot be embedded by OpenPDF.
     */
    private static final List<String> FALLBACKS = List.of("ipamjm.ttf", "ipaexm.ttf", "ipam.ttf", "BIZ-UDMinchoM.ttc",
            "yumin.ttf", "msmincho.ttc", "ヒラギノ明朝 ProN.ttc", "Hiragino Mincho ProN.ttc", "HanaMinA.ttf",
            "HanaMinB.ttf", "seguisym.ttf", "seguiemj.ttf", "Symbola.ttf", "Symbola_hint.ttf", "DejaVuSans.ttf");

    /** Font folders are shallow; the bound only keeps a symlink loop or a huge tree from stalling us. */
    private static final int MAX_DEPTH = 8;

    /** A user may pick a face inside a collection as "msmincho.ttc,1", the way OpenPDF names them. */
    private static final Pattern TTC_INDEX = Pattern.compile("(?i)(.+\\.ttc),(\\d+)");

    private final List<Path> roots;

    /** Searches the given folders, in order. Tests pass an empty list to force the built-in fallback. */
    public FontLocator(List<Path> roots) {
        this.roots = List.copyOf(roots);
    }

    /** The usual font folders of Windows, macOS and Linux, in that order; missing ones are skipped. */
    public static FontLocator system() {
        List<Path> roots = new ArrayList<>();
        if (File.separatorChar == '\\') {
            // on other systems "C:\Windows" would be a relative path, so only look there on Windows
            roots.add(Paths.get(System.getenv().getOrDefault("WINDIR", "C:\\Windows"), "Fonts"));
            String localAppData = System.getenv("LOCALAPPDATA");
            if (localAppData != null) {
                roots.add(Paths.get(localAppData, "Microsoft", "Windows", "Fonts"));
            }
        }
        String home = System.getProperty("user.home", "");
        roots.add(Paths.get("/System/Library/Fonts"));
        roots.add(Paths.get("/Library/Fonts"));
        roots.add(Paths.get(home, "Library", "Fonts"));
        roots.add(Paths.get("/usr/share/fonts"));
        roots.add(Paths.get("/usr/local/share/fonts"));
        roots.add(Paths.get(home, ".local", "share", "fonts"));
        roots.add(Paths.get(home, ".fonts"));
        return new FontLocator(roots);
    }

    /** A font file and, for a .ttc collection, which face in it. */
    public record FontFile(Path path, int index) {
        /** The name OpenPDF's BaseFont.createFont expects: a collection face is "file.ttc,0". */
        public String openPdfName() {
            return isCollection() ? path + "," + index : path.toString();
        }

        boolean isCollection() {
            return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc");
        }
    }

    /** The body face and the heading face; the same file when no Gothic was found. */
    public record FontChoice(FontFile body, FontFile heading) {
    }

    /** The first known Mincho face found under the roots, with its Gothic partner when there is one. */
    public Optional<FontChoice> locate() {
        Map<String, Path> installed = index();
        for (Face face : FACES) {
            Path body = installed.get(key(face.body()));
            if (body == null) {
                continue;
            }
            Path heading = face.headings().stream().map(h -> installed.get(key(h)))
                    .filter(p -> p != null).findFirst().orElse(body);
            return Optional.of(new FontChoice(new FontFile(body, 0), new FontFile(heading, 0)));
        }
        return Optional.empty();
    }

    /** The installed fallback fonts, in the order they are tried; the main font's own file is left out. */
    public List<FontFile> fallbacks(Path main) {
        Map<String, Path> installed = index();
        List<FontFile> list = new ArrayList<>();
        for (String name : FALLBACKS) {
            Path p = installed.get(key(name));
            if (p != null && !p.equals(main)) {
                list.add(new FontFile(p, 0));
            }
        }
        return list;
    }

    /**
     * The font the user named (--font). It is used for headings too: a user who picks a font wants that
     * font, not a Gothic we guess at.
     */
    public static FontChoice given(Path path) throws IOException {
        FontFile file = parse(path);
        if (!Files.isRegularFile(file.path())) {
            throw new IOException("PDF用のフォントファイルが見つかりません: " + file.path());
        }
        if (!Files.isReadable(file.path())) {
            throw new IOException("PDF用のフォントファイルを読み込めません: " + file.path());
        }
        return new FontChoice(file, file);
    }

    private static FontFile parse(Path path) {
        Matcher m = TTC_INDEX.matcher(path.toString());
        if (!Files.exists(path) && m.matches()) {
            return new FontFile(Paths.get(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return new FontFile(path, 0);
    }

    /** File name → path of every file under the roots; the first root (and first path in sort order) wins. */
    private Map<String, Path> index() {
        Map<String, Path> found = new LinkedHashMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            List<Path> files = new ArrayList<>();
            try {
                Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        files.add(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        // an unreadable folder is not an error: the font may be in the next one
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                continue;
            }
            // sorted so that the same machine always picks the same file when a name occurs twice
            files.sort(Comparator.comparing(Path::toString));
            for (Path file : files) {
                found.putIfAbsent(key(file.getFileName().toString()), file);
            }
        }
        return found;
    }

    /** macOS stores names decomposed (ゴ as コ + ゛) and Windows ignores case, so compare a normal form. */
    private static String key(String fileName) {
        return Normalizer.normalize(fileName, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
