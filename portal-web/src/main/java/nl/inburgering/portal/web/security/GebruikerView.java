package nl.inburgering.portal.web.security;

import nl.inburgering.portal.contracts.access.Role;

/** A user account as pages and the API show it: never the password hash. */
public record GebruikerView(long id, String gebruikersnaam, String naam, Role rol, Long gemeenteId,
        Long aanbiederId, boolean actief) {
}
