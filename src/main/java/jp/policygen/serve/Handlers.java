package jp.policygen.serve;

import java.nio.file.Path;
import java.util.List;

import jp.policygen.serve.ServeApp.Response;

/**
 * The routes of serve: which page answers which path. Every path from the browser is a name checked by
 * {@link ProfileFolder}; the pages themselves are the *Page classes beside this one.
 */
public final class Handlers {
    private final Page common;
    private final StartPage start;
    private final ProfilePage profile;
    private final ClausesPage clauses;
    private final UpgradePage upgrade;
    private final OutputsPage outputs;
    private final VersionsPage versions;
    private final ImportPage imports;
    private final Notices notices;

    Handlers(ProfileFolder folder, Path output, Guard guard) {
        Site site = Site.of(folder, output, guard);
        this.start = new StartPage(site);
        this.common = start;
        this.profile = new ProfilePage(site);
        this.clauses = new ClausesPage(site);
        this.upgrade = new UpgradePage(site);
        this.outputs = new OutputsPage(site);
        this.versions = new VersionsPage(site);
        this.imports = new ImportPage(site);
        this.notices = site.notices();
    }

    Response handle(Request req) throws Exception {
        List<String> s = req.segments;
        try {
            if (s.isEmpty()) {
                return start.start(null);
            }
            if (s.get(0).equals("assets") && s.size() == 2 && req.method.equals("GET")) {
                return start.asset(s.get(1));
            }
            if (s.size() == 1 && s.get(0).equals("new") && req.method.equals("POST")) {
                return start.create(req);
            }
            if (s.get(0).equals("import")) {
                boolean post = req.method.equals("POST");
                if (s.size() == 1) {
                    return post ? imports.read(req) : imports.form("", 200, null);
                }
                if (s.size() == 2 && !post) {
                    return imports.review(s.get(1), "", 200, null);
                }
                if (s.size() == 3 && post && s.get(2).equals("save")) {
                    return imports.save(s.get(1), req);
                }
                if (s.size() == 3 && !post && s.get(2).equals("report.docx")) {
                    return imports.reportDocx(s.get(1));
                }
            }
            if (s.get(0).equals("p") && s.size() >= 2) {
                String name = s.get(1);
                common.folder.file(name); // refuses anything but a plain name inside the folder
                String action = req.segment(2);
                boolean post = req.method.equals("POST");
                switch (action) {
                    case "" -> {
                        if (!post) {
                            return profile.profilePage(name, notices.take(req));
                        }
                    }
                    case "check" -> {
                        if (post) {
                            return profile.check(name, req);
                        }
                    }
                    case "save" -> {
                        if (post) {
                            return profile.save(name, req);
                        }
                    }
                    case "clauses" -> {
                        if (s.size() == 3 && !post) {
                            return clauses.clauses(name, req.param("q"), notices.take(req));
                        }
                        if (s.size() == 4) {
                            return post ? clauses.saveClause(name, s.get(3), req) : clauses.clause(name, s.get(3), "", List.of(), null);
                        }
                        if (s.size() == 5 && post && s.get(4).equals("insert")) {
                            return clauses.insertClause(name, s.get(3), req);
                        }
                    }
                    case "yaml" -> {
                        if (s.size() == 3) {
                            return post ? profile.saveYaml(name, req) : profile.yamlPage(name, null, null, List.of(), 200);
                        }
                    }
                    case "upgrade" -> {
                        if (s.size() == 3) {
                            return upgrade.upgrade(name, post ? req : null);
                        }
                    }
                    case "outputs" -> {
                        if (!post) {
                            return outputs.outputs(name, "");
                        }
                    }
                    case "versions" -> {
                        if (s.size() == 3) {
                            return post ? versions.restore(name, req) : versions.versions(name, "");
                        }
                    }
                    case "generate" -> {
                        if (post) {
                            return outputs.generate(name);
                        }
                    }
                    case "compare" -> {
                        if (post) {
                            return outputs.compare(name);
                        }
                    }
                    case "checklist" -> {
                        if (post) {
                            return outputs.checklistFiles(name);
                        }
                    }
                    case "files" -> {
                        if (!post && s.size() == 5) {
                            return outputs.download(name, s.get(3), s.get(4));
                        }
                    }
                    case "history" -> {
                        if (!post && s.size() == 5) {
                            return outputs.downloadEarlier(name, s.get(3), s.get(4));
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (ProfileFolder.Refused e) {
            return Response.html(400, common.errorPage(400, e.getMessage()));
        }
        return Response.html(404, common.errorPage(404, "このページはありません。"));
    }

    /** A page that says what went wrong, for ServeApp's own refusals. */
    String errorPage(int status, String message) {
        return common.errorPage(status, message);
    }
}
