package jp.policygen.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The shape of the code (docs/architecture.md), checked on the compiled classes, so a package written as a fully
 * qualified name in the middle of a method counts as much as an import.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("jp.policygen");

    /**
     * The packages that write one output format each. They share the model (policy), the sheet model
     * (render.sheet) and render's helpers; render.json is the snapshot format, which the Word writer embeds.
     */
    static final List<String> WRITERS = List.of("docx", "pdf", "html", "md", "xlsx");

    @Test
    void noPackageDependsOnItselfThroughOthers() {
        slices().matching("jp.policygen.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void noWriterPackageUsesAnotherWriterPackage() {
        for (String writer : WRITERS) {
            String[] others = WRITERS.stream().filter(w -> !w.equals(writer))
                    .map(w -> "jp.policygen.render." + w + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("jp.policygen.render." + writer + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("a writer walks the model; a Word file must not need the PDF writer (docs/architecture.md)")
                    .check(MAIN);
        }
    }

    @Test
    void theModelAndTheWritersKnowNothingOfProfilesOrTemplates() {
        noClasses().that().resideInAnyPackage("jp.policygen.policy..", "jp.policygen.render..", "jp.policygen.markup..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.policygen.profile..", "jp.policygen.catalog..",
                        "jp.policygen.resolve..", "jp.policygen.generate..", "jp.policygen.cli..", "jp.policygen.serve..")
                .check(MAIN);
    }

    /**
     * The command line is an adapter: it reads arguments and prints what a job of {@code app} says. Resolving,
     * comparing, choosing writers and writing files are the jobs' (docs/architecture.md, "where a new job goes").
     */
    @Test
    void theCommandLineRunsJobsOfTheApplicationLayerOnly() {
        noClasses().that().resideInAPackage("jp.policygen.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.policygen.resolve..", "jp.policygen.render..",
                        "jp.policygen.catalog..", "jp.policygen.compare..", "jp.policygen.check..",
                        "jp.policygen.upgrade..", "jp.policygen.importer..", "jp.policygen.law..")
                .because("a command is a thin adapter over a job of jp.policygen.app")
                .check(MAIN);
    }

    /**
     * The page runs the jobs of {@code app} itself: it never runs the command line or reads what it printed, and it
     * chooses no writer (a preview in HTML is {@code app.RenderSession}'s).
     */
    @Test
    void thePageRunsJobsNotTheCommandLine() {
        noClasses().that().resideInAPackage("jp.policygen.serve..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.policygen.cli..", "jp.policygen.render..",
                        "jp.policygen.check..", "jp.policygen.law..")
                .because("a page is a thin adapter over a job of jp.policygen.app")
                .check(MAIN);
    }

    /** The bench times what the jobs run: writers come from the app layer's RenderSession, as generate's do. */
    @Test
    void theBenchChoosesNoWriter() {
        noClasses().that().resideInAPackage("jp.policygen.bench..")
                .should().dependOnClassesThat().resideInAnyPackage(WRITERS.stream()
                        .map(w -> "jp.policygen.render." + w + "..").toArray(String[]::new))
                .because("writers are chosen in one place, app.RenderSession")
                .check(MAIN);
    }

    /** Nothing below the adapters knows them: the jobs are called, they never call back into a command or a page. */
    @Test
    void theApplicationLayerKnowsNoAdapter() {
        noClasses().that().resideInAPackage("jp.policygen.app..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.policygen.cli..", "jp.policygen.serve..",
                        "jp.policygen.bench..")
                .check(MAIN);
    }
}
