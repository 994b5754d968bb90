package jp.policygen.app;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.policygen.catalog.Catalog;
import jp.policygen.catalog.TemplateEngine;
import jp.policygen.check.Checklist;
import jp.policygen.check.ChecklistSheet;
import jp.policygen.policy.Policy;
import jp.policygen.render.sheet.Sheet;
import jp.policygen.profile.Finding;
import jp.policygen.profile.KeyTitles;
import jp.policygen.profile.Profile;
import jp.policygen.resolve.Resolver;

/**
 * check's report of requirements for one valid profile: what its network model and features oblige the body to
 * have, whether the profile declares it, and where the generated policy requires it.
 */
public record CheckReport(Profile profile, Policy policy, List<Checklist.Item> items, Map<String, String> where,
              List<Finding> warnings) {

    /** The report of one valid profile; the workspace's engine compiles each clause template once per run. */
    static CheckReport of(Profile profile, Workspace workspace) {
        Catalog catalog = workspace.catalog();
        TemplateEngine engine = workspace.engine();
        var edition = catalog.edition(profile.guideline());
        Resolver.Result resolved = workspace.resolver().resolve(profile, edition);
        Policy policy = resolved.policy();
        Map<String, String> where = ChecklistSheet.locations(policy);
        List<Checklist.Item> items = ChecklistSheet.inDocumentOrder(new Checklist(engine).of(profile, edition), where);
        // 地方自治法施行規則第16条の3: a 号 no clause meets is an error; a body outside the rule is asked to confirm it
        List<Finding> findings = new java.util.ArrayList<>(resolved.warnings());
        findings.addAll(jp.policygen.law.Conformity.of(policy, catalog.ordinance()).findings(profile));
        return new CheckReport(profile, policy, items, where, findings);
    }

    /** Where the policy requires it, or a note that a local change took the clause out. */
    private String location(Checklist.Item item) {
        return ChecklistSheet.location(item, where);
    }

    /** The checklist as meeting material. */
    public Sheet sheet(LocalDate created) {
        return ChecklistSheet.of(profile, policy, items, created);
    }

    /**
     * The report as text. Where a default stands it says what to write: the YAML key for whoever writes the YAML
     * (the terminal), the form's field by its title for staff at the page.
     */
    public void print(PrintWriter out, CheckJob.Reader reader) {
        // the schema's titles only for the page: reading the JSON Schema was a tenth of a cold check at the terminal
        KeyTitles titles = reader == CheckJob.Reader.FORM ? KeyTitles.schema() : null;
        java.util.function.UnaryOperator<String> shown = reader == CheckJob.Reader.FORM ? titles::forStaff : s -> s;
        out.println();
        out.println(shown.apply(profile.file() + " — " + Checklist.situation(profile) + " で求められる対策"));
        out.println("  （済: プロファイルに記載あり／要確認: 実施状況を確認してください／要確認（既定値）: プロファイルに書かれて"
                + "いないため既定値で作成しています／未対応: プロファイルでは実施していません）");
        for (Checklist.Item item : items) {
            String label = item.status().label();
            String key = "";
            if (item.status() == Checklist.Status.DEFAULT) {
                String yaml = yamlKey(item.requirement());
                key = reader == CheckJob.Reader.FORM
                        ? titles.title(yaml).map(t -> " → プロファイルの「" + t + "」で決めます").orElse(" → " + yaml)
                        : " → " + yaml;
            }
            out.println(shown.apply("  " + label + "　".repeat(Math.max(1, 4 - label.length())) + item.requirement().text()
                    + "（" + location(item) + "。" + item.requirement().basis() + "）") + key);
        }
    }

    /** The profile key that would state what the default now says, spelled as in the profile. */
    private static String yamlKey(jp.policygen.catalog.Requirement r) {
        if (r.id().startsWith("parameter.")) {
            return "parameters." + r.id().substring("parameter.".length());
        }
        return r.stated().map(s -> s.replace("net.securityCloudStated", "network.security_cloud")).orElse(r.id());
    }

    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", profile.file());
        m.put("situation", Checklist.situation(profile));
        m.put("requirements", items.stream().map(i -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("id", i.requirement().id());
            r.put("text", i.requirement().text());
            r.put("status", i.status().json());
            r.put("basis", i.requirement().basis());
            r.put("clause", i.requirement().clause());
            r.put("where", location(i));
            return r;
        }).toList());
        return m;
    }
}
