package jp.policygen.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.policygen.serve.ProfileFolder.Loaded;
import jp.policygen.serve.ServeApp.Response;

/** The earlier versions of a profile (saves, restores, each generated version), and putting one back. */
final class VersionsPage extends Page {

    VersionsPage(Site site) {
        super(site);
    }

    Response versions(String name, String notice) throws Exception {
        Loaded l = load(name);
        Map<String, Object> m = model(name + " — 以前の版");
        m.put("name", name);
        m.put("notice", notice);
        List<Map<String, String>> rows = new ArrayList<>();
        for (jp.policygen.generate.ProfileVersions.Version v : jp.policygen.generate.ProfileVersions.of(l.file(), output)) {
            rows.add(Map.of("label", v.label(), "file", v.file().toAbsolutePath().toString()));
        }
        m.put("versions", rows);
        m.put("version", l.version());
        m.put("saved", l.file().toAbsolutePath().getParent().resolve(jp.policygen.generate.ProfileVersions.SAVED).toString());
        return page("versions", m);
    }

    /** Puts the chosen version back, as `policygen restore` does (the current text is kept first). */
    Response restore(String name, Request req) throws Exception {
        Loaded l = load(name);
        List<jp.policygen.generate.ProfileVersions.Version> all = jp.policygen.generate.ProfileVersions.of(l.file(), output);
        int n;
        try {
            n = Integer.parseInt(req.field("n"));
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 0 || n >= all.size() || !req.field("_version").equals(l.version())) {
            return versions(name, "一覧が変わったため戻していません。一覧を確かめて、もう一度選んでください。");
        }
        jp.policygen.generate.ProfileVersions.restore(l.file(), all.get(n), java.time.LocalDateTime.now());
        return versions(name, "「" + all.get(n).label() + "」の内容に戻しました。戻す前の内容も一覧に残しています。");
    }
}
