package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 25 item 4, the sweep: every command's own output is replaced by a rerun of the same command into the same
 * folder (no {@code name (2)} copies, no refusal of its own files), and every refusal of an output place is exit 2,
 * in Japanese, without a Java class name or exception text, and leaves the user's files as they were.
 * (An unwritable folder is not tested: the tests may run as root, who can write anywhere.)
 */
class RefusalsTest {
    @TempDir
    static Path shared;

    /** A Word file of the tool's own, for import to read. */
    static Path wordFile;

    @TempDir
    Path dir;

    /** One command as a user types it, with the output folder filled in. */
    record Command(String name, Function<Path, String[]> args) {
        String[] into(Path out) {
            return args.apply(out);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void aWordFileToImport() {
        Cli gen = Cli.run("generate", "profiles/kakuu-ken.yaml", "-o", shared.resolve("gen").toString(), "--format", "docx");
        assertEquals(0, gen.status(), gen.err());
        wordFile = shared.resolve("gen/kakuu-ken/02_情報セキュリティ対策基準.docx");
        assertTrue(Files.isRegularFile(wordFile));
    }

    static List<Command> commands() {
        return List.of(
                new Command("generate", o -> new String[] {"generate", "profiles/kakuu-ken.yaml", "-o", o.toString(),
                        "--format", "html"}),
                new Command("diff", o -> new String[] {"diff", "profiles/kakuu-ken.yaml", "profiles/kakuu-machi.yaml",
                        "-o", o.toString(), "--format", "json"}),
                new Command("upgrade", o -> new String[] {"upgrade", "profiles/kakuu-ken.yaml", "-o", o.toString(),
                        "--format", "html"}),
                new Command("check --format docx,xlsx", o -> new String[] {"check", "profiles/kakuu-ken.yaml", "-o",
                        o.toString(), "--format", "docx,xlsx", "--date", "2026-12-01"}),
                new Command("import", o -> new String[] {"import", wordFile.toString(), "-o", o.toString()}));
    }

    /** The commands that put their files in a folder of their own under -o (and refuse one they did not make). */
    static List<Command> folderCommands() {
        return commands().stream().filter(c -> List.of("generate", "diff", "upgrade").contains(c.name())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void aRerunIntoTheSameFolderReplacesItsOwnFiles(Command command) throws IOException {
        Path out = dir.resolve("out");
        Cli first = Cli.run(command.into(out));
        assertEquals(0, first.status(), first.err());
        Map<String, byte[]> before = files(out);
        assertFalse(before.isEmpty());
        // spoil one of the run's own files (not a profile a user may have edited): the rerun must put it back
        String spoiled = before.keySet().stream()
                .filter(f -> !f.endsWith("manifest.json") && !f.endsWith(".yaml") && !f.contains("history"))
                // a page when there is one: import's 取込結果.docx is not yet byte-identical from run to run
                .sorted(java.util.Comparator.comparing((String f) -> !f.endsWith(".html")))
                .findFirst().orElseThrow();
        Files.write(out.resolve(spoiled), "書き換え".getBytes(StandardCharsets.UTF_8));

        Cli second = Cli.run(command.into(out));
        assertEquals(0, second.status(), second.err());
        assertQuiet(second.err());
        Map<String, byte[]> after = files(out);
        // the same files, no "name (2)" copies beside them, and the spoiled one replaced by this run's
        assertEquals(before.keySet().stream().filter(f -> !f.contains("history")).toList(),
                after.keySet().stream().filter(f -> !f.contains("history")).toList());
        assertArrayEquals(before.get(spoiled), after.get(spoiled), spoiled);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void anOutputPathThatIsAFileIsRefused(Command command) throws IOException {
        Path file = dir.resolve("出力.txt");
        Files.writeString(file, "利用者のメモ");
        Cli run = Cli.run(command.into(file));
        assertRefused(run, "フォルダではなくファイル");
        assertEquals("利用者のメモ", Files.readString(file));
        assertEquals(List.of("出力.txt"), names(dir));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("folderCommands")
    void aFolderTheToolDidNotMakeIsRefused(Command command) throws IOException {
        // the folder the command makes under -o, found by running it once elsewhere
        Path scratch = dir.resolve("scratch");
        Cli once = Cli.run(command.into(scratch));
        assertEquals(0, once.status(), once.err());
        List<String> made = names(scratch);
        assertEquals(1, made.size(), made.toString());
        Path out = dir.resolve("out");
        Path foreign = out.resolve(made.get(0));
        Files.createDirectories(foreign);
        Files.writeString(foreign.resolve("係のメモ.txt"), "消さないでください");

        Cli run = Cli.run(command.into(out));
        assertRefused(run, "このツールが以前に作ったものではありません");
        assertEquals(List.of("係のメモ.txt"), names(foreign));
        assertEquals(List.of(made.get(0)), names(out));
    }

    @Test
    void importKeepsAProfileEditedSinceAndSaysWhatToDo() throws IOException {
        Path out = dir.resolve("imp");
        Command imp = commands().get(4);
        assertEquals(0, Cli.run(imp.into(out)).status());
        Path profile = out.resolve("02_情報セキュリティ対策基準.yaml");
        String edited = Files.readString(profile) + "# 係で追記\n";
        Files.writeString(profile, edited);
        Map<String, byte[]> before = files(out);

        Cli run = Cli.run(imp.into(out));
        assertRefused(run, "今回の取込結果と内容が違います");
        assertTrue(run.err().contains("-o で別のフォルダを指定するか、今のプロファイルの名前を変えて"), run.err());
        assertEquals(edited, Files.readString(profile));
        Map<String, byte[]> after = files(out);
        assertEquals(List.copyOf(before.keySet()), List.copyOf(after.keySet())); // no "(2)" copy written beside
    }

    private static void assertRefused(Cli run, String words) {
        assertEquals(2, run.status(), run.out() + run.err());
        assertTrue(run.err().contains("エラー") && run.err().contains(words), run.err());
        assertQuiet(run.err());
    }

    /** Nothing of Java reaches the user: no exception, no class or package name. */
    private static void assertQuiet(String err) {
        for (String java : List.of("Exception", "java.", "jp.policygen.", "\tat ")) {
            assertFalse(err.contains(java), java + " in: " + err);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every file under a folder, by its path inside it, with its bytes. */
    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        List<Path> list = new ArrayList<>();
        try (Stream<Path> s = Files.walk(folder)) {
            s.filter(Files::isRegularFile).forEach(list::add);
        }
        for (Path p : list) {
            all.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        }
        return all;
    }
}
