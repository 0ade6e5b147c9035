package nl.inburgering.portal.web.api.plaatsingen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.inburgering.portal.contracts.placement.PlaatsingActie;
import nl.inburgering.portal.contracts.placement.PlaatsingStatus;
import nl.inburgering.portal.contracts.placement.PlaatsingView;
import nl.inburgering.portal.contracts.shared.Leerroute;
import org.junit.jupiter.api.Test;

/** The actions of a placement become the path segments of the operations a client may call next. */
class PlaatsingDtoTest {

    private static PlaatsingView view(Leerroute route, Set<PlaatsingActie> acties) {
        return new PlaatsingView(5, 0, 7, "A. Haddad", "KL-1", 2, false, route, PlaatsingStatus.AANGEMELD, null, null,
                null, null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 16), null, null, null, null, null, null,
                List.of(), List.of(), acties);
    }

    @Test
    void everyActionIsAnOperation() {
        assertEquals(Set.of(PlaatsingActie.values()), PlaatsingDto.OPERATIES.keySet());
    }

    @Test
    void theOnderwijsrouteIsProposedByNamingTheChoiceTheTenderedRoutesThroughTheWorkbench() {
        Set<PlaatsingActie> gemeente = EnumSet.of(PlaatsingActie.VOORSTELLEN, PlaatsingActie.INTREKKEN,
                PlaatsingActie.OVERSTAPPEN);
        assertEquals(List.of("aanbiederkeuze", "intrekking", "overstap"),
                PlaatsingDto.of(view(Leerroute.ONDERWIJSROUTE, gemeente)).acties());
        assertEquals(List.of("intrekking", "overstap"), PlaatsingDto.of(view(Leerroute.B1_ROUTE, gemeente)).acties());
    }

    @Test
    void theProvidersStepsInTheirOrder() {
        assertEquals(List.of("onderbreking", "afronding", "beeindiging"), PlaatsingDto.of(view(Leerroute.Z_ROUTE,
                EnumSet.of(PlaatsingActie.BEEINDIGEN, PlaatsingActie.AFRONDEN, PlaatsingActie.ONDERBREKEN))).acties());
    }
}
