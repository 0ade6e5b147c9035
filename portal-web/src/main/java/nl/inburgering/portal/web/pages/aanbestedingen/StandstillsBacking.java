package nl.inburgering.portal.web.pages.aanbestedingen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.tendering.aanbesteding.Aanbesteding;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingService;
import nl.inburgering.portal.tendering.gunning.GunningService;
import nl.inburgering.portal.tendering.gunning.Gunningsvoornemen;
import nl.inburgering.portal.tendering.gunning.Standstill;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * The contract manager's dashboard card "Lopende standstills" (DESIGN.md, "Signals": standstills
 * ending): every sent award decision not yet followed by the definitive award, by end date, with the
 * days left. Empty for other roles.
 */
@Named
@RequestScoped
public class StandstillsBacking {

    @Inject
    CurrentUser currentUser;

    @Inject
    GunningService gunning;

    @Inject
    AanbestedingService aanbestedingen;

    private List<Regel> regels;

    /** One running (or ended, not yet awarded) standstill. */
    public record Regel(long aanbestedingId, String referentie, String titel, LocalDate standstillEinde,
            long dagenResterend, boolean verstreken) {
    }

    public List<Regel> getRegels() {
        if (regels == null) {
            regels = new ArrayList<>();
            if (currentUser.isContractbeheerder()) {
                LocalDate vandaag = LocalDate.now(Aanbestedingen.ZONE);
                for (Gunningsvoornemen v : gunning.lopendeStandstills(currentUser.actor())) {
                    try {
                        Aanbesteding a = aanbestedingen.get(currentUser.actor(), v.getAanbestedingId());
                        Standstill s = v.standstill();
                        regels.add(new Regel(a.getId(), a.getReferentie(), a.getTitel(), s.einde(),
                                s.dagenResterend(vandaag), s.isVerstreken(vandaag)));
                    } catch (NotFoundException e) {
                        // not visible: not shown
                    }
                }
            }
        }
        return regels;
    }
}
