package nl.inburgering.portal.web.pages.aanbieders;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import nl.inburgering.portal.contracts.aanbieder.AanbiederService;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * Names of providers referenced by id (a contract knows its provider by id only), looked up once per
 * request through {@link AanbiederService}, so tenancy applies: a provider the user may not see has
 * no name here.
 */
@Named
@RequestScoped
public class AanbiederNamen {

    @Inject
    CurrentUser currentUser;

    @Inject
    AanbiederService aanbieders;

    private final Map<Long, String> namen = new HashMap<>();

    public String naam(Long aanbiederId) {
        if (aanbiederId == null) {
            return "";
        }
        return namen.computeIfAbsent(aanbiederId, id -> {
            try {
                return aanbieders.get(currentUser.actor(), id).getNaam();
            } catch (NotFoundException e) {
                return "—";
            }
        });
    }
}
