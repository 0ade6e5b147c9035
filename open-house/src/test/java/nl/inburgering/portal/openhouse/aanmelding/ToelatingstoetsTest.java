package nl.inburgering.portal.openhouse.aanmelding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import nl.inburgering.portal.contracts.aanbieder.Aanbieder;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.Leerroute;
import org.junit.jupiter.api.Test;

class ToelatingstoetsTest {

    private static final LocalDate BESLUIT = LocalDate.of(2026, 3, 2);

    private static final List<Antwoord> ALLES_VOLDAAN = List.of(
            Antwoord.leeg(1, true).metBeoordeling(true, null),
            Antwoord.leeg(2, true).metBeoordeling(true, null),
            Antwoord.leeg(3, false));

    private static List<String> bezwaren(List<Antwoord> antwoorden, Leerroute route, Aanbieder aanbieder) {
        FieldChecks checks = new FieldChecks();
        Toelatingstoets.toets(checks, antwoorden, route, aanbieder, BESLUIT);
        return checks.errors().stream().map(FieldError::code).toList();
    }

    @Test
    void aWebRecognisedInstitutionMeetingEveryMandatoryConditionIsAdmitted() {
        assertEquals(List.of(), bezwaren(ALLES_VOLDAAN, Leerroute.ONDERWIJSROUTE, Aanbieders.webErkendeInstelling()));
    }

    @Test
    void optionalConditionsDoNotCountEvenWhenNotMet() {
        List<Antwoord> a = List.of(Antwoord.leeg(1, true).metBeoordeling(true, null),
                Antwoord.leeg(2, false).metBeoordeling(false, "geen referenties"));
        assertEquals(List.of(), bezwaren(a, Leerroute.ONDERWIJSROUTE, Aanbieders.webErkendeInstelling()));
    }

    @Test
    void everyMandatoryConditionMustBeAssessedAndMet() {
        List<Antwoord> a = List.of(Antwoord.leeg(1, true).metBeoordeling(false, "geen besluit"),
                Antwoord.leeg(2, true), Antwoord.leeg(3, true).metBeoordeling(true, null));
        FieldChecks checks = new FieldChecks();
        Toelatingstoets.toets(checks, a, Leerroute.ONDERWIJSROUTE, Aanbieders.webErkendeInstelling(), BESLUIT);
        assertEquals(List.of("Aan verplichte eis 1 is niet voldaan.", "Verplichte eis 2 is nog niet beoordeeld."),
                checks.errors().stream().map(FieldError::message).toList());
    }

    @Test
    void theOnderwijsrouteIsOnlyForEducationInstitutions() {
        assertEquals(List.of("toelating.geen-onderwijsinstelling"),
                bezwaren(ALLES_VOLDAAN, Leerroute.ONDERWIJSROUTE, Aanbieders.taalaanbieder()));
    }

    @Test
    void theOnderwijsrouteNeedsWebRecognitionOnTheDecisionDate() {
        assertEquals(List.of("toelating.geen-web-erkenning"),
                bezwaren(ALLES_VOLDAAN, Leerroute.ONDERWIJSROUTE, Aanbieders.instellingZonderWeb()));
        assertEquals(List.of("toelating.geen-web-erkenning"),
                bezwaren(ALLES_VOLDAAN, Leerroute.ONDERWIJSROUTE, Aanbieders.webErkendSinds(BESLUIT.plusDays(1))));
        assertEquals(List.of(), bezwaren(ALLES_VOLDAAN, Leerroute.ONDERWIJSROUTE, Aanbieders.webErkendSinds(BESLUIT)));
    }

    @Test
    void theOnderwijsrouteNeedsABrinOrRioCode() {
        assertEquals(List.of("toelating.geen-brin"),
                bezwaren(ALLES_VOLDAAN, Leerroute.ONDERWIJSROUTE, Aanbieders.instellingZonderBrin()));
    }

    @Test
    void otherRoutesDoNotAskForWebRecognition() {
        assertEquals(List.of(), bezwaren(ALLES_VOLDAAN, Leerroute.B1_ROUTE, Aanbieders.taalaanbieder()));
    }

    @Test
    void allReasonsAgainstAreReportedTogether() {
        List<Antwoord> a = List.of(Antwoord.leeg(1, true).metBeoordeling(false, "nee"));
        assertEquals(List.of("toelating.eis-niet-voldaan", "toelating.geen-web-erkenning"),
                bezwaren(a, Leerroute.ONDERWIJSROUTE, Aanbieders.instellingZonderWeb()));
    }
}
