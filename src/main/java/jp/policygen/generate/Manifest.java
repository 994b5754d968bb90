package jp.policygen.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import jp.policygen.render.json.Json;

/**
 * manifest.json: what one run of generate wrote into a body's folder, and which version of the policy it was.
 * The files it lists (and the manifest and snapshot themselves) are the only files a later run replaces or
 * moves to history; everything else in the folder belongs to the user.
 *
 * @param profile   the profile's name
 * @param edition   guideline edition
 * @param version   版 ("" when the profile names none); empty when an earlier release did not record it
 * @param effective 施行日; empty when an earlier release did not record it
 * @param files     the listed files, in the order written
 */
public record Manifest(String profile, String edition, Optional<String> version, Optional<LocalDate> effective,
                       List<Entry> files) {
    public static final String FILE = "manifest.json";
    public static final String SNAPSHOT = "snapshot.json";

    public Manifest {
        files = List.copyOf(files);
    }

    /** One file written: document kind, format and path relative to the manifest. */
    public record Entry(String document, String format, String path) {
    }

    /** The version of the policy this folder holds, as generate compares it: edition, 版 and 施行日. */
    public boolean sameVersion(Manifest other) {
        return edition.equals(other.edition) && version.isPresent() && effective.isPresent()
                && version.equals(other.version) && effective.equals(other.effective);
    }

    /**
     * Every file of the tool in the folder: the listed ones, then snapshot.json and manifest.json. Only plain file
     * names are kept: a manifest naming a path outside the folder (edited by hand or hostile) cannot make generate
     * move or replace anything else.
     */
    public Set<String> ownedFiles() {
        Set<String> names = new LinkedHashSet<>();
        for (Entry e : files) {
            if (plainName(e.path())) {
                names.add(e.path());
            }
        }
        names.add(SNAPSHOT);
        names.add(FILE);
        return names;
    }

    static boolean plainName(String name) {
        return !name.isEmpty() && !name.contains("/") && !name.contains("\\") && !name.equals(".")
                && !name.equals("..") && !name.startsWith(".policygen-") && !name.contains(":")
                && name.chars().noneMatch(c -> c < 0x20);
    }

    public byte[] bytes() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("profile", profile);
        m.put("edition", edition);
        m.put("version", version.orElse(""));
        effective.ifPresent(d -> m.put("effective", d.toString()));
        List<Object> list = new ArrayList<>();
        for (Entry e : files) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("document", e.document());
            f.put("format", e.format());
            f.put("path", e.path());
            list.add(f);
        }
        m.put("files", list);
        return Json.bytes(m);
    }

    /**
     * Reads the manifest of a body's folder; empty when there is none or it is not one this tool wrote (not JSON,
     * or without "profile" and "files").
     */
    public static Optional<Manifest> read(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (Files.size(file) > 10_000_000) {
                return Optional.empty();
            }
            JsonNode root = Json.mapper().readTree(file.toFile());
            if (root == null || !root.isObject() || !root.path("profile").isTextual() || !root.path("files").isArray()) {
                return Optional.empty();
            }
            List<Entry> files = new ArrayList<>();
            for (JsonNode f : root.get("files")) {
                if (f.path("path").isTextual()) {
                    files.add(new Entry(f.path("document").asText(""), f.path("format").asText(""),
                            f.get("path").asText()));
                }
            }
            Optional<String> version = root.path("version").isTextual()
                    ? Optional.of(root.get("version").asText()) : Optional.empty();
            Optional<LocalDate> effective = Optional.empty();
            if (root.path("effective").isTextual()) {
                try {
                    effective = Optional.of(LocalDate.parse(root.get("effective").asText()));
                } catch (DateTimeParseException e) {
                    effective = Optional.empty();
                }
            }
            return Optional.of(new Manifest(root.get("profile").asText(), root.path("edition").asText(""),
                    version, effective, files));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
