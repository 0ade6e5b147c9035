package nl.inburgering.portal.web.security;

import java.time.Instant;

/** An API token as its owner sees it later: name and prefix, never the token. */
public record ApiTokenView(long id, String naam, String prefix, Instant aangemaakt, Instant laatstGebruikt,
        Instant ingetrokken) {

    public boolean isActief() {
        return ingetrokken == null;
    }
}
