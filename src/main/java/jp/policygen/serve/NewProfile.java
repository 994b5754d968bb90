package jp.policygen.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.policygen.yaml.YamlEditor;

/**
 * A new body's profile made from a sample: the sample's shape (network model, posts, features) that the author
 * picked, but none of the sample body's own facts. A new profile starts on the latest edition, with no 改定履歴,
 * no 版, no 訓令番号, no 団体コード, none of the sample's local changes and no comment about the fictitious body;
 * where the profile's name is the body's name (南町), the sample's name in its values (架空町情報セキュリティ委員会)
 * becomes that name.
 */
record NewProfile(String text) {

    /** A name made only of letters a body's name has (kanji, kana), not a file name such as minami-machi. */
    private static final Pattern BODY_NAME = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]+");

    /** The sample's own facts: a new body has none of them yet. */
    private static final List<List<String>> SAMPLE_FACTS = List.of(List.of("municipality", "code"),
            List.of("policy", "version"), List.of("policy", "adoption"), List.of("policy", "history"),
            List.of("policy", "adopted"), List.of("overrides"));

    static NewProfile from(String sample, String latestEdition, String profileName) {
        YamlEditor yaml = new YamlEditor(withoutSampleComments(sample));
        if (yaml.node(List.of("guideline")).isPresent()) {
            // quoted as the samples write it (a bare 2026-03 reads as text too, but a user copies what they see)
            yaml.set(List.of("guideline"), null);
        }
        yaml = new YamlEditor(("guideline: \"" + latestEdition + "\"\n" + yaml.text()).replaceFirst("^(guideline: \"[^\"]*\"\n)\n+", "$1\n"));
        for (List<String> path : SAMPLE_FACTS) {
            yaml.remove(path);
        }
        String text = yaml.text();
        Optional<String> sampleName = yaml.node(List.of("municipality", "name"))
                .filter(n -> n instanceof org.yaml.snakeyaml.nodes.ScalarNode)
                .map(n -> ((org.yaml.snakeyaml.nodes.ScalarNode) n).getValue());
        if (sampleName.isPresent() && BODY_NAME.matcher(profileName).matches()) {
            text = text.replace(sampleName.get(), profileName);
        }
        return new NewProfile(text);
    }

    /** Drops the comments that describe the fictitious sample body (its whole-line and end-of-line comments). */
    private static String withoutSampleComments(String sample) {
        List<String> kept = new ArrayList<>();
        for (String line : sample.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") && trimmed.contains("架空")) {
                continue;
            }
            int hash = line.indexOf(" #");
            if (hash >= 0 && line.substring(hash).contains("架空") && !line.substring(0, hash).contains("\"")
                    && !line.substring(0, hash).contains("'")) {
                line = line.substring(0, hash).stripTrailing();
            }
            kept.add(line);
        }
        return String.join("\n", kept);
    }
}
