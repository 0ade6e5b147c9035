package nl.inburgering.portal.web.pages.plaatsingen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.inburgering.portal.contracts.placement.PlaatsingFilter;
import nl.inburgering.portal.contracts.placement.PlaatsingService;
import nl.inburgering.portal.contracts.placement.PlaatsingStatus;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * The counts of the dashboard's placement cards, within the user's tenancy: for a provider the proposals
 * waiting for it to accept or decline, for the contract manager the referrals waiting for allocation,
 * for a gemeente its inburgeraars' placements that are not final yet.
 */
@Named
@RequestScoped
public class PlaatsingTellers {

    @Inject
    CurrentUser currentUser;

    @Inject
    PlaatsingService plaatsingen;

    public long getTeBeoordelen() {
        return plaatsingen.count(currentUser.actor(),
                new PlaatsingFilter(null, null, null, PlaatsingStatus.VOORGESTELD, null, null));
    }

    public long getWachtend() {
        return plaatsingen.count(currentUser.actor(), PlaatsingFilter.wachtend(null));
    }

    public long getLopend() {
        return plaatsingen.count(currentUser.actor(), new PlaatsingFilter(null, null, null, null, null, true));
    }
}
