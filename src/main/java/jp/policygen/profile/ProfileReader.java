package jp.policygen.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

import jp.policygen.profile.Finding.Severity;

/**
 * Reads a profile file into a {@link Profile}, checking every rule of ../shared/spec/profile.md and
 * collecting every problem with its line and column, so one run tells the user everything to fix.
 *
 * <p>The YAML is only composed into nodes (never constructed into objects), so no tag can create a Java
 * object; aliases, nesting and size are limited against hostile files.
 */
public final class ProfileReader {

    /** Limits against hostile input. Generous for any real profile. */
    static final int MAX_BYTES = 1_000_000;
    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 20;
    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 20_000;

    public static final List<String> EDITIONS_KNOWN = List.of("2023-03", "2024-10");
    public static final List<String> MODELS = List.of("alpha", "alpha-prime", "beta", "beta-prime");
    public static final List<String> CASES = List.of("auth-only", "no-file-import", "file-exchange");
    public static final List<String> FORMS = List.of("outline", "articles");
    public static final Map<String, String> SANITIZATION = Map.of(
            "text-extraction", "テキスト抽出",
            "image-pdf", "画像PDF化",
            "sanitize", "ファイル無害化（サニタイズ）",
            "sandbox", "サンドボックス");
    public static final List<String> SANITIZATION_ORDER = List.of("text-extraction", "image-pdf", "sanitize", "sandbox");

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP,
            Tag.MAP, Tag.SEQ);
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    /** The clause ids of an edition's catalog, or null when the tool has no catalog for that edition. */
    private final Function<String, Set<String>> clauseIds;

    public ProfileReader(Function<String, Set<String>> clauseIds) {
        this.clauseIds = clauseIds;
    }

    /** The result of reading: the profile when there were no errors, and every finding. */
    public record Result(Optional<Profile> profile, List<Finding> findings) {
        public boolean hasErrors() {
            return findings.stream().anyMatch(Finding::isError);
        }
    }

    public Result read(Path path) {
        String file = path.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                return fail(file, "not-a-file", "フォルダが指定されました。プロファイルのファイル（.yaml）を指定してください。");
            }
            if (Files.size(path) > MAX_BYTES) {
                return fail(file, "too-large", "ファイルが大きすぎます（" + Files.size(path) + " バイト）。プロファイルは "
                        + MAX_BYTES / 1000 + " KB 以下にしてください。");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return fail(file, "not-found", "ファイルが見つかりません。ファイル名と場所を確かめてください。");
        } catch (IOException e) {
            return fail(file, "unreadable", "ファイルを読めません（" + e.getClass().getSimpleName() + "）。");
        }
        String name = path.getFileName().toString().replaceFirst("(?i)\\.ya?ml$", "");
        return read(file, name, bytes);
    }

    /** Reads a profile from bytes; {@code name} becomes the output folder's name. */
    public Result read(String file, String name, byte[] bytes) {
        YamlSource.Decoded decoded = YamlSource.decode(bytes);
        if (decoded.error() != null) {
            return fail(file, "encoding", decoded.error());
        }
        Walk walk = new Walk(file);
        if (decoded.warning() != null) {
            walk.warn(null, "", "encoding", decoded.warning());
        }
        Node root;
        try {
            root = compose(decoded.text());
        } catch (MarkedYAMLException e) {
            walk.syntax(e);
            return new Result(Optional.empty(), walk.findings);
        } catch (YAMLException e) {
            walk.error(null, "", "syntax", YamlMessages.translate(e.getMessage(), null));
            return new Result(Optional.empty(), walk.findings);
        }
        if (root == null) {
            walk.error(null, "", "empty", "ファイルが空です。README のひな形（profiles/ の見本）をもとに書いてください。");
            return new Result(Optional.empty(), walk.findings);
        }
        Profile profile = new ProfileBuilder(walk, name, clauseIds).build(root);
        return new Result(walk.hasErrors() ? Optional.empty() : Optional.of(profile), walk.findings);
    }

    private static Result fail(String file, String code, String message) {
        return new Result(Optional.empty(), List.of(new Finding(Severity.ERROR, code, file, 0, 0, "", message)));
    }

    private static Node compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options);
        return yaml.compose(new java.io.StringReader(text));
    }

    /** Collects findings for one file. */
    static final class Walk {
        final String file;
        final List<Finding> findings = new ArrayList<>();

        Walk(String file) {
            this.file = file;
        }

        void error(Node node, String key, String code, String message) {
            add(Severity.ERROR, node, key, code, message);
        }

        void warn(Node node, String key, String code, String message) {
            add(Severity.WARNING, node, key, code, message);
        }

        void add(Severity severity, Node node, String key, String code, String message) {
            int line = 0;
            int column = 0;
            if (node != null && node.getStartMark() != null) {
                line = node.getStartMark().getLine() + 1;
                column = node.getStartMark().getColumn() + 1;
            }
            findings.add(new Finding(severity, code, file, line, column, key, message));
        }

        void syntax(MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            int column = mark == null ? 0 : mark.getColumn() + 1;
            findings.add(new Finding(Severity.ERROR, "syntax", file, line, column, "",
                    YamlMessages.translate(e.getProblem(), e.getContext())));
        }

        boolean hasErrors() {
            return findings.stream().anyMatch(Finding::isError);
        }
    }

    /** A mapping being read: remembers which keys were used so the rest can be reported as unknown. */
    static final class Fields {
        final Walk walk;
        final String path;
        final MappingNode node;
        final Map<String, NodeTuple> tuples = new LinkedHashMap<>();

        /** @param known the keys allowed here, or null when any key is (overrides are keyed by clause id) */
        Fields(Walk walk, String path, MappingNode node, List<String> known) {
            this.walk = walk;
            this.path = path;
            this.node = node;
            for (NodeTuple t : node.getValue()) {
                Node k = t.getKeyNode();
                if (!(k instanceof ScalarNode sk) || !PLAIN_TAGS.contains(k.getTag())) {
                    walk.error(k, path, "bad-key", "項目名は英字の名前で書いてください（例: "
                            + (known == null ? "std.human.passwords" : known.get(0)) + ":）。");
                    continue;
                }
                String key = sk.getValue();
                if (tuples.containsKey(key)) {
                    walk.error(k, join(key), "duplicate-key", "'" + key + "' が2回書かれています。1つにまとめてください。");
                    continue;
                }
                tuples.put(key, t);
                if (known != null && !known.contains(key)) {
                    String hint = Nearest.of(key, known).map(s -> "'" + s + "' ですか？")
                            .orElse("使える項目: " + String.join(", ", known));
                    walk.error(k, join(key), "unknown-key", "'" + key + "' は不明な項目です。" + hint);
                }
            }
        }

        String join(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        boolean has(String key) {
            NodeTuple t = tuples.get(key);
            return t != null && !isNull(t.getValueNode());
        }

        Node value(String key) {
            NodeTuple t = tuples.get(key);
            return t == null ? null : t.getValueNode();
        }

        Node keyNode(String key) {
            NodeTuple t = tuples.get(key);
            return t == null ? null : t.getKeyNode();
        }

        /** Reports a missing required key at the mapping that should hold it. */
        void missing(String key, String example) {
            walk.error(node, join(key), "missing-key", "必須項目 '" + join(key) + "' がありません。"
                    + "'" + path + "' の中に「" + key + ": " + example + "」のように書いてください。");
        }
    }

    static boolean isNull(Node n) {
        return n == null || n.getTag().equals(Tag.NULL);
    }

    static boolean plainTag(Node n) {
        return PLAIN_TAGS.contains(n.getTag());
    }

    /** A date given as YYYY-MM-DD, checked to exist (2025-02-30 does not). */
    static Optional<LocalDate> date(Walk walk, Node n, String key) {
        if (!(n instanceof ScalarNode s) || !(s.getTag().equals(Tag.TIMESTAMP) || s.getTag().equals(Tag.STR))) {
            walk.error(n, key, "wrong-type", "'" + key + "' には日付を 2026-04-01 のように「年-月-日」で書いてください。");
            return Optional.empty();
        }
        Matcher m = DATE.matcher(s.getValue().trim());
        if (!m.matches()) {
            walk.error(n, key, "wrong-type", "'" + key + "' の「" + s.getValue() + "」は日付として読めません。"
                    + "2026-04-01 のように「年-月-日」で書いてください（和暦ではなく西暦で）。");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            walk.error(n, key, "bad-date", "'" + key + "' の「" + s.getValue() + "」は存在しない日付です。"
                    + "月と日を確かめてください。");
            return Optional.empty();
        }
    }

    static List<Node> sequence(Walk walk, Node n, String key, String example) {
        if (n instanceof SequenceNode seq) {
            return seq.getValue();
        }
        walk.error(n, key, "wrong-type", "'" + key + "' は一覧で書いてください（各行を「- 」で始めます。例: " + example + "）。");
        return List.of();
    }
}
