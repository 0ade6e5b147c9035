package nl.inburgering.portal.contracts.attendance;

import nl.inburgering.portal.contracts.shared.Onderdeel;
import static nl.inburgering.portal.contracts.shared.InvalidInputAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import org.junit.jupiter.api.Test;

/** A correction request from proposal to settlement (DESIGN.md, "Settlement", Corrections). */
class CorrectieverzoekTest {

    static final Actor AANBIEDER = new Actor("planner.taalhuis", Role.AANBIEDER, null, 10L);
    static final Actor CONTRACTBEHEERDER = new Actor("contractbeheerder", Role.CONTRACTBEHEERDER, null, null);
    static final PresentieInvoer NIEUW = new PresentieInvoer(7L, LocalDate.of(2026, 2, 27), Onderdeel.TAAL,
            new BigDecimal("3"), new BigDecimal("3"), null);
    static final PresentieView OUD = new PresentieView(1L, 7L, LocalDate.of(2026, 2, 27), Onderdeel.TAAL,
            new BigDecimal("3"), new BigDecimal("1"), Verzuimreden.ONGEOORLOOFD, "planner.taalhuis", Instant.now(), null);

    static Correctieverzoek verzoek() {
        return new Correctieverzoek(7L, 3L, NIEUW, OUD, "Presentielijst later binnengekomen", AANBIEDER);
    }

    @Test
    void aProposalKeepsTheOldRecordBesideTheNewAndRemembersTheMonth() {
        CorrectieView v = verzoek().view();
        assertEquals(CorrectieStatus.INGEDIEND, v.status());
        assertEquals(YearMonth.of(2026, 2), v.maand());
        assertEquals(new BigDecimal("1"), v.oudAanwezig());
        assertEquals(Verzuimreden.ONGEOORLOOFD, v.oudVerzuimreden());
        assertEquals(new BigDecimal("3"), v.nieuwAanwezig());
        assertFalse(v.teVerrekenen());
    }

    @Test
    void aProposalNeedsAReason() {
        assertRefused("verplicht", () -> new Correctieverzoek(7L, 3L, NIEUW, null, " ", AANBIEDER));
    }

    @Test
    void anApprovedCorrectionWaitsForTheNextSettlementAndIsBilledOnce() {
        Correctieverzoek c = verzoek();
        c.keurGoed(null, CONTRACTBEHEERDER);
        assertTrue(c.isTeVerrekenen());
        assertEquals("contractbeheerder", c.view().beoordeeldDoor());

        c.markeerVerrekend(YearMonth.of(2026, 4));
        assertFalse(c.isTeVerrekenen());
        assertEquals(YearMonth.of(2026, 4), c.view().verrekendIn());
        assertThrows(StateConflictException.class, () -> c.markeerVerrekend(YearMonth.of(2026, 5)));
    }

    @Test
    void aRejectionNeedsAReasonAndIsNeverSettled() {
        Correctieverzoek c = verzoek();
        assertRefused("verplicht", () -> c.wijsAf("", CONTRACTBEHEERDER));
        c.wijsAf("Geen presentielijst bijgevoegd", CONTRACTBEHEERDER);
        assertEquals(CorrectieStatus.AFGEWEZEN, c.getStatus());
        assertFalse(c.isTeVerrekenen());
        assertThrows(StateConflictException.class, () -> c.markeerVerrekend(YearMonth.of(2026, 4)));
    }

    @Test
    void aDecisionIsFinal() {
        Correctieverzoek c = verzoek();
        c.wijsAf("Onvoldoende onderbouwd", CONTRACTBEHEERDER);
        assertThrows(StateConflictException.class, () -> c.keurGoed(null, CONTRACTBEHEERDER));
        assertThrows(StateConflictException.class, () -> c.wijsAf("nogmaals", CONTRACTBEHEERDER));
    }
}
