package nl.inburgering.portal.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
 * STYLE.md, "Structure" and "Domain code", as executable rules.
 *
 * <p>The rules are checked from {@code @ArchTest} methods, not fields: Maven Surefire 3.5.3 (the
 * version the parent pom manages) silently skips {@code @ArchTest} fields (TNG/ArchUnit#1442).
 */
@AnalyzeClasses(packages = "nl.inburgering.portal.contracts", importOptions = ArchitectureTest.ProductionCode.class)
class ArchitectureTest {

    /**
     * Production classes only, also when the build folder is not {@code target} ({@code -Dportal.target=...}):
     * ArchUnit's {@link ImportOption.DoNotIncludeTests} recognises only {@code target/test-classes}.
     */
    public static final class ProductionCode implements ImportOption {

        private final ImportOption doNotIncludeTests = new ImportOption.DoNotIncludeTests();

        @Override
        public boolean includes(Location location) {
            return doNotIncludeTests.includes(location) && !location.contains("/test-classes/");
        }
    }

    /** Dependencies point one way: the other modules depend on contracts-core, never the reverse. */
    static final ArchRule CORE_DEPENDS_ON_NO_OTHER_MODULE = noClasses()
            .that().resideInAPackage("nl.inburgering.portal.contracts..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "nl.inburgering.portal.web..",
                    "nl.inburgering.portal.openhouse..",
                    "nl.inburgering.portal.tendering..",
                    "nl.inburgering.portal.reporting..");

    /** Rich aggregates: state changes through intent-named methods, never public setters. */
    static final ArchRule ENTITIES_HAVE_NO_PUBLIC_SETTERS = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Entity.class)
            .and().arePublic()
            .should().haveNameNotStartingWith("set");

    /** Only the services talk to the database. */
    static final ArchRule ONLY_SERVICES_USE_THE_ENTITY_MANAGER = noClasses()
            .that().areNotAnnotatedWith(ApplicationScoped.class)
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class);

    /** The value objects and rules in .shared know nothing of aggregates or services. */
    static final ArchRule SHARED_IS_AT_THE_BOTTOM = noClasses()
            .that().resideInAPackage("nl.inburgering.portal.contracts.shared..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "nl.inburgering.portal.contracts.gemeente..",
                    "nl.inburgering.portal.contracts.aanbieder..",
                    "nl.inburgering.portal.contracts.contract..",
                    "nl.inburgering.portal.contracts.inburgeraar..",
                    "nl.inburgering.portal.contracts.placement..",
                    "nl.inburgering.portal.contracts.audit..");

    /** The fair-share rule is pure: plain Java, the value objects and the placement rules' own records. */
    static final ArchRule FAIR_SHARE_IS_PURE = classes()
            .that().haveNameMatching(".*\\.FairShareAllocator(\\$.*)?")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..",
                    "nl.inburgering.portal.contracts.shared",
                    "nl.inburgering.portal.contracts.placement");

    /** The placement services' helpers are theirs alone. */
    static final ArchRule PLACEMENT_INTERNALS_STAY_INSIDE = noClasses()
            .that().resideOutsideOfPackages("nl.inburgering.portal.contracts.placement..")
            .should().dependOnClassesThat().resideInAPackage("nl.inburgering.portal.contracts.placement.internal..");

    /**
     * No cycles between the aggregates' packages: placements refer to inburgeraars and contracts, never
     * the other way round (InburgeraarService names Plaatsing only inside its JPQL).
     */
    static final ArchRule AGGREGATE_PACKAGES_ARE_FREE_OF_CYCLES = slices()
            .matching("nl.inburgering.portal.contracts.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    void coreDependsOnNoOtherModule(JavaClasses classes) {
        CORE_DEPENDS_ON_NO_OTHER_MODULE.check(classes);
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
    void sharedIsAtTheBottom(JavaClasses classes) {
        SHARED_IS_AT_THE_BOTTOM.check(classes);
    }

    @ArchTest
    void fairShareIsPure(JavaClasses classes) {
        FAIR_SHARE_IS_PURE.check(classes);
    }

    @ArchTest
    void placementInternalsStayInside(JavaClasses classes) {
        PLACEMENT_INTERNALS_STAY_INSIDE.check(classes);
    }

    @ArchTest
    void aggregatePackagesAreFreeOfCycles(JavaClasses classes) {
        AGGREGATE_PACKAGES_ARE_FREE_OF_CYCLES.check(classes);
    }
}
