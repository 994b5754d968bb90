package jp.policygen.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON Schema that editors use (schema/profile.schema.json) names exactly the keys the reader accepts. */
class ProfileSchemaTest {
    private static JsonNode schema() throws IOException {
        return new ObjectMapper().readTree(Path.of("schema/profile.schema.json").toFile());
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> out = new TreeSet<>();
        node.get("properties").fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void schemaKeysMatchTheReader() throws IOException {
        JsonNode s = schema();
        JsonNode p = s.get("properties");
        assertEquals(new TreeSet<>(ProfileBuilder.ROOT), keys(s));
        assertEquals(new TreeSet<>(ProfileBuilder.MUNICIPALITY), keys(p.get("municipality")));
        assertEquals(new TreeSet<>(ProfileBuilder.POLICY), keys(p.get("policy")));
        assertEquals(new TreeSet<>(ProfileBuilder.HISTORY),
                keys(p.get("policy").get("properties").get("history").get("items")));
        assertEquals(new TreeSet<>(ProfileBuilder.ORGANIZATION), keys(p.get("organization")));
        assertEquals(new TreeSet<>(ProfileBuilder.CSIRT), keys(p.get("organization").get("properties").get("csirt")));
        assertEquals(new TreeSet<>(ProfileBuilder.NETWORK), keys(p.get("network")));
        assertEquals(new TreeSet<>(ProfileBuilder.CLOUD), keys(p.get("cloud")));
        assertEquals(new TreeSet<>(ProfileBuilder.SERVICE), keys(p.get("cloud").get("properties").get("services").get("items")));
        assertEquals(new TreeSet<>(ProfileBuilder.FEATURES), keys(p.get("features")));
        assertEquals(new TreeSet<>(Parameter.keys()), keys(p.get("parameters")));
        for (Parameter x : Parameter.ALL) {
            assertEquals(x.fallback(), p.get("parameters").get("properties").get(x.key()).get("default").asText(),
                    x.key() + ": the schema documents the default the tool uses");
        }
        assertEquals(new TreeSet<>(ProfileBuilder.OVERRIDE), keys(p.get("overrides").get("additionalProperties")));
        List<String> models = new java.util.ArrayList<>();
        p.get("network").get("properties").get("model").get("enum").forEach(m -> models.add(m.asText()));
        assertEquals(ProfileReader.MODELS, models);
    }
}
