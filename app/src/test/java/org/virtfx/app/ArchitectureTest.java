package org.virtfx.app;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module rules of DESIGN.md, checked on the compiled classes of every module. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // The shipped code only: test-support (a test-scope jar on this class path) starts
        // daemons and threads by design.
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/org/virtfx/testsupport/"))
                .importPackages("org.virtfx");
    }

    @Test
    void theImportSeesEveryModule() {
        // A rule over an empty import passes; make sure each module is there.
        for (String pkg : new String[] {"org.virtfx.libvirt", "org.virtfx.ui.api", "org.virtfx.ui.core",
                "org.virtfx.ui.domains", "org.virtfx.ui.host", "org.virtfx.app", "org.virtfx.icons"}) {
            if (!classes.containPackage(pkg)) {
                throw new AssertionError("no classes imported from " + pkg);
            }
        }
    }

    @Test
    void theBindingKnowsNothingOfTheUi() {
        noClasses().that().resideInAPackage("org.virtfx.libvirt..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.virtfx.ui..", "org.virtfx.app..",
                        "atlantafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void theUiNeverUsesTheAppOrTheRawBinding() {
        noClasses().that().resideInAPackage("org.virtfx.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.virtfx.app..", "org.virtfx.libvirt.internal..")
                .check(classes);
    }

    @Test
    void pluginsDoNotDependOnEachOther() {
        slices().matching("org.virtfx.ui.(*)..").should().notDependOnEachOther()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        resideInAnyPackage("org.virtfx.ui.api..", "org.virtfx.ui.core.."))
                .check(classes);
    }

    @Test
    void thePluginApiDependsOnNoImplementation() {
        noClasses().that().resideInAPackage("org.virtfx.ui.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.virtfx.ui.core..", "org.virtfx.ui.domains..")
                .check(classes);
    }

    @Test
    void onlyTheAppAndCoreMakeThreads() {
        noClasses().that().resideOutsideOfPackages("org.virtfx.app..", "org.virtfx.ui.core..", "org.virtfx.libvirt..")
                .should().callConstructorWhere(JavaAccess.Predicates.target(owner(assignableTo(Thread.class))))
                .orShould().accessClassesThat().belongToAnyOf(Executors.class)
                .check(classes);
    }

    @Test
    void onlyTheCommandLineWritesToTheStandardStreams() {
        noClasses().that(not(com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf(
                        Main.class, StartupProbe.class, org.virtfx.app.probe.ScrollProbe.class)))
                .should(ACCESS_STANDARD_STREAMS)
                .check(classes);
    }
}
