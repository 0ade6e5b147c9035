package nl.inburgering.portal.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * STYLE.md's structure rules for attendance and signals: internals stay inside, the rules are pure, and SQL
 * over JDBC is the bulk path's alone. ({@code @ArchTest} methods, not fields: see {@link ArchitectureTest}.)
 */
@AnalyzeClasses(packages = "nl.inburgering.portal.contracts", importOptions = ArchitectureTest.ProductionCode.class)
class AttendanceArchitectureTest {

    static final ArchRule ATTENDANCE_INTERNALS_STAY_INSIDE = noClasses()
            .that().resideOutsideOfPackages("nl.inburgering.portal.contracts.attendance..")
            .should().dependOnClassesThat().resideInAPackage("nl.inburgering.portal.contracts.attendance.internal..");

    /** The rules and the CSV reader are plain Java: no persistence, no CDI, no database. */
    static final ArchRule RULES_ARE_PURE = classes()
            .that().haveNameMatching(".*\\.(PresentieRegels|PresentieCsv|SignaalRegels|Aanwezigheid)(\\$.*)?")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..",
                    "nl.inburgering.portal.contracts.shared",
                    "nl.inburgering.portal.contracts.attendance",
                    "nl.inburgering.portal.contracts.attendance.internal",
                    "nl.inburgering.portal.contracts.signal",
                    "nl.inburgering.portal.contracts.placement",
                    "org.apache.commons.csv..");

    /** JDBC is the bulk path's: the services hand it the EntityManager's connection; the rest is JPA. */
    static final ArchRule JDBC_ONLY_IN_THE_BULK_PATH = noClasses()
            .that().resideInAnyPackage("nl.inburgering.portal.contracts.attendance..",
                    "nl.inburgering.portal.contracts.signal..")
            .and().doNotHaveSimpleName("PresentieVerwerking")
            .and().doNotHaveSimpleName("PresentieService")
            .and().doNotHaveSimpleName("CorrectieService")
            .should().dependOnClassesThat().resideInAPackage("java.sql..");

    @ArchTest
    void attendanceInternalsStayInside(JavaClasses classes) {
        ATTENDANCE_INTERNALS_STAY_INSIDE.check(classes);
    }

    @ArchTest
    void rulesArePure(JavaClasses classes) {
        RULES_ARE_PURE.check(classes);
    }

    @ArchTest
    void jdbcOnlyInTheBulkPath(JavaClasses classes) {
        JDBC_ONLY_IN_THE_BULK_PATH.check(classes);
    }
}
