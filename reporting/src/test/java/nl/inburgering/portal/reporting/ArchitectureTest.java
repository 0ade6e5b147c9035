package nl.inburgering.portal.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;

/**
 * DESIGN.md, "Modules", and STYLE.md, "Structure", as executable rules for the reporting module: a read side that
 * uses the other modules' API packages only, has no entities of its own and talks to the database from its service.
 * (The rules are checked from {@code @ArchTest} methods: Surefire 3.5.3 skips {@code @ArchTest} fields.)
 */
@AnalyzeClasses(packages = "nl.inburgering.portal.reporting", importOptions = ArchitectureTest.ProductionCode.class)
class ArchitectureTest {

    /** The module's main classes only (also in a build folder other than target, see the parent pom). */
    static final class ProductionCode implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }

    static final ArchRule NOT_THE_WEB = noClasses()
            .that().resideInAPackage("nl.inburgering.portal.reporting..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.inburgering.portal.web..");

    static final ArchRule NO_OTHER_INTERNALS = noClasses()
            .that().resideInAPackage("nl.inburgering.portal.reporting..")
            .should().dependOnClassesThat().resideInAnyPackage("nl.inburgering.portal.contracts..internal..",
                    "nl.inburgering.portal.openhouse..internal..", "nl.inburgering.portal.tendering..internal..");

    static final ArchRule INTERNAL_DOES_NOT_DEPEND_ON_THE_API = noClasses()
            .that().resideInAPackage("nl.inburgering.portal.reporting.internal..")
            .should().dependOnClassesThat().resideInAPackage("nl.inburgering.portal.reporting");

    /** A read side: no entities, the tables are other modules' (and its own settings, in plain SQL). */
    static final ArchRule NO_ENTITIES = noClasses().should().beAnnotatedWith(Entity.class);

    static final ArchRule ONLY_THE_SERVICE_USES_THE_ENTITY_MANAGER = noClasses()
            .that().areNotAnnotatedWith(ApplicationScoped.class)
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class);

    /** The forecast arithmetic is plain Java, tested without a container. */
    static final ArchRule PURE_RULES_ARE_PLAIN_JAVA = classes()
            .that().haveSimpleNameStartingWith("Prognoseberekening").or().haveSimpleName("Routemix")
            .or().haveSimpleName("Budget").or().haveSimpleName("Bedragen")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("jakarta.persistence..",
                    "jakarta.enterprise..", "jakarta.transaction..", "jakarta.inject..", "java.sql..");

    @ArchTest
    void usesNoWebClasses(JavaClasses classes) {
        NOT_THE_WEB.check(classes);
    }

    @ArchTest
    void usesNoInternalsOfOtherModules(JavaClasses classes) {
        NO_OTHER_INTERNALS.check(classes);
    }

    @ArchTest
    void internalDoesNotDependOnTheApi(JavaClasses classes) {
        INTERNAL_DOES_NOT_DEPEND_ON_THE_API.check(classes);
    }

    @ArchTest
    void hasNoEntities(JavaClasses classes) {
        NO_ENTITIES.check(classes);
    }

    @ArchTest
    void onlyTheServiceUsesTheEntityManager(JavaClasses classes) {
        ONLY_THE_SERVICE_USES_THE_ENTITY_MANAGER.check(classes);
    }

    @ArchTest
    void pureRulesArePlainJava(JavaClasses classes) {
        PURE_RULES_ARE_PLAIN_JAVA.check(classes);
    }
}
