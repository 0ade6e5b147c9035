package nl.inburgering.portal.contracts.placement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life cycle of a placement (DESIGN.md, "Domain model", Plaatsing):
 * {@code AANGEMELD -> VOORGESTELD -> GEACCEPTEERD -> GESTART <-> ONDERBROKEN -> AFGEROND | VOORTIJDIG_BEEINDIGD}.
 * The legal transitions are in {@link PlaatsingActie}.
 *
 * <p>Two groups matter to the rules:
 * <ul>
 * <li>{@link #LOPEND}: not yet final. An inburgeraar has at most one lopende plaatsing (eligibility
 * rule 5; also a partial unique index in the database).</li>
 * <li>{@link #BEZET_CAPACITEIT}: takes a place on the contract: the open placements of eligibility
 * rule 4 ({@code GEACCEPTEERD}, {@code GESTART}, {@code ONDERBROKEN}) plus {@code VOORGESTELD}, which
 * reserves its place until the provider accepts or declines, so the portal never proposes more
 * placements than a contract can take.</li>
 * </ul>
 */
public enum PlaatsingStatus {
    /** Referred by the gemeente (or the contract manager), waiting for a contract: the pool. */
    AANGEMELD,
    /** Proposed on a contract; waits for the provider to accept or decline. */
    VOORGESTELD,
    /** Accepted by the provider; not yet started. */
    GEACCEPTEERD,
    /** Running since its actual start date. */
    GESTART,
    /** Paused; the pause periods are recorded (settlement subtracts the days ONDERBROKEN). */
    ONDERBROKEN,
    /** Completed. Final. */
    AFGEROND,
    /** Ended early, with a reason ({@link BeeindigingsReden}). Final. */
    VOORTIJDIG_BEEINDIGD;

    /** Not final: at most one per inburgeraar. */
    public static final Set<PlaatsingStatus> LOPEND = Set.copyOf(EnumSet.of(AANGEMELD, VOORGESTELD, GEACCEPTEERD,
            GESTART, ONDERBROKEN));

    /** Open placements of eligibility rule 4 (GEACCEPTEERD, GESTART, ONDERBROKEN). */
    public static final Set<PlaatsingStatus> OPEN = Set.copyOf(EnumSet.of(GEACCEPTEERD, GESTART, ONDERBROKEN));

    /** What counts against a contract's capacity: the open placements plus the proposed ones. */
    public static final Set<PlaatsingStatus> BEZET_CAPACITEIT = Set.copyOf(EnumSet.of(VOORGESTELD, GEACCEPTEERD,
            GESTART, ONDERBROKEN));

    public boolean isLopend() {
        return LOPEND.contains(this);
    }

    public boolean isEind() {
        return !isLopend();
    }

    public boolean bezetCapaciteit() {
        return BEZET_CAPACITEIT.contains(this);
    }
}
