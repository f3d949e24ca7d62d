package io.smarttriage.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Dependency rules between the triage core, the adapters and the runner-only code. */
class ArchitectureTest {
    private static final String[] CORE = {
        "io.smarttriage.domain..",
        "io.smarttriage.text..",
        "io.smarttriage.model..",
        "io.smarttriage.routing..",
        "io.smarttriage.forecast..",
        "io.smarttriage.eval..",
        "io.smarttriage.ingest..",
        "io.smarttriage.demo..",
        "io.smarttriage.governance.."
    };
    private static final String[] HOST_AND_EE = {
        "com.atlassian..",
        "net.java.ao..",
        "jakarta.servlet..",
        "javax.servlet..",
        "jakarta.ws.rs..",
        "javax.ws.rs.."
    };
    private static final String[] RUNNER_ONLY = {
        "io.smarttriage.standalone..",
        "io.smarttriage.ingest..",
        "io.smarttriage.demo..",
        "picocli..",
        "org.apache.commons.csv..",
        "org.apache.velocity..",
        "com.zaxxer..",
        "org.h2..",
        "org.postgresql.."
    };

    private static final JavaClasses MAIN =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("io.smarttriage");

    @Test
    void givenTriageCore_dependencies_includeNoHostServletOrJaxRsType() {
        ArchRule rule =
                noClasses()
                        .that()
                        .resideInAnyPackage(CORE)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(HOST_AND_EE)
                        .allowEmptyShould(true);

        rule.check(MAIN);
    }

    @Test
    void givenCodePackagedInTheAppJar_dependencies_includeNoRunnerOnlyType() {
        ArchRule rule =
                noClasses()
                        .that()
                        .resideOutsideOfPackages(
                                "io.smarttriage.standalone..",
                                "io.smarttriage.ingest..",
                                "io.smarttriage.demo..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(RUNNER_ONLY)
                        .because(
                                "the app jar leaves out the standalone runner, CSV ingest and "
                                        + "demo data")
                        .allowEmptyShould(true);

        rule.check(MAIN);
    }
}
