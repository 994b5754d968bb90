package jp.policygen.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.AccessDeniedException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
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
    static final int MAX_FINDINGS = 100;
    /** Dates a policy can carry: from 平成元年 (the 和暦 the documents print must exist) to the end of this century. */
    static final LocalDate FIRST_DATE = LocalDate.of(1989, 1, 8);
    static final LocalDate LAST_DATE = LocalDate.of(2099, 12, 31);

    public static final List<String> MODELS = NetworkModel.ids();
    public static final List<String> CASES = AlphaPrimeCase.ids();
    public static final List<String> FORMS = jp.policygen.policy.NumberingForm.ids();
    public static final List<String> SANITIZATION_ORDER = Sanitization.ids();

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP,
            Tag.MAP, Tag.SEQ);
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    /** The editions the tool ships and the clause ids of each (the catalog). */
    private final EditionRules editions;

    /** Whether the YAML is read once (see {@link Checked}); false: checked, then composed, as the tests' reference. */
    private final boolean onePass;

    public ProfileReader(EditionRules editions) {
        this(editions, true);
    }

    ProfileReader(EditionRules editions, boolean onePass) {
        this.editions = editions;
        this.onePass = onePass;
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
            if (!Files.exists(path)) {
                throw new NoSuchFileException(file);
            }
            if (!Files.isRegularFile(path)) {
                return fail(file, "not-a-file", "通常のファイルではありません。プロファイルのファイル（.yaml）を指定してください。");
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(MAX_BYTES + 1); // never more, whatever the file claims its size is
            }
        } catch (NoSuchFileException e) {
            return fail(file, "not-found", "ファイルが見つかりません。ファイル名と場所を確かめてください。");
        } catch (AccessDeniedException e) {
            return fail(file, "unreadable", "ファイルを読む権限がありません。ファイルのアクセス権を確かめてください。");
        } catch (IOException e) {
            return fail(file, "unreadable", "ファイルを読めません。ほかのプログラムが開いていないか、ファイルの場所を確かめてください。");
        }
        String name = path.getFileName() == null ? "profile"
                : path.getFileName().toString().replaceFirst("(?i)\\.ya?ml$", "");
        return read(file, name, bytes);
    }

    /** Reads a profile from bytes; {@code name} becomes the output folder's name. Never throws. */
    public Result read(String file, String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return fail(file, "too-large", "ファイルが大きすぎます（1 MB を超えています）。プロファイルは 1 MB"
                    + "（1,000,000 バイト）以下にしてください。見本のプロファイルは数 KB です。");
        }
        YamlSource.Decoded decoded = YamlSource.decode(bytes);
        if (decoded.error() != null) {
            return new Result(Optional.empty(), List.of(new Finding(Severity.ERROR, "encoding", file, decoded.line(),
                    decoded.column(), "", decoded.error())));
        }
        Walk walk = new Walk(file);
        if (decoded.warning() != null) {
            walk.warn(null, "", "encoding", decoded.warning());
        }
        List<YamlSource.BadChar> bad = YamlSource.badChars(decoded.text(), 20);
        if (!bad.isEmpty()) {
            for (YamlSource.BadChar b : bad) {
                walk.at(b.line(), b.column(), "control-char", YamlSource.describe(b.codePoint()) + "が含まれています。"
                        + ProfileBuilder.UNUSABLE);
            }
            return new Result(Optional.empty(), walk.findings);
        }
        List<FullWidth.Mistake> fullWidth = FullWidth.find(decoded.text());
        if (!fullWidth.isEmpty()) {
            // YAML would read them as text and complain a line later about indentation; say what they are instead
            fullWidth.forEach(m -> walk.at(m.line(), m.column(), "full-width", m.message()));
            return new Result(Optional.empty(), walk.findings);
        }
        Node root;
        try {
            if (onePass) {
                Checked events = new Checked(decoded.text(), walk);
                root = events.compose();
                if (!events.ok) {
                    return new Result(Optional.empty(), walk.findings);
                }
            } else {
                if (!prescan(decoded.text(), walk)) {
                    return new Result(Optional.empty(), walk.findings);
                }
                root = compose(decoded.text());
            }
        } catch (MarkedYAMLException e) {
            walk.syntax(e);
            return new Result(Optional.empty(), walk.findings);
        } catch (YAMLException | IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            walk.error(null, "", "syntax", YamlMessages.translate(e.getMessage()));
            return new Result(Optional.empty(), walk.findings);
        }
        if (root == null) {
            walk.error(null, "", "empty", "ファイルが空です（コメントのほかに何も書かれていません）。README のひな形か"
                    + " profiles/ の見本をコピーして書いてください。");
            return new Result(Optional.empty(), walk.findings);
        }
        Profile profile;
        try {
            profile = new ProfileBuilder(walk, name, editions).build(root);
        } catch (StackOverflowError | RuntimeException e) {
            // A mistake of ours, not the user's; still explained, never a stack trace.
            walk.error(root, "", "internal", "プロファイルを最後まで調べられませんでした（ツールの不具合です）。"
                    + "お手数ですが、このプロファイルを添えて開発元に連絡してください。");
            return new Result(Optional.empty(), walk.findings);
        }
        return new Result(walk.hasErrors() || profile == null ? Optional.empty() : Optional.of(profile), walk.findings);
    }

    private static Result fail(String file, String code, String message) {
        return new Result(Optional.empty(), List.of(new Finding(Severity.ERROR, code, file, 0, 0, "", message)));
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return options;
    }

    private static Yaml yaml() {
        LoaderOptions options = options();
        return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options);
    }

    /**
     * Reads the events of the file once before building nodes, to report with line and column what the node
     * builder would only refuse without a place: too many aliases, too deep nesting, type tags.
     *
     * @return false when something was reported
     */
    private static boolean prescan(String text, Walk walk) {
        int aliases = 0;
        int depth = 0;
        boolean ok = true;
        for (Event e : yaml().parse(new StringReader(text))) {
            if (e instanceof AliasEvent) {
                if (++aliases > MAX_ALIASES) {
                    walk.at(e.getStartMark(), "", "aliases", YamlMessages.aliasesMessage());
                    return false;
                }
            } else if (e instanceof CollectionStartEvent c) {
                if (++depth > MAX_DEPTH) {
                    walk.at(e.getStartMark(), "", "too-deep", YamlMessages.depthMessage());
                    return false;
                }
                ok &= tagAllowed(c.getTag(), e, walk);
            } else if (e instanceof CollectionEndEvent) {
                depth--;
            } else if (e instanceof ScalarEvent sc) {
                ok &= tagAllowed(sc.getTag(), e, walk) && tagHonoured(sc, walk);
            }
        }
        return ok;
    }

    private static final Set<String> ALLOWED_TAGS = Set.of("!", Tag.STR.getValue(), Tag.INT.getValue(),
            Tag.FLOAT.getValue(), Tag.BOOL.getValue(), Tag.NULL.getValue(), Tag.TIMESTAMP.getValue(), Tag.MAP.getValue(),
            Tag.SEQ.getValue());

    private static final org.yaml.snakeyaml.resolver.Resolver RESOLVER = new org.yaml.snakeyaml.resolver.Resolver();

    /**
     * An explicit type tag is honoured strictly: {@code !!str} makes the value text; {@code !!bool},
     * {@code !!int}, {@code !!float}, {@code !!null} and {@code !!timestamp} only on a value that is of that type
     * anyway. {@code !!bool maybe} is refused, never read as false.
     */
    private static boolean tagHonoured(ScalarEvent sc, Walk walk) {
        String tag = sc.getTag();
        if (tag == null || tag.equals("!") || tag.equals(Tag.STR.getValue())) {
            return true;
        }
        Tag implicit = RESOLVER.resolve(org.yaml.snakeyaml.nodes.NodeId.scalar, sc.getValue(), true);
        if (implicit.getValue().equals(tag)) {
            return true;
        }
        walk.at(sc.getStartMark(), "", "tag", YamlMessages.tagMismatchMessage(tag, sc.getValue()));
        return false;
    }

    private static boolean tagAllowed(String tag, Event e, Walk walk) {
        if (tag == null || ALLOWED_TAGS.contains(tag)) {
            return true;
        }
        walk.at(e.getStartMark(), "", "tag", YamlMessages.tagMessage(tag));
        return false;
    }

    private static Node compose(String text) {
        return yaml().compose(new StringReader(text));
    }

    /**
     * The file read once: its events checked as {@link #prescan} checks them, each as the composer first takes it,
     * and composed into nodes in the same pass (reading the profile twice, events then nodes, was a tenth of
     * reading it). Whatever the two passes report, this reports: a check that ends the reading (too many aliases,
     * too deep) stops before the composer sees the event, as prescan stopped before composing; when the composer
     * fails, the events after are still checked first, as prescan read them all, and its failure counts only when
     * they pass; the parser's own errors are the ones prescan met at the same event. ProfileReaderOnePassTest
     * compares both ways over every case of BadProfilesTest and more.
     */
    private static final class Checked implements org.yaml.snakeyaml.parser.Parser {
        private final org.yaml.snakeyaml.parser.Parser parser;
        private final Walk walk;
        private final LoaderOptions options = options();
        /** The last event checked (the parser hands out the same event until it is taken). */
        private Event checked;
        private int aliases;
        private int depth;
        /** False once something was reported: no profile. */
        boolean ok = true;
        /** Whether an exception came from the parser (not the composer). */
        private boolean parserFailed;

        Checked(String text, Walk walk) {
            this.parser = new org.yaml.snakeyaml.parser.ParserImpl(
                    new org.yaml.snakeyaml.reader.StreamReader(new StringReader(text)), options);
            this.walk = walk;
        }

        /** The nodes (null for an empty file); with {@link #ok} false they are not to be used. */
        Node compose() {
            try {
                return new org.yaml.snakeyaml.composer.Composer(this, RESOLVER, options).getSingleNode();
            } catch (Stop stop) {
                return null;
            } catch (RuntimeException e) {
                if (parserFailed) {
                    throw e;
                }
                try {
                    while (peekEvent() != null) {
                        getEvent();
                    }
                } catch (Stop stop) {
                    return null;
                }
                if (ok) {
                    throw e;
                }
                return null;
            }
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            peekEvent();
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            Event e;
            try {
                e = parser.peekEvent();
            } catch (RuntimeException x) {
                parserFailed = true;
                throw x;
            }
            if (e != null && e != checked) {
                checked = e;
                check(e);
            }
            return e;
        }

        @Override
        public Event getEvent() {
            peekEvent();
            try {
                return parser.getEvent();
            } catch (RuntimeException x) {
                parserFailed = true;
                throw x;
            }
        }

        /** prescan's checks of one event. */
        private void check(Event e) {
            if (e instanceof AliasEvent) {
                if (++aliases > MAX_ALIASES) {
                    walk.at(e.getStartMark(), "", "aliases", YamlMessages.aliasesMessage());
                    ok = false;
                    throw new Stop();
                }
            } else if (e instanceof CollectionStartEvent c) {
                if (++depth > MAX_DEPTH) {
                    walk.at(e.getStartMark(), "", "too-deep", YamlMessages.depthMessage());
                    ok = false;
                    throw new Stop();
                }
                ok &= tagAllowed(c.getTag(), e, walk);
            } else if (e instanceof CollectionEndEvent) {
                depth--;
            } else if (e instanceof ScalarEvent sc) {
                ok &= tagAllowed(sc.getTag(), e, walk) && tagHonoured(sc, walk);
            }
        }

        /** Ends the reading where prescan returned false at once. */
        private static final class Stop extends RuntimeException {
            Stop() {
                super(null, null, false, false);
            }
        }
    }

    /** Collects findings for one file. */
    static final class Walk {
        final String file;
        final List<Finding> findings = new ArrayList<>();
        private int errors;
        private int warnings;

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
            add(severity, node == null ? null : node.getStartMark(), key, code, message);
        }

        /** An error at a line and column (1-based) of the text. */
        void at(int line, int column, String code, String message) {
            findings.add(new Finding(Severity.ERROR, code, file, line, column, "", message));
            count(true);
        }

        /** An error at a mark of the YAML text rather than at a node. */
        void at(Mark mark, String key, String code, String message) {
            add(Severity.ERROR, mark, key, code, message);
        }

        private void add(Severity severity, Mark mark, String key, String code, String message) {
            boolean error = severity == Severity.ERROR;
            int count = error ? errors : warnings;
            if (count >= MAX_FINDINGS) {
                if (count == MAX_FINDINGS) {
                    findings.add(new Finding(severity, "too-many", file, 0, 0, "", (error ? "誤り" : "警告") + "が多すぎるため、"
                            + MAX_FINDINGS + " 件で表示をやめました。上の" + (error ? "誤り" : "警告") + "を直してから、もう一度"
                            + "調べてください。"));
                    count(error);
                }
                return;
            }
            int line = 0;
            int column = 0;
            if (mark != null) {
                line = mark.getLine() + 1;
                column = mark.getColumn() + 1;
            }
            findings.add(new Finding(severity, code, file, line, column, key, message));
            count(error);
        }

        private void count(boolean error) {
            if (error) {
                errors++;
            } else {
                warnings++;
            }
        }

        /** True once so many errors were collected that more would not help (and suggestions can be skipped). */
        boolean full() {
            return errors >= MAX_FINDINGS;
        }

        void syntax(MarkedYAMLException e) {
            YamlMessages.Explained x = YamlMessages.explain(e);
            add(Severity.ERROR, x.mark(), "", "syntax", x.message());
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
        /** Known keys that a misspelt key here was taken for: not reported again as missing. */
        final Set<String> suggested = new java.util.HashSet<>();
        /** A merge key (<<) was refused here: what it meant to bring in is unknown, so nothing is reported missing. */
        boolean merged;

        /** @param known the keys allowed here, or null when any key is (overrides are keyed by clause id) */
        Fields(Walk walk, String path, MappingNode node, List<String> known) {
            this.walk = walk;
            this.path = path;
            this.node = node;
            String example = known == null ? "std.human.passwords" : known.get(0);
            for (NodeTuple t : node.getValue()) {
                Node k = t.getKeyNode();
                if (k.getTag().equals(Tag.MERGE)) {
                    merged = true;
                    walk.error(k, path, "merge-key", "「<<:」（別の項目の取り込み）は使えません。取り込む項目をここに"
                            + "そのまま書いてください。");
                    continue;
                }
                if (!(k instanceof ScalarNode sk) || !PLAIN_TAGS.contains(k.getTag())) {
                    walk.error(k, path, "bad-key", "項目名は英字の名前で書いてください（例: " + example + ":）。"
                            + "一覧や { … } を項目名にすることはできません。");
                    continue;
                }
                String key = sk.getValue();
                int bad = Text.firstBad(key, false);
                if (bad >= 0) {
                    String visible = key.codePoints().filter(YamlSource::printable)
                            .filter(cp -> Text.firstBad(new String(Character.toChars(cp)), false) < 0)
                            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
                    if (known != null && known.contains(visible)) {
                        suggested.add(visible);
                    }
                    walk.error(k, join(Text.show(key)), "control-char", "項目名「" + Text.show(key) + "」に"
                            + YamlSource.describe(key.codePointAt(bad)) + "が含まれています。この文字を削除し、「"
                            + example + ":」のように英字で書いてください。");
                    continue;
                }
                NodeTuple first = tuples.get(key);
                if (first != null) {
                    walk.error(k, join(key), "duplicate-key", "'" + Text.show(key) + "' が2回書かれています（1回目は "
                            + (first.getKeyNode().getStartMark().getLine() + 1) + " 行目）。1つにまとめてください。");
                    continue;
                }
                tuples.put(key, t);
                if (known != null && !known.contains(key)) {
                    Optional<String> near = walk.full() ? Optional.empty() : Nearest.of(key, known);
                    near.ifPresent(suggested::add);
                    String hint = near.map(s -> "'" + s + "' ですか？")
                            .orElse((path.isEmpty() ? "最上位" : "'" + path + "' の中") + "に書ける項目は "
                                    + String.join(", ", known) + " です。");
                    walk.error(k, join(Text.show(key)), "unknown-key", "'" + Text.show(key) + "' は不明な項目です。" + hint);
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

        /** Reports a missing required key at the mapping that should hold it (unless a misspelling of it was). */
        void missing(String key, String example) {
            if (suggested.contains(key) || merged) {
                return; // 「'polcy' は不明な項目です。'policy' ですか？」 already says it
            }
            if (path.isEmpty()) {
                walk.error(node, key, "missing-key", "必須項目 '" + key + "' がありません。行頭（字下げなし）に「" + key
                        + ":」と書き、次の行から字下げして「" + example + "」のように書いてください。");
                return;
            }
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

    /** A date given as YYYY-MM-DD, checked to exist (2025-02-30 does not) and to have a 和暦. */
    static Optional<LocalDate> date(Walk walk, Node n, String key) {
        if (!(n instanceof ScalarNode s) || !(s.getTag().equals(Tag.TIMESTAMP) || s.getTag().equals(Tag.STR)
                || s.getTag().equals(Tag.INT))) {
            walk.error(n, key, "wrong-type", "'" + key + "' には日付を 2026-04-01 のように「年-月-日」で書いてください"
                    + (n instanceof ScalarNode sc ? "（「" + Text.show(sc.getValue()) + "」は日付ではありません）。" : "。"));
            return Optional.empty();
        }
        Matcher m = DATE.matcher(s.getValue().trim());
        if (!m.matches()) {
            walk.error(n, key, "wrong-type", "'" + key + "' の「" + Text.show(s.getValue()) + "」は日付として読めません。"
                    + "2026-04-01 のように「年-月-日」で書いてください（和暦ではなく西暦で）。");
            return Optional.empty();
        }
        LocalDate d;
        try {
            d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            walk.error(n, key, "bad-date", "'" + key + "' の「" + s.getValue().trim() + "」は存在しない日付です。"
                    + "月と日を確かめてください。");
            return Optional.empty();
        }
        if (d.isBefore(FIRST_DATE) || d.isAfter(LAST_DATE)) {
            walk.error(n, key, "bad-date", "'" + key + "' の「" + s.getValue().trim() + "」は範囲外です。"
                    + "1989-01-08（平成元年1月8日）から 2099-12-31 までの日付を書いてください。");
            return Optional.empty();
        }
        return Optional.of(d);
    }

    static List<Node> sequence(Walk walk, Node n, String key, String example) {
        if (n instanceof SequenceNode seq) {
            return seq.getValue();
        }
        walk.error(n, key, "wrong-type", "'" + key + "' は一覧で書いてください（「" + key.substring(key.lastIndexOf('.') + 1)
                + ":」の次の行から、各行を「- 」で始めて字下げします。例: " + example + "）。");
        return List.of();
    }
}
