package jp.policygen.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jp.policygen.generate.Generator;
import jp.policygen.generate.OutputFolder;
import jp.policygen.generate.OutputHistory;
import jp.policygen.io.InputLimits;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.Policy;
import jp.policygen.render.json.SnapshotReader;

/**
 * Reads a {@link Source} into a policy to compare. The latest earlier version of a body is found in one place,
 * {@link OutputHistory#kept}, which the numbering of a revision reads too.
 *
 * @param output the output folder (DIR): a profile is numbered as its body's folder there keeps it, and its
 *               earlier versions are looked for there
 * @param err    where the findings of a profile that cannot be compared are printed
 */
public record Versions(Workspace workspace, Path output, PrintWriter err) {

    /** A version to compare and how to name it in the summary and the 対照表's heading. */
    public record Version(Policy policy, String label) {
    }

    /**
     * The policy of a source. A {@link Source.HistoryEntry} needs the version it is to be earlier than: read it
     * with {@link #earlier}.
     */
    public Version load(Source source) throws BadInput {
        if (source instanceof Source.HistoryEntry) {
            throw new IllegalArgumentException("an earlier version is read with earlier(), against the new one");
        }
        if (Files.isDirectory(source.path())) { // a generate output folder (a folder named like a file is still one)
            Path snapshot = source.path().resolve("snapshot.json");
            if (!Files.isRegularFile(snapshot)) {
                throw new BadInput(source.path() + ": エラー: このフォルダには snapshot.json がありません。generate の出力フォルダ"
                        + "（DIR/<名前>/）か、プロファイル・snapshot.json・.docx を指定してください。");
            }
            return load(new Source.Snapshot(snapshot));
        }
        Path path = source.path();
        if (!Files.isRegularFile(path)) {
            throw new BadInput(path + ": エラー: ファイルが見つかりません。プロファイル（.yaml）、snapshot.json、"
                    + "または policygen が作成した .docx を指定してください。");
        }
        if (source instanceof Source.ProfileFile f) {
            return profile(f.path());
        }
        if (source instanceof Source.Other) {
            throw new BadInput(path + ": エラー: 比較できない種類のファイルです。プロファイル（.yaml）、snapshot.json、"
                    + "または policygen が作成した .docx を指定してください。");
        }
        try {
            return new Version(source instanceof Source.WordFile
                    ? SnapshotReader.readDocx(InputLimits.readFile(path), path.toString(), workspace.catalog().editionIdTexts())
                    : SnapshotReader.read(InputLimits.readFile(path), path.toString(), workspace.catalog().editionIdTexts()),
                    path.toString());
        } catch (SnapshotReader.SnapshotException e) {
            throw new BadInput(e.getMessage());
        } catch (InputLimits.TooLarge e) {
            throw new BadInput(path + ": エラー: " + e.getMessage());
        } catch (IOException e) {
            throw new BadInput(path + ": エラー: 読み込めません（" + e.getMessage() + "）。");
        }
    }

    /** A profile, made now: numbered as generate numbers it, with the adopted numbers kept in the output folder. */
    private Version profile(Path path) throws BadInput {
        Workspace.Loaded loaded = workspace.read(List.of(path));
        loaded.findings().forEach(f -> err.println(f.format()));
        if (loaded.hasErrors() || loaded.profiles().isEmpty()) {
            throw new BadInput(path + ": エラー: プロファイルに誤りがあるため比較できません。"
                    + "上のメッセージに従って直してください。");
        }
        try {
            return new Version(workspace.generator().resolveValid(loaded.profiles().get(0), output.resolve(
                    OutputFolder.safeName(loaded.profiles().get(0).name()))).policy(), path.toString());
        } catch (Generator.InvalidProfile e) {
            e.findings().forEach(f -> err.println(f.format()));
            throw new BadInput(path + ": エラー: プロファイルに誤りがあるため比較できません。"
                    + "上のメッセージに従って直してください。");
        }
    }

    /**
     * The latest earlier version of the profile's body kept in the output folder ({@link OutputHistory#kept}),
     * leaving out any with the same 施行日 and 版 as the new version: the latest generated wins.
     */
    public Version earlier(Source.HistoryEntry entry, Policy newPolicy) throws BadInput {
        Path profile = entry.profile();
        String file = profile.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(file.endsWith(".yaml") || file.endsWith(".yml"))) {
            throw new BadInput(profile + ": エラー: 比べる版が1つしか指定されていません。OLD と NEW の2つを指定するか、"
                    + "NEW にプロファイル（.yaml）を指定して出力フォルダの以前の版と比べてください。");
        }
        Path folder = output.resolve(OutputFolder.safeName(newPolicy.profileName()));
        Path history = folder.resolve(OutputFolder.HISTORY);
        List<Path> candidates = OutputHistory.kept(folder);
        String newKey = key(newPolicy);
        for (int i = candidates.size() - 1; i >= 0; i--) { // the latest generated first
            Path c = candidates.get(i);
            Policy p;
            try {
                p = SnapshotReader.read(InputLimits.readFile(c), c.toString(), workspace.catalog().editionIdTexts());
            } catch (SnapshotReader.SnapshotException e) {
                // a damaged or altered old version is said so, not skipped: skipping it would compare with an
                // older year without a word
                throw new BadInput(e.getMessage());
            } catch (InputLimits.TooLarge e) {
                throw new BadInput(c + ": エラー: " + e.getMessage());
            } catch (IOException e) {
                throw new BadInput(c + ": エラー: 読み込めません（" + e.getMessage() + "）。");
            }
            if (!key(p).equals(newKey)) {
                return new Version(p, c.toString());
            }
        }
        throw new BadInput(folder + ": エラー: 比べる以前の版が見つかりません（" + history + " に以前の版がありません）。"
                + "昨年度の snapshot.json か .docx を OLD として指定してください（例: policygen diff 昨年度/snapshot.json "
                + profile + "）。");
    }

    /** 施行日 and 版 of a policy, as generate names a history folder. */
    private static String key(Policy p) {
        DocumentInfo i = p.documents().isEmpty() ? null : p.documents().get(0).info();
        return i == null ? "" : i.effective() + "_" + i.version();
    }
}
