package nl.inburgering.portal.tendering;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingStatus;
import nl.inburgering.portal.tendering.beoordeling.BpkvRegel;
import nl.inburgering.portal.tendering.beoordeling.BpkvScorer;
import nl.inburgering.portal.tendering.beoordeling.BpkvUitslag;
import nl.inburgering.portal.tendering.beoordeling.CriteriumPunten;
import nl.inburgering.portal.tendering.gunning.ContractNummering;
import nl.inburgering.portal.tendering.gunning.Standstill;

/**
 * DESIGN.md ("Modules") and STYLE.md ("Structure", "Domain code") as executable rules for the
 * tendering module. Checked from {@code @ArchTest} methods, not fields: Maven Surefire 3.5.3 skips
 * {@code @ArchTest} fields (TNG/ArchUnit#1442).
 */
@AnalyzeClasses(packages = "nl.inburgering.portal.tendering",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.GeenTestklassen.class})
class ArchitectureTest {

    /** DoNotIncludeTests knows only the standard build folder; builds here may use another ({@code -Dportal.target}). */
    static final class GeenTestklassen implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/");
        }
    }

    private static final String TENDERING = "nl.inburgering.portal.tendering..";

    /** tendering -> contracts-core only. */
    @ArchTest
    void usesNoModuleButContractsCore(JavaClasses classes) {
        noClasses().that().resideInAPackage(TENDERING)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "nl.inburgering.portal.openhouse..",
                        "nl.inburgering.portal.reporting..",
                        "nl.inburgering.portal.web..")
                .check(classes);
    }

    /** contracts-core's .internal (its converters, its query helpers) is not for this module. */
    @ArchTest
    void doesNotReachIntoContractsCoreInternals(JavaClasses classes) {
        noClasses().that().resideInAPackage(TENDERING)
                .should().dependOnClassesThat().resideInAPackage("nl.inburgering.portal.contracts..internal..")
                .check(classes);
    }

    /** Another module's aggregates are referenced by id, never by a field of their entity type. */
    @ArchTest
    void referencesOtherModulesAggregatesById(JavaClasses classes) {
        fields().that().areDeclaredInClassesThat().resideInAPackage(TENDERING)
                .should().notHaveRawType(DescribedPredicate.describe("an entity of another module",
                        (JavaClass t) -> t.isAnnotatedWith(Entity.class)
                                && !t.getPackageName().startsWith("nl.inburgering.portal.tendering")))
                .check(classes);
    }

    /** Rich aggregates: state changes through intent-named methods, never public setters. */
    @ArchTest
    void entitiesAndValuesHaveNoPublicSetters(JavaClasses classes) {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Entity.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(Embeddable.class)
                .and().arePublic()
                .should().haveNameNotStartingWith("set")
                .check(classes);
    }

    /** Only the services talk to the database. */
    @ArchTest
    void onlyServicesUseTheEntityManager(JavaClasses classes) {
        noClasses().that().areNotAnnotatedWith(ApplicationScoped.class)
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(classes);
    }

    /** One transaction style: every service is an application-scoped CDI bean. */
    @ArchTest
    void servicesAreApplicationScoped(JavaClasses classes) {
        classes().that().haveSimpleNameEndingWith("Service")
                .should().beAnnotatedWith(ApplicationScoped.class)
                .check(classes);
    }

    /** The domain does not call services: aggregates and rules know nothing of persistence or CDI beans. */
    @ArchTest
    void theDomainDoesNotCallServices(JavaClasses classes) {
        noClasses().that().areAnnotatedWith(Entity.class).or().areAnnotatedWith(Embeddable.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
                .check(classes);
    }

    /** STYLE.md: BPKV scoring, standstill dates, the status machine and numbering are plain Java. */
    @ArchTest
    void pureRulesArePlainJava(JavaClasses classes) {
        noClasses().that().belongToAnyOf(BpkvScorer.class, BpkvUitslag.class, BpkvRegel.class, CriteriumPunten.class,
                        Standstill.class, AanbestedingStatus.class, ContractNummering.class)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "org.eclipse.microprofile..")
                .check(classes);
    }

    /**
     * Tenancy is decided on the server from who is acting: every public service method takes the
     * {@link Actor} first, except the public notice (no login), whose methods start with "publiek".
     */
    @ArchTest
    void everyServiceMethodTakesTheActorFirst(JavaClasses classes) {
        methods().that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Service")
                .and().areDeclaredInClassesThat().resideInAPackage(TENDERING)
                .and().arePublic()
                .and().haveNameNotStartingWith("publiek")
                .should(new ArchCondition<JavaMethod>("take the Actor as first parameter") {
                    @Override
                    public void check(JavaMethod m, ConditionEvents events) {
                        boolean ok = !m.getRawParameterTypes().isEmpty()
                                && m.getRawParameterTypes().get(0).isEquivalentTo(Actor.class);
                        events.add(new SimpleConditionEvent(m, ok, m.getFullName() + (ok ? " takes" : " does not take")
                                + " the Actor first"));
                    }
                })
                .check(classes);
    }
}
