package jp.policygen.bench;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

import jp.policygen.cli.Main;

/**
 * The training run the build records the class-data sharing archive from (see pom.xml and the launchers):
 * in one JVM, what users run most — {@code generate} of the fully featured sample in every format, then
 * {@code check} of it, {@code upgrade} of the sample city and {@code diff} of the sample against its next edition —
 * so that the archive holds the classes of every command and writer. Its output is
 * thrown away. Run from the project folder: {@code java -XX:DumpLoadedClassList=target/policygen.classlist
 * -cp target/policygen.jar jp.policygen.bench.Training}, then {@code java -Xshare:dump
 * -XX:SharedClassListFile=target/policygen.classlist -XX:SharedArchiveFile=target/policygen.jsa -cp target/policygen.jar}
 * (a static archive: see pom.xml).
 */
public final class Training {
    private Training() {
    }

    public static void main(String[] args) throws Exception {
        String profile = args.length > 0 ? args[0] : Bench.FULL_PROFILE;
        Path out = Files.createTempDirectory("policygen-training");
        PrintWriter none = new PrintWriter(Writer.nullWriter());
        try {
            int generated = Main.run(new String[] {"generate", profile, "--format", "docx,pdf,html,md", "-o",
                    out.toString()}, none, none);
            int checked = Main.run(new String[] {"check", profile}, none, none);
            // upgrade and diff load classes of their own (the comparison, the 改め文, the 見え消し, the plan): without
            // them in the archive a user's first upgrade or diff loads and verifies them from the jar
            int upgraded = Main.run(new String[] {"upgrade", Bench.CITY_PROFILE, "-o", out.resolve("upgrade").toString()},
                    none, none);
            Path newer = out.resolve("newer.yaml");
            Files.writeString(newer, Files.readString(Path.of(profile)).replaceFirst("(?m)^guideline: .*$",
                    "guideline: \"2026-03\""));
            int compared = Main.run(new String[] {"diff", profile, newer.toString(), "-o", out.resolve("diff").toString()},
                    none, none);
            if (generated != Main.OK || checked != Main.OK || upgraded != Main.OK || compared != Main.OK) {
                System.err.println("policygen training run failed (generate " + generated + ", check " + checked
                        + ", upgrade " + upgraded + ", diff " + compared + "); the archive would not cover the commands.");
                System.exit(1);
            }
        } finally {
            Bench.deleteTree(out);
        }
    }
}
