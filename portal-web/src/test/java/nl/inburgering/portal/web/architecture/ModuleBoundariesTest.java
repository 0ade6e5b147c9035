package nl.inburgering.portal.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import jakarta.persistence.EntityManager;

/**
 * The module map of DESIGN.md as rules over the whole WAR: dependencies point one way (open-house,
 * tendering -> contracts-core; reporting -> the three; portal-web -> all) and no module reaches into
 * another module's {@code .internal} package. Checked from {@code @ArchTest} methods: Surefire 3.5.3
 * skips {@code @ArchTest} fields (TNG/ArchUnit#1442).
 */
@AnalyzeClasses(packages = "nl.inburgering.portal", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    private static final String CORE = "nl.inburgering.portal.contracts..";
    private static final String OPEN_HOUSE = "nl.inburgering.portal.openhouse..";
    private static final String TENDERING = "nl.inburgering.portal.tendering..";
    private static final String REPORTING = "nl.inburgering.portal.reporting..";
    private static final String WEB = "nl.inburgering.portal.web..";

    @ArchTest
    void coreUsesNoOtherModule(JavaClasses classes) {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(OPEN_HOUSE, TENDERING, REPORTING, WEB)
                .check(classes);
    }

    @ArchTest
    void openHouseAndTenderingUseOnlyTheCore(JavaClasses classes) {
        noClasses().that().resideInAPackage(OPEN_HOUSE)
                .should().dependOnClassesThat().resideInAnyPackage(TENDERING, REPORTING, WEB)
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage(TENDERING)
                .should().dependOnClassesThat().resideInAnyPackage(OPEN_HOUSE, REPORTING, WEB)
                .allowEmptyShould(true).check(classes);
    }

    @ArchTest
    void reportingIsNotUsedByTheDomainModulesAndUsesNoWeb(JavaClasses classes) {
        noClasses().that().resideInAPackage(REPORTING)
                .should().dependOnClassesThat().resideInAPackage(WEB)
                .allowEmptyShould(true).check(classes);
    }

    @ArchTest
    void noModuleUsesAnotherModulesInternals(JavaClasses classes) {
        for (String module : new String[] {"contracts", "openhouse", "tendering", "reporting", "web"}) {
            String own = "nl.inburgering.portal." + module + "..";
            noClasses().that().resideOutsideOfPackage(own)
                    .should().dependOnClassesThat().resideInAPackage("nl.inburgering.portal." + module + "..internal..")
                    .allowEmptyShould(true).check(classes);
        }
    }

    @ArchTest
    void pageBackingBeansAndApiResourcesDoNotUseTheEntityManager(JavaClasses classes) {
        noClasses().that().resideInAnyPackage("nl.inburgering.portal.web.pages..", "nl.inburgering.portal.web.api..")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .allowEmptyShould(true).check(classes);
    }
}
