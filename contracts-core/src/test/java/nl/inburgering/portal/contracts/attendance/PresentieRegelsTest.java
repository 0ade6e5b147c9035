package nl.inburgering.portal.contracts.attendance;

import nl.inburgering.portal.contracts.shared.Onderdeel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import nl.inburgering.portal.contracts.placement.Onderbreking;
import nl.inburgering.portal.contracts.shared.FieldError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every attendance rule of {@link Presentieregel}, one by one, with its code and field. */
class PresentieRegelsTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 3, 31);
    static final LocalDate START = LocalDate.of(2026, 2, 2);
    static final long ID = 7L;
    static final Plaatsingsperiode LOPEND = new Plaatsingsperiode(ID, 3L, START, null, List.of());

    /** A valid record: Monday 2 March 2026, TAAL, 3 of 3 hours. */
    static PresentieInvoer record() {
        return rec("2026-03-02", "3", "3", null);
    }

    static PresentieInvoer rec(String datum, String geroosterd, String aanwezig, Verzuimreden reden) {
        return new PresentieInvoer(ID, LocalDate.parse(datum), Onderdeel.TAAL,
                geroosterd == null ? null : new BigDecimal(geroosterd), aanwezig == null ? null : new BigDecimal(aanwezig),
                reden);
    }

    static List<FieldError> toets(PresentieInvoer in) {
        return toets(in, LOPEND);
    }

    static List<FieldError> toets(PresentieInvoer in, Plaatsingsperiode p) {
        return PresentieRegels.toets(in, p, VANDAAG, Set.of(), BigDecimal.ZERO, true);
    }

    static List<String> codes(List<FieldError> fouten) {
        return fouten.stream().map(FieldError::code).toList();
    }

    @Test
    void aValidRecordBreaksNoRule() {
        assertEquals(List.of(), toets(record()));
        assertEquals(List.of(), toets(rec("2026-03-02", "3", "1.25", Verzuimreden.ONGEOORLOOFD)));
        assertEquals(List.of(), toets(rec("2026-03-02", "0", "0", null)));
    }

    @Nested
    class P01OnbekendePlaatsing {

        @Test
        void anUnknownPlacementAndAnotherProvidersAreTheSameAnswer() {
            // the service passes null for both: it only knows the submitter's own placements
            List<FieldError> fouten = toets(record(), null);
            assertEquals(List.of(new FieldError("plaatsingId", "P01", "Onbekende plaatsing.")), fouten);
        }

        @Test
        void thePlacementFactsMustBeOfThisRecordsPlacement() {
            Plaatsingsperiode andere = new Plaatsingsperiode(8L, 3L, START, null, List.of());
            assertEquals(List.of("P01"), codes(toets(record(), andere)));
        }

        @Test
        void withoutThePlacementTheRulesThatNeedItAreSkippedTheOthersNot() {
            PresentieInvoer in = rec("2026-01-01", "3.1", "3", null);
            assertEquals(List.of("P01", "P06"), codes(toets(in, null)));
        }
    }

    @Test
    void p02EveryFieldButTheReasonIsRequiredAndAllMissingOnesAreNamed() {
        PresentieInvoer leeg = new PresentieInvoer(null, null, null, null, null, null);
        List<FieldError> fouten = toets(leeg, null);
        assertEquals(List.of("P02", "P02", "P02", "P02", "P02"), codes(fouten));
        assertEquals(List.of("plaatsingId", "datum", "onderdeel", "geroosterdeUren", "aanwezigeUren"),
                fouten.stream().map(FieldError::field).toList());
    }

    @Nested
    class P03DatumInToekomst {

        @Test
        void tomorrowIsRefusedTodayIsNot() {
            assertEquals(List.of("P03"), codes(toets(rec("2026-04-01", "3", "3", null))));
            assertEquals(List.of(), toets(rec("2026-03-31", "3", "3", null)));
        }
    }

    @Nested
    class P04ActievePeriode {

        @Test
        void theStartDateIsTheFirstDay() {
            assertEquals(List.of(), toets(rec("2026-02-02", "3", "3", null)));
            List<FieldError> fouten = toets(rec("2026-02-01", "3", "3", null));
            assertEquals(List.of("P04"), codes(fouten));
            assertEquals("datum", fouten.get(0).field());
            assertTrue(fouten.get(0).message().contains("2026-02-02"));
        }

        @Test
        void theEndDateIsTheLastDay() {
            Plaatsingsperiode afgerond = new Plaatsingsperiode(ID, 3L, START, LocalDate.of(2026, 3, 13), List.of());
            assertEquals(List.of(), toets(rec("2026-03-13", "3", "3", null), afgerond));
            assertEquals(List.of("P04"), codes(toets(rec("2026-03-14", "3", "3", null), afgerond)));
        }

        @Test
        void aPlacementThatNeverStartedHasNoActivePeriod() {
            Plaatsingsperiode nooit = new Plaatsingsperiode(ID, 3L, null, null, List.of());
            List<FieldError> fouten = toets(record(), nooit);
            assertEquals(List.of("P04"), codes(fouten));
            assertTrue(fouten.get(0).message().contains("niet gestart"));
        }
    }

    @Nested
    class P05Onderbroken {

        final Plaatsingsperiode gepauzeerd = new Plaatsingsperiode(ID, 3L, START, null,
                List.of(new Onderbreking(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 13), null),
                        new Onderbreking(LocalDate.of(2026, 3, 23), null, null)));

        @Test
        void onAPauseDayNoHoursAreScheduledOrAttended() {
            assertEquals(List.of("P05"), codes(toets(rec("2026-03-09", "3", "3", null), gepauzeerd)));
            assertEquals(List.of("P05"), codes(toets(rec("2026-03-13", "2", "0", Verzuimreden.ZIEK), gepauzeerd)));
            // a pause still open covers every day from its start
            assertEquals(List.of("P05"), codes(toets(rec("2026-03-30", "1", "1", null), gepauzeerd)));
        }

        @Test
        void zeroAndZeroIsAcceptedOnAPauseDayToClearARecord() {
            assertEquals(List.of(), toets(rec("2026-03-10", "0", "0", null), gepauzeerd));
        }

        @Test
        void theDaysAroundThePauseAreOrdinary() {
            assertEquals(List.of(), toets(rec("2026-03-06", "3", "3", null), gepauzeerd));
            assertEquals(List.of(), toets(rec("2026-03-16", "3", "3", null), gepauzeerd));
        }
    }

    @Nested
    class P06Kwartieren {

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.25", "0.5", "0.75", "1.00", "11.75", "12"})
        void wholeQuarterHoursAreAccepted(String uren) {
            assertEquals(List.of(), toets(rec("2026-03-02", uren, uren, null)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0.1", "1.3", "2.333", "0.2", "-1", "-0.25"})
        void otherHoursAreRefusedOnEachField(String uren) {
            List<FieldError> fouten = toets(rec("2026-03-02", uren, uren, null));
            assertEquals(List.of("P06", "P06"), codes(fouten));
            assertEquals(List.of("geroosterdeUren", "aanwezigeUren"), fouten.stream().map(FieldError::field).toList());
        }
    }

    @Test
    void p07AttendedHoursDoNotExceedScheduledHours() {
        List<FieldError> fouten = toets(rec("2026-03-02", "2", "2.25", null));
        assertEquals(List.of("P07"), codes(fouten));
        assertEquals("aanwezigeUren", fouten.get(0).field());
    }

    @Nested
    class P08TwaalfUurPerDag {

        @Test
        void exactlyTwelveHoursIsAcceptedAQuarterMoreIsNot() {
            assertEquals(List.of(), toets(rec("2026-03-02", "12", "12", null)));
            assertEquals(List.of("P08"), codes(toets(rec("2026-03-02", "12.25", "12.25", null))));
        }

        @Test
        void theOtherComponentsOfTheDayCount() {
            PresentieInvoer vier = rec("2026-03-02", "4", "4", null);
            assertEquals(List.of(), PresentieRegels.toets(vier, LOPEND, VANDAAG, Set.of(), new BigDecimal("8"), true));
            List<FieldError> fouten = PresentieRegels.toets(vier, LOPEND, VANDAAG, Set.of(), new BigDecimal("8.25"),
                    true);
            assertEquals(List.of("P08"), codes(fouten));
            assertTrue(fouten.get(0).message().contains("12,25"), fouten.get(0).message());
        }
    }

    @Nested
    class P09P10Verzuimreden {

        @Test
        void aReasonIsRequiredWhenFewerHoursWereAttended() {
            List<FieldError> fouten = toets(rec("2026-03-02", "3", "2.75", null));
            assertEquals(List.of("P09"), codes(fouten));
            assertEquals("verzuimreden", fouten.get(0).field());
            for (Verzuimreden r : Verzuimreden.values()) {
                assertEquals(List.of(), toets(rec("2026-03-02", "3", "0", r)));
            }
        }

        @Test
        void noReasonWhenAllScheduledHoursWereAttended() {
            assertEquals(List.of("P10"), codes(toets(rec("2026-03-02", "3", "3", Verzuimreden.GEOORLOOFD))));
            assertEquals(List.of("P10"), codes(toets(rec("2026-03-02", "0", "0", Verzuimreden.ZIEK))));
        }
    }

    @Nested
    class P11MaandAfgesloten {

        @Test
        void aRecordInASettledMonthIsRefusedPointingToTheCorrectionRequest() {
            List<FieldError> fouten = PresentieRegels.toets(rec("2026-02-27", "3", "3", null), LOPEND, VANDAAG,
                    Set.of(YearMonth.of(2026, 2)), BigDecimal.ZERO, true);
            assertEquals(List.of("P11"), codes(fouten));
            assertTrue(fouten.get(0).message().contains("correctieverzoek"));
        }

        @Test
        void theNextMonthIsOpen() {
            assertEquals(List.of(), PresentieRegels.toets(rec("2026-03-02", "3", "3", null), LOPEND, VANDAAG,
                    Set.of(YearMonth.of(2026, 2)), BigDecimal.ZERO, true));
        }

        @Test
        void anApprovedCorrectionIsTheWayIn() {
            assertEquals(List.of(), PresentieRegels.toets(rec("2026-02-27", "3", "3", null), LOPEND, VANDAAG,
                    Set.of(YearMonth.of(2026, 2)), BigDecimal.ZERO, false));
        }
    }

    @Test
    void everyCodeIsUniqueAndStable() {
        List<String> codes = java.util.Arrays.stream(Presentieregel.values()).map(Presentieregel::code).toList();
        assertEquals(List.of("P01", "P02", "P03", "P04", "P05", "P06", "P07", "P08", "P09", "P10", "P11", "P12"),
                codes);
        assertEquals(Presentieregel.MAAND_AFGESLOTEN, Presentieregel.metCode("P11"));
    }

    @Test
    void severalBrokenRulesAreAllListed() {
        List<FieldError> fouten = toets(rec("2026-01-05", "13", "14", Verzuimreden.ZIEK));
        assertEquals(List.of("P04", "P07", "P08"), codes(fouten));
    }
}
