package nl.inburgering.portal.openhouse;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
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
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;

/**
 * DESIGN.md, "Modules", and STYLE.md, "Structure" and "Domain code", as executable rules for the
 * open-house module.
 *
 * <p>The rules are checked from {@code @ArchTest} methods, not fields: Maven Surefire 3.5.3 (the
 * version the parent pom manages) silently skips {@code @ArchTest} fields (TNG/ArchUnit#1442).
 */
@AnalyzeClasses(packages = "nl.inburgering.portal.openhouse", importOptions = ArchitectureTest.ProductionCode.class)
class ArchitectureTest {

    /**
     * The module's main classes only. ArchUnit's {@code DoNotIncludeTests} recognises Maven test
     * classes by the folder {@code target/test-classes}, which misses a build in another folder
     * ({@code -Dportal.target=target-x}, see the parent pom).
     */
    static final class ProductionCode implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }

    /** Dependencies point one way: open-house uses contracts-core only. */
    static final ArchRule USES_ONLY_THE_CORE = noClasses()
            .that().resideInAPackage("nl.inburgering.portal.openhouse..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "nl.inburgering.portal.tendering..",
                    "nl.inburgering.portal.reporting..",
                    "nl.inburgering.portal.web..");

    /** contracts-core's implementation details are not ours to use. */
    static final ArchRule NO_CORE_INTERNALS = noClasses()
            .that().resideInAPackage("nl.inburgering.portal.openhouse..")
            .should().dependOnClassesThat().resideInAPackage("nl.inburgering.portal.contracts..internal..");

    /** Our own internals serve this module; its API packages are what others see. */
    static final ArchRule INTERNAL_DOES_NOT_DEPEND_ON_THE_API = noClasses()
            .that().resideInAPackage("nl.inburgering.portal.openhouse.internal..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "nl.inburgering.portal.openhouse.procedure..",
                    "nl.inburgering.portal.openhouse.aanmelding..",
                    "nl.inburgering.portal.openhouse.registratie..",
                    "nl.inburgering.portal.openhouse.bericht..");

    /** Rich aggregates: state changes through intent-named methods, never public setters. */
    static final ArchRule ENTITIES_HAVE_NO_PUBLIC_SETTERS = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Entity.class)
            .and().arePublic()
            .should().haveNameNotStartingWith("set");

    /** Only the services talk to the database. */
    static final ArchRule ONLY_SERVICES_USE_THE_ENTITY_MANAGER = noClasses()
            .that().areNotAnnotatedWith(ApplicationScoped.class)
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class);

    /**
     * Other aggregates, and above all contracts-core's, are referenced by id: associations stay within
     * one package (one aggregate: a procedure and its versions).
     */
    static final ArchRule ASSOCIATIONS_STAY_IN_THE_AGGREGATE = fields()
            .that().areAnnotatedWith(ManyToOne.class).or().areAnnotatedWith(OneToMany.class)
            .or().areAnnotatedWith(OneToOne.class).or().areAnnotatedWith(ManyToMany.class)
            .should().beDeclaredInClassesThat().resideInAPackage("nl.inburgering.portal.openhouse.procedure");

    /** The pure rules need no container: no persistence, CDI or transactions in them. */
    static final ArchRule PURE_RULES_ARE_PLAIN_JAVA = noClasses()
            .that().haveSimpleNameStartingWith("Aanmeldtermijn")
            .or().haveSimpleName("Toelatingstoets")
            .or().haveSimpleName("PdfBewijs")
            .or().haveSimpleName("ContractNummering")
            .or().haveSimpleName("Opzegtermijn")
            .or().haveSimpleName("OpenHouseContract")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.enterprise..",
                    "jakarta.transaction..", "jakarta.inject..");

    @ArchTest
    void usesOnlyTheCore(JavaClasses classes) {
        USES_ONLY_THE_CORE.check(classes);
    }

    @ArchTest
    void usesNoInternalsOfContractsCore(JavaClasses classes) {
        NO_CORE_INTERNALS.check(classes);
    }

    @ArchTest
    void internalDoesNotDependOnTheApi(JavaClasses classes) {
        INTERNAL_DOES_NOT_DEPEND_ON_THE_API.check(classes);
    }

    @ArchTest
    void entitiesHaveNoPublicSetters(JavaClasses classes) {
        ENTITIES_HAVE_NO_PUBLIC_SETTERS.check(classes);
    }

    @ArchTest
    void onlyServicesUseTheEntityManager(JavaClasses classes) {
        ONLY_SERVICES_USE_THE_ENTITY_MANAGER.check(classes);
    }

    @ArchTest
    void associationsStayInTheAggregate(JavaClasses classes) {
        ASSOCIATIONS_STAY_IN_THE_AGGREGATE.check(classes);
    }

    @ArchTest
    void pureRulesArePlainJava(JavaClasses classes) {
        PURE_RULES_ARE_PLAIN_JAVA.check(classes);
    }
}
