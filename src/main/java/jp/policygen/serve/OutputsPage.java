package jp.policygen.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.policygen.app.CheckJob;
import jp.policygen.app.Console;
import jp.policygen.app.DiffJob;
import jp.policygen.app.Failures;
import jp.policygen.app.GenerateJob;
import jp.policygen.app.Listener;
import jp.policygen.app.Status;
import jp.policygen.generate.OutputFolder;
import jp.policygen.serve.ProfileFolder.Loaded;
import jp.policygen.serve.ServeApp.Response;

/** Generate, compare and the checklist files for a profile, and the downloads of what they wrote. */
public final class OutputsPage extends Page {

    OutputsPage(Site site) {
        super(site);
    }

    /**
     * The folders serve offers downloads from: generate's DIR/&lt;name&gt;/ and diff's DIR/&lt;name&gt;_新旧対照表/,
     * each listing its files in its manifest.json, and the 対策チェックリスト that check writes into DIR itself
     * (DIR/&lt;name&gt;_対策チェックリスト.docx/.xlsx). Only those names can be downloaded.
     */
    enum FileSet {
        documents, comparison, checklist;

        static Optional<FileSet> of(String key) {
            for (FileSet f : values()) {
                if (f.name().equals(key)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /** The checklist formats offered for download (what check --format writes besides text and json). */
    static final List<String> CHECKLIST_FORMATS = List.of("docx", "xlsx");

    private Path outputFolder(String name) {
        return outputFolder(name, FileSet.documents);
    }

    private Path outputFolder(String name, FileSet set) {
        return switch (set) {
            case documents -> output.resolve(OutputFolder.safeName(name));
            case comparison -> output.resolve(OutputFolder.safeName(name, DiffJob.FOLDER_SUFFIX));
            case checklist -> output;
        };
    }

    private static String checklistFile(String name, String format) {
        return OutputFolder.safeName(name, CheckJob.CHECKLIST_SUFFIX + "." + format);
    }

    /** One document of an output folder with a link per format (Word, PDF, HTML), for the outputs page. */
    public record OutputRow(String title, List<OutputLink> links) {
    }

    /** A download: what it is called on the page (with its format, so that every link says where it leads). */
    public record OutputLink(String href, String format, String file) {
    }

    Response outputs(String name, String notice) throws Exception {
        load(name);
        Map<String, Object> m = model(name + " — 出力");
        m.put("name", name);
        m.put("notice", notice);
        m.put("folder", outputFolder(name).toAbsolutePath().toString());
        m.put("documents", rowsOf(name, FileSet.documents));
        m.put("earlier", earlier(name));
        m.put("comparison", rowsOf(name, FileSet.comparison));
        m.put("comparisonFolder", outputFolder(name, FileSet.comparison).toAbsolutePath().toString());
        m.put("checklistFiles", rowsOf(name, FileSet.checklist));
        m.put("checklistFolder", output.toAbsolutePath().toString());
        m.put("checklist", checklist(name));
        return page("outputs", m);
    }

    /** An earlier version kept in history/ (last year's documents): what it was and its files. */
    public record EarlierVersion(String label, List<OutputRow> rows) {
    }

    /**
     * The versions generate moved into the body's history/ folder, newest first, each with its documents as the
     * manifest there lists them: last year's papers are a click away, as the 新旧対照表 compares with them.
     */
    private List<EarlierVersion> earlier(String name) {
        List<EarlierVersion> out = new ArrayList<>();
        for (jp.policygen.generate.OutputHistory.Version v : jp.policygen.generate.OutputHistory.versions(outputFolder(name))) {
            jp.policygen.generate.Manifest mf = v.manifest();
            String folder = v.folder().getFileName().toString();
            String when = mf.effective().map(d -> jp.policygen.profile.Wareki.format(d) + "施行").orElse("施行日不明");
            String label = mf.version().filter(x -> !x.isEmpty()).map(x -> x + "（" + when + "）").orElse(when);
            Map<String, List<OutputLink>> byTitle = new LinkedHashMap<>();
            for (jp.policygen.generate.Manifest.Entry e : mf.files()) {
                String f = e.path();
                if (f.contains("/") || f.contains("\\") || !Files.isRegularFile(v.folder().resolve(f),
                        java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                int dot = f.lastIndexOf('.');
                String title = (dot < 0 ? f : f.substring(0, dot)).replaceFirst("^\\d+_", "");
                String href = "/p/" + ServeApp.encode(name) + "/history/" + ServeApp.encode(folder) + "/" + ServeApp.encode(f);
                byTitle.computeIfAbsent(title, k -> new ArrayList<>())
                        .add(new OutputLink(href, formatName(dot < 0 ? "" : f.substring(dot + 1)), f));
            }
            List<OutputRow> rows = new ArrayList<>();
            byTitle.forEach((t, links) -> rows.add(new OutputRow(t, links)));
            out.add(0, new EarlierVersion(label, rows));
        }
        return out;
    }

    /**
     * A file of an earlier version: only a folder history/ holds as a version and a plain file name its manifest
     * lists, resolved inside that folder (no path from the browser reaches the disk).
     */
    Response downloadEarlier(String name, String folder, String file) throws Exception {
        load(name);
        for (jp.policygen.generate.OutputHistory.Version v : jp.policygen.generate.OutputHistory.versions(outputFolder(name))) {
            if (!v.folder().getFileName().toString().equals(folder)
                    || v.manifest().files().stream().noneMatch(e -> e.path().equals(file))
                    || file.contains("/") || file.contains("\\")) {
                continue;
            }
            try {
                Path real = v.folder().resolve(file).normalize().toRealPath();
                if (real.startsWith(v.folder().toRealPath()) && Files.isRegularFile(real)) {
                    String ext = file.substring(file.lastIndexOf('.') + 1);
                    return new Response(200, CONTENT_TYPES.getOrDefault(ext, "application/octet-stream"),
                            Files.readAllBytes(real), Map.of("Content-Disposition", attachment(file)));
                }
            } catch (IOException e) {
                break;
            }
        }
        return Response.html(404, errorPage(404, "このファイルはありません。以前の版の一覧から選んでください。"));
    }

    /** The files of a set grouped by document (one row per name, one link per format), in the manifest's order. */
    private List<OutputRow> rowsOf(String name, FileSet set) throws IOException {
        Map<String, List<OutputLink>> byTitle = new LinkedHashMap<>();
        for (String f : files(name, set)) {
            int dot = f.lastIndexOf('.');
            String base = dot < 0 ? f : f.substring(0, dot);
            String ext = dot < 0 ? "" : f.substring(dot + 1);
            // 01_情報セキュリティ基本方針 → 情報セキュリティ基本方針; kakuu-shi_対策チェックリスト → 対策チェックリスト
            String title = base.replaceFirst("^\\d+_", "");
            if (title.startsWith(OutputFolder.safeName(name) + "_")) {
                title = title.substring(OutputFolder.safeName(name).length() + 1);
            }
            String href = "/p/" + ServeApp.encode(name) + "/files/" + set.name() + "/" + ServeApp.encode(f);
            byTitle.computeIfAbsent(title, k -> new ArrayList<>()).add(new OutputLink(href, formatName(ext), f));
        }
        List<OutputRow> rows = new ArrayList<>();
        byTitle.forEach((t, links) -> rows.add(new OutputRow(t, links)));
        return rows;
    }

    private static String formatName(String ext) {
        return switch (ext) {
            case "docx" -> "Word";
            case "xlsx" -> "Excel";
            case "pdf" -> "PDF";
            case "html" -> "HTML";
            case "json" -> "JSON";
            default -> ext;
        };
    }

    /**
     * What check says of the profile, worded for staff at the form (a default names the form's field, not the YAML
     * key): its errors, or the checklist of what the model and features require.
     */
    String checklist(String name) throws Exception {
        Loaded l = load(name);
        return run(c -> new CheckJob(workspace).run(new CheckJob.Request(List.of(l.file()), List.of("text"), output, null,
                CheckJob.Reader.FORM), c)).text();
    }

    record Run(Status status, String text) {
    }

    /** A job of the application layer, as the command line runs it, saying what it did into a notice for the page. */
    @FunctionalInterface
    private interface Job {
        Status run(Console console) throws Exception;
    }

    /**
     * Runs a job in this process (the same job, the same messages as the command line); a failure nobody foresaw is
     * told in the words the command line uses, never as a Java name.
     */
    private static Run run(Job job) {
        Console.Captured captured = Console.capture();
        Status status;
        try {
            status = job.run(captured.console());
        } catch (Exception e) {
            status = Failures.report(e, captured.console().err());
        }
        return new Run(status, captured.text());
    }

    Response compare(String name) throws Exception {
        Loaded l = load(name);
        Run r = run(c -> new DiffJob(workspace).run(DiffJob.Request.lastYear(l.file(), output), c));
        return outputs(name, r.text());
    }

    /** The 対策チェックリスト as Word and Excel files, written by check as the command line writes them. */
    Response checklistFiles(String name) throws Exception {
        Loaded l = load(name);
        Run r = run(c -> new CheckJob(workspace).run(new CheckJob.Request(List.of(l.file()), CHECKLIST_FORMATS, output,
                null), c));
        return outputs(name, r.text());
    }

    /** The files a set holds now: from its manifest.json, or the checklist files check wrote. */
    private List<String> files(String name, FileSet set) throws IOException {
        if (set == FileSet.checklist) {
            return CHECKLIST_FORMATS.stream().map(f -> checklistFile(name, f))
                    .filter(f -> Files.isRegularFile(output.resolve(f), java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList();
        }
        Path manifest = outputFolder(name, set).resolve("manifest.json");
        if (!Files.isRegularFile(manifest)) {
            return List.of();
        }
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(manifest.toFile());
        List<String> files = new ArrayList<>();
        root.path("files").forEach(f -> files.add(f.path("path").asText()));
        return files;
    }

    /** generate, run as the command line runs it: same files, same history/ of earlier versions, same messages. */
    Response generate(String name) throws Exception {
        Loaded l = load(name);
        Run r = run(c -> new GenerateJob(workspace).run(GenerateJob.Request.of(l.file(), output), c, Listener.NONE));
        return outputs(name, r.text());
    }

    static final Map<String, String> CONTENT_TYPES = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pdf", "application/pdf",
            "html", "text/html; charset=utf-8",
            "json", "application/json");

    Response download(String name, String setKey, String file) throws Exception {
        load(name);
        Optional<FileSet> set = FileSet.of(setKey);
        // only what a manifest lists (or the checklist's two names): no path from the browser reaches the disk
        if (set.isEmpty() || !files(name, set.get()).contains(file)) {
            return Response.html(404, errorPage(404, "このファイルはありません。先に「文書を作成」してください。"));
        }
        // a hand-edited manifest may list ../../x or /etc/…: only a regular file resolved inside the folder is served
        Path base = outputFolder(name, set.get());
        Path real;
        try {
            real = base.resolve(file).normalize().toRealPath();
            if (!real.startsWith(base.toRealPath()) || !Files.isRegularFile(real)) {
                real = null;
            }
        } catch (IOException e) {
            real = null;
        }
        if (real == null) {
            return Response.html(404, errorPage(404, "このファイルはありません。先に「文書を作成」してください。"));
        }
        String ext = file.substring(file.lastIndexOf('.') + 1);
        String type = CONTENT_TYPES.getOrDefault(ext, "application/octet-stream");
        return new Response(200, type, Files.readAllBytes(real), Map.of("Content-Disposition", attachment(file)));
    }

    /**
     * Content-Disposition for a file with a Japanese name (RFC 6266): the UTF-8 name for every current browser,
     * and an ASCII stand-in (policygen + extension) for a client that reads only {@code filename}.
     */
    static String attachment(String file) {
        String ext = file.contains(".") ? file.substring(file.lastIndexOf('.')) : "";
        String ascii = file.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '"' && c != '\\') ? file : "policygen" + ext;
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + ServeApp.encode(file).replace("*", "%2A");
    }
}
