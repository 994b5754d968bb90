package jp.policygen.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

import jp.policygen.compare.AmendingText;
import jp.policygen.compare.ChangeKind;
import jp.policygen.compare.Comparer;
import jp.policygen.compare.Comparison;
import jp.policygen.compare.ComparisonDocument;
import jp.policygen.compare.Redline;
import jp.policygen.generate.ComparisonOutput;
import jp.policygen.generate.OutputFolder;
import jp.policygen.policy.Document;
import jp.policygen.policy.Policy;
import jp.policygen.render.DocumentWriter;
import jp.policygen.render.RenderOptions;

/**
 * diff: two versions of a body's policy compared clause by clause, written as the 新旧対照表, the 改め文 and the
 * 見え消し into {@code output/<name>_新旧対照表/} all at once.
 */
public final class DiffJob {
    /** The documents diff can write (--documents). */
    public static final List<String> DOCUMENTS = List.of("comparison", "amendment", "tracked");
    /** The name of diff's folder after the body's name. */
    public static final String FOLDER_SUFFIX = "_" + ComparisonDocument.TITLE;

    private final Workspace workspace;

    public DiffJob(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * What to compare.
     *
     * @param oldVersion the version before (a {@link Source.HistoryEntry} for last year's in the output folder)
     * @param newVersion the version after
     * @param order      new-old or old-new (the columns)
     * @param documents  of {@link #DOCUMENTS}
     * @param font       the PDF font, or null
     */
    public record Request(Source oldVersion, Source newVersion, Path output, List<String> formats, String order,
                          List<String> documents, Path font) {
        /** The two versions, before and after. */
        public record Pair(Source oldVersion, Source newVersion) {
        }

        /** The profile against last year's version in the output folder, in the default formats: the page's compare. */
        public static Request lastYear(Path profile, Path output) {
            return new Request(new Source.HistoryEntry(profile), new Source.ProfileFile(profile), output,
                    List.of("docx", "pdf", "html"), "new-old", DOCUMENTS, null);
        }
    }

    /**
     * The arguments of the command line as sources: OLD NEW, or NEW alone (a profile: last year's version is found
     * in the output folder). Nothing is read yet.
     */
    public static Request.Pair sources(List<Path> inputs) {
        Source newer = Source.of(inputs.get(inputs.size() - 1));
        Source older = inputs.size() == 2 ? Source.of(inputs.get(0)) : new Source.HistoryEntry(inputs.get(0));
        return new Request.Pair(older, newer);
    }

    public Status run(Request request, Console console) throws Exception {
        PrintWriter err = console.err();
        List<String> formats = request.formats();
        List<String> documents = request.documents();
        Path font = request.font();
        if (!Formats.allowed(formats, Formats.DIFF, err)) {
            return Status.BAD_INPUT;
        }
        ComparisonDocument.Order columns = switch (request.order()) {
            case "new-old" -> ComparisonDocument.Order.NEW_OLD;
            case "old-new" -> ComparisonDocument.Order.OLD_NEW;
            default -> null;
        };
        if (columns == null) {
            err.println("引数が正しくありません: --order に「" + request.order() + "」は指定できません。new-old または old-new を指定してください。");
            return Status.BAD_INPUT;
        }
        for (String d : documents) {
            if (!DOCUMENTS.contains(d)) {
                err.println("引数が正しくありません: --documents に「" + d + "」は指定できません。"
                        + "comparison（新旧対照表）、amendment（改め文）、tracked（見え消し）をカンマ区切りで指定してください。");
                return Status.BAD_INPUT;
            }
        }
        if (font != null && !Files.isRegularFile(font)) {
            err.println(font + ": エラー: フォントファイルが見つかりません。--font には .ttf / .ttc / .otf ファイルを指定してください。");
            return Status.BAD_INPUT;
        }
        try (SecondCore second = SecondCore.open("diff-second")) {
            return write(request, console, columns, second);
        }
    }

    /** {@link #run} once the arguments are known to be right: both versions read, compared and written. */
    private Status write(Request request, Console console, ComparisonDocument.Order columns, SecondCore second)
            throws Exception {
        PrintWriter out = console.out();
        PrintWriter err = console.err();
        List<String> formats = request.formats();
        List<String> documents = request.documents();
        Path output = request.output();
        Path font = request.font();
        Versions versions = new Versions(workspace, output, err);
        Versions.Version oldVersion;
        Versions.Version newVersion;
        // two files named: the older read and resolved on the second core while this thread does the newer; what
        // reading it says is held back and printed after the newer's, as when they were read one after the other
        StringWriter olderSays = new StringWriter();
        PrintWriter olderErr = new PrintWriter(olderSays);
        Future<Versions.Version> older = request.oldVersion() instanceof Source.HistoryEntry ? null
                : second.submit(() -> new Versions(workspace, output, olderErr).load(request.oldVersion()));
        try {
            newVersion = versions.load(request.newVersion());
            if (older == null) {
                oldVersion = versions.earlier((Source.HistoryEntry) request.oldVersion(), newVersion.policy());
            } else {
                try {
                    oldVersion = SecondCore.get(older);
                } finally {
                    olderErr.flush();
                    err.print(olderSays);
                }
            }
        } catch (BadInput e) {
            err.println(e.getMessage());
            return Status.BAD_INPUT;
        }
        // a provision the catalog renamed between the two editions is compared with what continues it
        Policy earlier = Comparer.continued(oldVersion.policy(), jp.policygen.catalog.Lineage.renamed(workspace.catalog(),
                oldVersion.policy().edition(), newVersion.policy().edition()));
        Comparison comparison = Comparer.compare(earlier, oldVersion.label(), newVersion.policy(), newVersion.label());
        if (comparison.isEmpty()) {
            out.println(oldVersion.label() + " と " + newVersion.label()
                    + " に違いはありません。新旧対照表は作成していません。");
            return Status.OK;
        }
        RenderOptions options = RenderOptions.defaults().withPdfFont(font);
        List<DocumentWriter> writers = RenderSession.of(formats, options, message -> err.println("警告: " + message))
                .writers();
        String name = OutputFolder.safeName(name(newVersion.policy(), oldVersion.policy()), FOLDER_SUFFIX);
        // the 見え消し on the second core while this thread drafts the 改め文
        Future<byte[]> tracked = documents.contains("tracked") && formats.contains("docx")
                ? second.submit(() -> Redline.docx(earlier, newVersion.policy())) : null;
        Document amendment = documents.contains("amendment")
                ? AmendingText.of(earlier, newVersion.policy(), comparison) : null;
        byte[] redline = tracked == null ? null : SecondCore.get(tracked);
        try {
            ComparisonOutput.write(comparison, columns, writers, formats.contains("json"), output, name,
                    documents.contains("comparison"), amendment, redline, second.executor());
        } catch (OutputFolder.RefusedException e) {
            // a folder diff did not make (no manifest of the tool): refused as generate refuses it, exit 2
            err.println(OutputFolder.shown(output.resolve(name)) + ": エラー: " + e.getMessage());
            return Status.BAD_INPUT;
        }
        String made = documents.contains("comparison") && amendment != null ? "新旧対照表と改め文"
                : amendment != null ? "改め文" : "新旧対照表";
        out.println(output.resolve(name) + " に" + made + "を作成しました（" + counts(comparison)
                + "）。");
        return Status.OK;
    }

    static String counts(Comparison c) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<ChangeKind, Integer> e : c.counts().entrySet()) {
            parts.add(e.getKey().label() + " " + e.getValue() + "件");
        }
        return String.join("、", parts);
    }

    private static String name(Policy newPolicy, Policy oldPolicy) {
        String n = newPolicy.profileName().isEmpty() ? oldPolicy.profileName() : newPolicy.profileName();
        return n.isEmpty() ? "policy" : n;
    }
}
