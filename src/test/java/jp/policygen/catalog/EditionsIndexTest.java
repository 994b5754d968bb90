package jp.policygen.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** templates/editions.yaml is the one place that lists the editions: the schema and the code follow it. */
class EditionsIndexTest {
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> editionsYaml() throws IOException {
        Map<String, Object> y = new Yaml().load(Files.readString(Path.of("templates/editions.yaml")));
        return (List<Map<String, Object>>) y.get("editions");
    }

    @Test
    void theSchemaListsExactlyTheEditionsOfEditionsYamlWithTheLatestAsDefault() throws IOException {
        JsonNode guideline = new ObjectMapper().readTree(Path.of("schema/profile.schema.json").toFile())
                .path("properties").path("guideline");
        List<String> schema = new ArrayList<>();
        guideline.path("enum").forEach(n -> schema.add(n.asText()));
        List<String> yaml = editionsYaml().stream().map(e -> String.valueOf(e.get("id"))).toList();
        assertEquals(yaml, schema);
        String latest = editionsYaml().stream().filter(e -> Boolean.TRUE.equals(e.get("latest")))
                .map(e -> String.valueOf(e.get("id"))).findFirst().orElseThrow();
        assertEquals(latest, guideline.path("default").asText());
    }

    @Test
    void theCatalogReadsTheSameList() throws IOException {
        assertEquals(editionsYaml().stream().map(e -> String.valueOf(e.get("id"))).toList(),
                new Catalog().editionIdTexts());
    }

    @Test
    void noJavaSourceNamesAnEdition() throws IOException {
        Pattern edition = Pattern.compile("\"(19|20)\\d\\d-(0[1-9]|1[0-2])\"");
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = edition.matcher(Files.readString(p));
                while (m.find()) {
                    hits.add(p + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), hits);
    }
}
