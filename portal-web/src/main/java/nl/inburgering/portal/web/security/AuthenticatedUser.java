package nl.inburgering.portal.web.security;

import java.io.Serializable;
import nl.inburgering.portal.contracts.access.Actor;

/** Who a request belongs to, as established by {@link PortalAuthenticationMechanism}. */
public record AuthenticatedUser(long gebruikerId, String naam, Actor actor, boolean viaToken) implements Serializable {
}
