package nl.inburgering.portal.contracts.aanbieder;

import static nl.inburgering.portal.contracts.shared.InvalidInputAssertions.assertFieldsRefused;
import static nl.inburgering.portal.contracts.shared.InvalidInputAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import nl.inburgering.portal.contracts.shared.BrinCode;
import nl.inburgering.portal.contracts.shared.Iban;
import nl.inburgering.portal.contracts.shared.KvkNumber;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AanbiederTest {

    private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);
    private static final LocalDate END_2026 = LocalDate.of(2026, 12, 31);
    private static final LocalDate JUN_2026 = LocalDate.of(2026, 6, 1);

    static Aanbieder taalaanbieder() {
        return new Aanbieder("Taalhuis Noord B.V.", KvkNumber.of("12345678"), AanbiederSoort.TAALAANBIEDER, null, false,
                null, Iban.of("NL91ABNA0417164300"), null);
    }

    @Nested
    class KeurmerkStatusOnADate {

        @Test
        void noStatusBeforeTheFirstPeriod() {
            Aanbieder a = taalaanbieder();
            assertEquals(Optional.empty(), a.keurmerkStatusOp(JAN_2024));
            a.registreerKeurmerk(KeurmerkStatus.GELDIG, JAN_2024, END_2026);
            assertEquals(Optional.empty(), a.keurmerkStatusOp(JAN_2024.minusDays(1)));
            assertFalse(a.heeftGeldigKeurmerkOp(JAN_2024.minusDays(1)));
        }

        @Test
        void geldigFromItsStartUpToAndIncludingItsValidUntilDate() {
            Aanbieder a = taalaanbieder();
            a.registreerKeurmerk(KeurmerkStatus.GELDIG, JAN_2024, END_2026);
            assertEquals(Optional.of(KeurmerkStatus.GELDIG), a.keurmerkStatusOp(JAN_2024));
            assertEquals(Optional.of(KeurmerkStatus.GELDIG), a.keurmerkStatusOp(LocalDate.of(2025, 7, 15)));
            assertEquals(Optional.of(KeurmerkStatus.GELDIG), a.keurmerkStatusOp(END_2026));
            assertTrue(a.heeftGeldigKeurmerkOp(END_2026));
        }

        @Test
        void anExpiredGeldigKeurmerkIsNoKeurmerk() {
            Aanbieder a = taalaanbieder();
            a.registreerKeurmerk(KeurmerkStatus.GELDIG, JAN_2024, END_2026);
            assertEquals(Optional.empty(), a.keurmerkStatusOp(END_2026.plusDays(1)));
            assertFalse(a.heeftGeldigKeurmerkOp(END_2026.plusDays(1)));
        }

        @Test
        void aLaterSuspensionOverridesTheStillValidKeurmerk() {
            Aanbieder a = taalaanbieder();
            a.registreerKeurmerk(KeurmerkStatus.GELDIG, JAN_2024, END_2026);
            a.registreerKeurmerk(KeurmerkStatus.GESCHORST, JUN_2026, null);
            assertEquals(Optional.of(KeurmerkStatus.GELDIG), a.keurmerkStatusOp(JUN_2026.minusDays(1)));
            assertEquals(Optional.of(KeurmerkStatus.GESCHORST), a.keurmerkStatusOp(JUN_2026));
            assertEquals(Optional.of(KeurmerkStatus.GESCHORST), a.keurmerkStatusOp(LocalDate.of(2030, 1, 1)));
            assertFalse(a.heeftGeldigKeurmerkOp(JUN_2026));
        }

        @Test
        void aRenewalAfterAspirantPeriod() {
            Aanbieder a = taalaanbieder();
            a.registreerKeurmerk(KeurmerkStatus.ASPIRANT, JAN_2024, null);
            a.registreerKeurmerk(KeurmerkStatus.GELDIG, LocalDate.of(2024, 9, 1), LocalDate.of(2027, 8, 31));
            assertEquals(Optional.of(KeurmerkStatus.ASPIRANT), a.keurmerkStatusOp(LocalDate.of(2024, 8, 31)));
            assertEquals(Optional.of(KeurmerkStatus.GELDIG), a.keurmerkStatusOp(LocalDate.of(2024, 9, 1)));
            assertEquals(LocalDate.of(2024, 9, 1), a.laatsteKeurmerkPeriode().orElseThrow().getVanaf());
            assertEquals(2, a.getKeurmerkHistorie().size());
        }
    }

    @Nested
    class RegisteringAPeriod {

        @Test
        void refusesAPeriodThatDoesNotStartAfterTheLatest() {
            Aanbieder a = taalaanbieder();
            a.registreerKeurmerk(KeurmerkStatus.GELDIG, JUN_2026, END_2026);
            assertRefused("keurmerk.volgorde", () -> a.registreerKeurmerk(KeurmerkStatus.GESCHORST, JAN_2024, null));
            assertRefused("keurmerk.volgorde", () -> a.registreerKeurmerk(KeurmerkStatus.GESCHORST, JUN_2026, null));
            assertEquals(1, a.getKeurmerkHistorie().size());
        }

        @Test
        void geldigNeedsAValidUntilDateOnOrAfterItsStart() {
            Aanbieder a = taalaanbieder();
            assertRefused("keurmerk.geldig-tot-verplicht", () -> a.registreerKeurmerk(KeurmerkStatus.GELDIG, JAN_2024, null));
            assertRefused("keurmerk.volgorde",
                    () -> a.registreerKeurmerk(KeurmerkStatus.GELDIG, JAN_2024, JAN_2024.minusDays(1)));
            assertTrue(a.getKeurmerkHistorie().isEmpty());
        }

        @Test
        void theHistoryCannotBeChangedFromOutside() {
            Aanbieder a = taalaanbieder();
            a.registreerKeurmerk(KeurmerkStatus.ASPIRANT, JAN_2024, null);
            assertThrows(UnsupportedOperationException.class, () -> a.getKeurmerkHistorie().clear());
        }
    }

    @Nested
    class KindOfProvider {

        @Test
        void onlyAnEducationInstitutionHasABrinCodeOrWebRecognition() {
            assertFieldsRefused(Set.of("brinCode", "webErkend"), () -> new Aanbieder("Taalhuis",
                    KvkNumber.of("12345678"), AanbiederSoort.TAALAANBIEDER, BrinCode.of("25LP"), true, JAN_2024,
                    Iban.of("NL91ABNA0417164300"), null));
        }

        @Test
        void webRecognitionAndItsDateGoTogether() {
            assertFieldsRefused(Set.of("webErkendSinds"), () -> new Aanbieder("Noorderpoort", KvkNumber.of("41010001"),
                    AanbiederSoort.ONDERWIJSINSTELLING, null, true, null, Iban.of("NL91ABNA0417164300"), null));
            assertFieldsRefused(Set.of("webErkendSinds"), () -> new Aanbieder("Noorderpoort", KvkNumber.of("41010001"),
                    AanbiederSoort.ONDERWIJSINSTELLING, null, false, JAN_2024, Iban.of("NL91ABNA0417164300"), null));
        }

        @Test
        void reportsAllMissingFieldsAtOnce() {
            assertFieldsRefused(Set.of("naam", "kvkNummer", "soort", "iban"),
                    () -> new Aanbieder(" ", null, null, null, false, null, null, null));
        }

        @Test
        void theOnderwijsrouteNeedsWebRecognitionOnTheDate() {
            Aanbieder roc = new Aanbieder("Noorderpoort", KvkNumber.of("41010001"), AanbiederSoort.ONDERWIJSINSTELLING,
                    BrinCode.of("25LP"), true, JAN_2024, Iban.of("NL91ABNA0417164300"), null);
            assertFalse(roc.isWebErkendOp(JAN_2024.minusDays(1)));
            assertTrue(roc.isWebErkendOp(JAN_2024));
            assertFalse(taalaanbieder().isWebErkendOp(JAN_2024));
        }

        @Test
        void wijzigKeepsTheKeurmerkHistory() {
            Aanbieder a = taalaanbieder();
            a.registreerKeurmerk(KeurmerkStatus.GELDIG, JAN_2024, END_2026);
            a.wijzig("Taalhuis Groningen B.V.", KvkNumber.of("12345678"), AanbiederSoort.TAALAANBIEDER, null, false,
                    null, Iban.of("NL20INGB0001234567"), null);
            assertEquals("Taalhuis Groningen B.V.", a.getNaam());
            assertEquals("NL20INGB0001234567", a.getIban().value());
            assertEquals(1, a.getKeurmerkHistorie().size());
        }
    }
}
