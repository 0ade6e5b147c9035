package nl.inburgering.portal.contracts.access;

import java.util.Objects;

/**
 * Who is acting: a logged-in user or an API token acting for that user. Every service method that
 * reads or writes tenant data takes an Actor, so tenancy is decided on the server, in the query.
 *
 * <p>A {@link Role#GEMEENTE} actor is bound to exactly one gemeente, an {@link Role#AANBIEDER} actor
 * to exactly one provider; the other roles to neither.
 */
public record Actor(String username, Role role, Long gemeenteId, Long aanbiederId) implements java.io.Serializable {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role == Role.GEMEENTE && (gemeenteId == null || aanbiederId != null)) {
            throw new IllegalArgumentException("a GEMEENTE user is bound to exactly one gemeente");
        }
        if (role == Role.AANBIEDER && (aanbiederId == null || gemeenteId != null)) {
            throw new IllegalArgumentException("an AANBIEDER user is bound to exactly one provider");
        }
        if ((role == Role.CONTRACTBEHEERDER || role == Role.BEHEERDER) && (gemeenteId != null || aanbiederId != null)) {
            throw new IllegalArgumentException(role + " is not bound to a gemeente or provider");
        }
    }

    /** The system itself (start-up, demo data, scheduled jobs). */
    public static Actor system() {
        return new Actor("systeem", Role.BEHEERDER, null, null);
    }

    public boolean is(Role r) {
        return role == r;
    }

    /** Contract managers see the whole region. */
    public boolean seesWholeRegion() {
        return role == Role.CONTRACTBEHEERDER;
    }
}
