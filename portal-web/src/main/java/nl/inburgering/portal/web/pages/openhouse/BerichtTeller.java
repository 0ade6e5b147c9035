package nl.inburgering.portal.web.pages.openhouse;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.inburgering.portal.openhouse.bericht.BerichtService;
import nl.inburgering.portal.web.security.CurrentUser;

/** The number of unread messages of a provider, for the menu ({@code #{berichtTeller.ongelezen}}). */
@Named
@RequestScoped
public class BerichtTeller {

    @Inject
    CurrentUser currentUser;

    @Inject
    BerichtService berichten;

    private Long ongelezen;

    /** Zero for anyone but a provider. */
    public long getOngelezen() {
        if (ongelezen == null) {
            ongelezen = currentUser.isAanbieder() ? berichten.aantalOngelezen(currentUser.actor()) : 0L;
        }
        return ongelezen;
    }
}
