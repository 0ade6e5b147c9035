package nl.inburgering.portal.web.security;

import nl.inburgering.portal.contracts.access.Role;

/** Input for a new account, as typed; {@link UserAccountService#createUser} validates all of it. */
public record NieuweGebruiker(String gebruikersnaam, String naam, String wachtwoord, Role rol, Long gemeenteId,
        Long aanbiederId) {
}
