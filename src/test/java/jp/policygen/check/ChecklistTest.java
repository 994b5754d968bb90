package jp.policygen.check;

import jp.policygen.profile.EditionId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jp.policygen.catalog.Edition;
import jp.policygen.catalog.Requirement;
import jp.policygen.catalog.TemplateEngine;
import jp.policygen.profile.TestProfiles;

class ChecklistTest {
    private final Edition edition = TestProfiles.CATALOG.edition(EditionId.of("2024-10"));
    private final Checklist checklist = new Checklist(new TemplateEngine());

    private Map<String, Checklist.Status> statuses(String yaml) {
        return checklist.of(TestProfiles.profile(yaml), edition).stream()
                .collect(Collectors.toMap(i -> i.requirement().id(), Checklist.Item::status));
    }

    @Test
    void everyRequirementPointsAtAClauseOfTheCatalog() {
        Set<String> ids = edition.clauseIds();
        assertFalse(edition.requirements().isEmpty());
        for (Requirement r : edition.requirements()) {
            assertTrue(ids.contains(r.clause()), r.id() + " → " + r.clause());
        }
    }

    @Test
    void alphaPrimeCaseListsItsMeasuresAndMarksWhatTheProfileDeclares() {
        Map<String, Checklist.Status> s = statuses(TestProfiles.MINIMAL.replace("  model: alpha\n",
                "  model: alpha-prime\n  alpha_prime: { case: file-exchange }\n  security_cloud: false\n")
                + "cloud:\n  services:\n    - { name: 会議サービス, ismap: true, confidential: false, purpose: Web会議 }\n");
        assertEquals(Checklist.Status.DECLARED, s.get("ap-ismap"));
        assertEquals(Checklist.Status.MISSING, s.get("security-cloud"));
        assertEquals(Checklist.Status.MISSING, s.get("ap-sanitization"), "no sanitisation declared");
        assertEquals(Checklist.Status.UNCONFIRMED, s.get("ap-ids-ips"));
        assertFalse(s.containsKey("ap-download-restriction"), "only case イ");
        assertFalse(s.containsKey("edr"), "β only");
        assertFalse(s.containsKey("screen-transfer"), "α only");
    }

    @Test
    void betaPrimeDeclaresEdrAndLogMonitoring() {
        Map<String, Checklist.Status> s = statuses(TestProfiles.MINIMAL.replace("  model: alpha\n",
                "  model: beta-prime\n  edr: true\n  log_monitoring: true\n"));
        assertEquals(Checklist.Status.DECLARED, s.get("edr"));
        assertEquals(Checklist.Status.DECLARED, s.get("log-monitoring"));
        assertEquals(Checklist.Status.UNCONFIRMED, s.get("bp-access-control"));
        assertFalse(s.containsKey("sanitization"));
    }

    @Test
    void situationNamesModelCaseAndFeatures() {
        assertEquals("α' モデル（ウ）・ガバメントクラウド・無線LAN・ソーシャルメディア",
                Checklist.situation(TestProfiles.sample("kakuu-machi.yaml")));
    }
}
