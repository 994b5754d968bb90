package jp.policygen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values written in the guideline's or the town hall's words get the profile's word as a hint. */
class FriendlyValuesTest {
    @TempDir
    Path dir;

    private Cli check(String from, String to) throws IOException {
        String yaml = Files.readString(Path.of("profiles/kakuu-machi.yaml"));
        assertTrue(yaml.contains(from), from);
        Path p = dir.resolve("machi.yaml");
        Files.writeString(p, yaml.replace(from, to));
        return Cli.run("check", p.toString());
    }

    @Test
    void greekModelNamesSuggestTheProfileValue() throws IOException {
        Cli r = check("model: alpha-prime", "model: \"α'\"");
        assertEquals(1, r.status());
        assertTrue(r.out().contains("'network.model' に「α'」は書けません。次のどれかを書いてください: alpha / alpha-prime / "
                + "beta / beta-prime。'alpha-prime' ですか？"), r.out());
        assertTrue(check("model: alpha-prime", "model: α").out().contains("'alpha' ですか？"));
    }

    @Test
    void romajiKindsSuggestTheProfileValue() throws IOException {
        assertTrue(check("kind: town", "kind: machi").out().contains("「machi」は書けません。") , "machi");
        assertTrue(check("kind: town", "kind: machi").out().contains("'town' ですか？"));
        assertTrue(check("kind: town", "kind: mura").out().contains("'village' ですか？"));
    }

    @Test
    void missingCisoHintUsesTheBodysOwnDeputy() throws IOException {
        Cli r = check("  ciso: 副町長\n", "");
        assertTrue(r.out().contains("必須項目 'organization.ciso' がありません。'organization' の中に「ciso: 副町長」のように"
                + "書いてください。"), r.out());
    }
}
