package nl.inburgering.portal.contracts.attendance.internal;

import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.contracts.shared.internal.JpqlWhere;

/**
 * The tenancy of everything that hangs off a placement (attendance, results, corrections), in the query
 * (DESIGN.md, "Users"): the contract manager sees all; a gemeente what concerns its own inburgeraars (the
 * gemeente fixed on the placement); a provider what concerns the placements on its own contracts; the
 * application administrator nothing (personal data).
 */
public final class Tenancy {

    private Tenancy() {
    }

    /**
     * @param plaatsingPad the JPQL path of the placement id, e.g. {@code r.plaatsingId}
     * @param wat          for the refusal of the administrator: what is not shown ("presenties")
     */
    public static JpqlWhere opPlaatsing(Actor actor, String plaatsingPad, String wat) {
        JpqlWhere where = new JpqlWhere();
        switch (actor.role()) {
            case CONTRACTBEHEERDER -> {
                // the whole region
            }
            case GEMEENTE -> where.and(plaatsingPad + " in (select tp.id from Plaatsing tp where tp.gemeenteId"
                    + " = :eigenGemeente)", "eigenGemeente", actor.gemeenteId());
            case AANBIEDER -> where.and(plaatsingPad + " in (select tp.id from Plaatsing tp where tp.contractId in"
                    + " (select tc.id from Contract tc where tc.aanbiederId = :eigenAanbieder))", "eigenAanbieder",
                    actor.aanbiederId());
            case BEHEERDER -> throw new NotAllowedException("Beheerders zien geen " + wat + " van inburgeraars.");
            default -> throw new IllegalStateException(String.valueOf(actor.role()));
        }
        return where;
    }
}
