package dev.berth.bootstrap;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The hexagon's rule: domain and application see no framework and no adapter; dependencies point inward. */
class ArchitectureTest {

    private static final String[] FRAMEWORKS = {"io.quarkus..", "io.vertx..", "com.fasterxml.jackson..",
            "jakarta..", "io.smallrye..", "org.jboss..", "io.netty.."};
    private static final String[] OUTER_LAYERS = {"dev.berth.adapters..", "dev.berth.drivers..",
            "dev.berth.bootstrap..", "dev.berth.plugins.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.berth");

    @Test
    void domainDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("dev.berth.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .orShould().dependOnClassesThat().resideInAnyPackage("dev.berth.application..")
                .orShould().dependOnClassesThat().resideInAnyPackage(OUTER_LAYERS)
                .check(classes);
    }

    @Test
    void applicationSeesOnlyTheDomain() {
        noClasses().that().resideInAPackage("dev.berth.application..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .orShould().dependOnClassesThat().resideInAnyPackage(OUTER_LAYERS)
                .check(classes);
    }

    @Test
    void adaptersAndDriversDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("dev.berth.adapters.rest..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.berth.adapters.runc..",
                        "dev.berth.adapters.containerd..", "dev.berth.adapters.registry..",
                        "dev.berth.adapters.plugins..", "dev.berth.drivers..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.berth.adapters.runc..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.berth.adapters.rest..", "dev.berth.drivers..",
                        "dev.berth.application..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.berth.adapters.registry..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.berth.adapters.rest..",
                        "dev.berth.adapters.runc..", "dev.berth.drivers..", "dev.berth.application..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.berth.adapters.plugins..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.berth.adapters.rest..",
                        "dev.berth.adapters.runc..", "dev.berth.adapters.registry..", "dev.berth.drivers..")
                .check(classes);
        noClasses().that().resideInAPackage("dev.berth.drivers..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.berth.adapters..", "dev.berth.application..")
                .check(classes);
    }
}
