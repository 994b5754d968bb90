package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long runs say how far they are on a terminal, and nothing anywhere else (issue 24, item 8). */
class ProgressTest {
    @TempDir
    Path dir;

    @Test
    void oneBodyCountsItsFilesAndABatchItsBodiesThenTheLineIsCleared() {
        StringWriter one = new StringWriter();
        Progress p = new Progress(new PrintWriter(one), 1, true);
        p.file("架空市");
        p.file("架空市");
        p.step("架空市");
        p.finish();
        String shown = one.toString();
        assertTrue(shown.contains("\r文書を作成しています（架空市）… 1 ファイル"), shown);
        assertTrue(shown.contains("\r文書を作成しています（架空市）… 2 ファイル"), shown);
        assertTrue(shown.endsWith("\r"), "the line is blanked before the results are printed");

        StringWriter batch = new StringWriter();
        Progress b = new Progress(new PrintWriter(batch), 4, true);
        b.file("架空村");
        b.step("架空村");
        b.finish();
        assertTrue(batch.toString().contains("[#######-----------------------] 1/4 団体 架空村"), batch.toString());
    }

    @Test
    void notOnATerminalNothingIsPrinted() {
        StringWriter err = new StringWriter();
        Progress p = new Progress(new PrintWriter(err), 3, false);
        p.file("架空市");
        p.step("架空市");
        p.finish();
        assertEquals("", err.toString());
        // and generate run from a script (the tests have no console) prints only its results
        Cli r = Cli.run("generate", "profiles/kakuu-mura.yaml", "-o", dir.toString(), "--format", "md");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
    }
}
