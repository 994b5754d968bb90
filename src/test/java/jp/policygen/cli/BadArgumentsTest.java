package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad argument is status 2 with a Japanese message, before anything is written — picocli's own too. */
class BadArgumentsTest {
    private static final String MURA = "profiles/kakuu-mura.yaml";
    @TempDir
    Path dir;

    /** No English sentence of picocli or Java reaches the user. */
    private static final Pattern ENGLISH = Pattern.compile("Unknown|Missing|Invalid|Exception|expected|not an int");

    private static Cli bad(String expected, String... args) {
        Cli r = Cli.run(args);
        assertEquals(2, r.status(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(ENGLISH.matcher(r.err()).find(), r.err());
        return r;
    }

    @Test
    void anUnknownOption() {
        bad("「--nope」というオプションはありません", "generate", "--nope", MURA);
    }

    @Test
    void aMissingProfile() {
        bad("PROFILE を指定してください", "generate");
    }

    @Test
    void aNumberThatIsNotOne() {
        bad("--jobs に「abc」は指定できません。整数 を指定してください", "generate", "--jobs", "abc", MURA);
    }

    @Test
    void noCommandPrintsTheHelpAndFails() {
        Cli r = bad("コマンドを指定してください", new String[0]);
        assertTrue(r.err().contains("generate"), "the help lists the commands");
    }

    @Test
    void aFileNameWithATerminalEscapeSequenceIsNeverPrintedRaw() throws IOException {
        Path profile = Files.writeString(dir.resolve("a\u001b[2Jb.yaml"), "guideline: [");
        Cli r = Cli.run("generate", profile.toString(), "-o", dir.resolve("out").toString());
        assertEquals(2, r.status(), r.err());
        assertFalse(r.err().contains("\u001b"), r.err());
        assertTrue(r.err().contains("a[U+001B][2Jb.yaml"), r.err());
    }

    @Test
    void anOutputFolderNamedAfterAWindowsDevice(@TempDir Path out) throws IOException {
        Path profile = Files.copy(Path.of(MURA), dir.resolve("CON.yaml"));
        Cli r = Cli.run("generate", profile.toString(), "-o", out.toString(), "--format", "html");
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.isDirectory(out.resolve("_CON")), "CON cannot be a folder on Windows");
    }

    @Test
    void aFontThatIsNotAFont() throws IOException {
        Path font = Files.writeString(dir.resolve("font.ttf"), "これはフォントではありません");
        bad("フォントとして読み込めません", "generate", MURA, "-o", dir.resolve("out").toString(), "--font", font.toString());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aHugeFont() throws IOException {
        Path font = dir.resolve("huge.ttf");
        try (RandomAccessFile f = new RandomAccessFile(font.toFile(), "rw")) {
            f.setLength(300L * 1024 * 1024); // sparse: takes no room on disk
        }
        bad("フォントファイルが大きすぎます", "generate", MURA, "-o", dir.resolve("out").toString(), "--font", font.toString());
    }

    @Test
    void aReferenceDocumentWithADtd() throws IOException {
        Path docx = dir.resolve("様式.docx");
        try (OutputStream out = Files.newOutputStream(docx); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/styles.xml"));
            zip.write(("<?xml version=\"1.0\"?>\n<!DOCTYPE w:styles [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<w:styles>&x;</w:styles>").getBytes(StandardCharsets.UTF_8));
        }
        bad("DTD（<!DOCTYPE>）があるため", "generate", MURA, "-o", dir.resolve("out").toString(),
                "--reference-docx", docx.toString());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aReferenceDocumentThatIsNotADocx() throws IOException {
        Path docx = Files.writeString(dir.resolve("様式.docx"), "テキスト");
        bad("Word 文書（.docx）ではありません", "generate", MURA, "-o", dir.resolve("out").toString(),
                "--reference-docx", docx.toString());
    }
}
