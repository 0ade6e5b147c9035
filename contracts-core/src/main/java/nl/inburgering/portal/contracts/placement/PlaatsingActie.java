package nl.inburgering.portal.contracts.placement;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.inburgering.portal.contracts.shared.StateConflictException;

/**
 * The placement state machine (DESIGN.md, "Domain model", Plaatsing): every action with the statuses
 * it may start from and the status it leads to. Any other transition is refused with a
 * {@link StateConflictException} whose Dutch message names the current status.
 *
 * <pre>
 * AANGEMELD --voorstellen--> VOORGESTELD --accepteren--> GEACCEPTEERD --starten--> GESTART
 *              VOORGESTELD --weigeren--> AANGEMELD (back to the pool, with the reason)
 *              GESTART --onderbreken--> ONDERBROKEN --hervatten--> GESTART
 *              GESTART | ONDERBROKEN --afronden--> AFGEROND
 *              GEACCEPTEERD | GESTART | ONDERBROKEN --beeindigen (provider)--> VOORTIJDIG_BEEINDIGD
 *              AANGEMELD | VOORGESTELD | GEACCEPTEERD --intrekken (gemeente)--> VOORTIJDIG_BEEINDIGD
 *              any lopende status --overstappen (gemeente)--> VOORTIJDIG_BEEINDIGD (reason OVERSTAP)
 * </pre>
 * The design names the statuses and the main line; where it is silent this table adds what a
 * contract manager expects: a referral that is no longer needed (the inburgeraar moved before the
 * course began) can be withdrawn, a provider can end an accepted placement the inburgeraar never
 * started (no-show), and a route switch is possible from every status that is not yet final.
 */
public enum PlaatsingActie {

    VOORSTELLEN("voorgesteld", PlaatsingStatus.VOORGESTELD, PlaatsingStatus.AANGEMELD),
    ACCEPTEREN("geaccepteerd", PlaatsingStatus.GEACCEPTEERD, PlaatsingStatus.VOORGESTELD),
    WEIGEREN("geweigerd", PlaatsingStatus.AANGEMELD, PlaatsingStatus.VOORGESTELD),
    STARTEN("gestart", PlaatsingStatus.GESTART, PlaatsingStatus.GEACCEPTEERD),
    ONDERBREKEN("onderbroken", PlaatsingStatus.ONDERBROKEN, PlaatsingStatus.GESTART),
    HERVATTEN("hervat", PlaatsingStatus.GESTART, PlaatsingStatus.ONDERBROKEN),
    AFRONDEN("afgerond", PlaatsingStatus.AFGEROND, PlaatsingStatus.GESTART, PlaatsingStatus.ONDERBROKEN),
    BEEINDIGEN("voortijdig beëindigd", PlaatsingStatus.VOORTIJDIG_BEEINDIGD, PlaatsingStatus.GEACCEPTEERD,
            PlaatsingStatus.GESTART, PlaatsingStatus.ONDERBROKEN),
    INTREKKEN("ingetrokken", PlaatsingStatus.VOORTIJDIG_BEEINDIGD, PlaatsingStatus.AANGEMELD,
            PlaatsingStatus.VOORGESTELD, PlaatsingStatus.GEACCEPTEERD),
    OVERSTAPPEN("beëindigd voor een overstap", PlaatsingStatus.VOORTIJDIG_BEEINDIGD, PlaatsingStatus.AANGEMELD,
            PlaatsingStatus.VOORGESTELD, PlaatsingStatus.GEACCEPTEERD, PlaatsingStatus.GESTART,
            PlaatsingStatus.ONDERBROKEN);

    private final String voltooid;
    private final PlaatsingStatus naar;
    private final Set<PlaatsingStatus> vanuit;

    PlaatsingActie(String voltooid, PlaatsingStatus naar, PlaatsingStatus eerste, PlaatsingStatus... andere) {
        this.voltooid = voltooid;
        this.naar = naar;
        this.vanuit = Set.copyOf(EnumSet.of(eerste, andere));
    }

    /** The status this action leads to. */
    public PlaatsingStatus naar() {
        return naar;
    }

    /** The statuses this action may start from. */
    public Set<PlaatsingStatus> vanuit() {
        return vanuit;
    }

    public boolean magVanuit(PlaatsingStatus huidig) {
        return vanuit.contains(huidig);
    }

    /**
     * The status after this action, or a {@link StateConflictException} with a Dutch message that names
     * the current status and the statuses the action is allowed from.
     */
    public PlaatsingStatus vanuit(PlaatsingStatus huidig) {
        Objects.requireNonNull(huidig, "huidig");
        if (!magVanuit(huidig)) {
            String toegestaan = EnumSet.copyOf(vanuit).stream().map(Enum::name).collect(Collectors.joining(", "));
            throw new StateConflictException("Deze plaatsing heeft status " + huidig + " en kan niet worden "
                    + voltooid + "; dat kan alleen bij status " + toegestaan + ".");
        }
        return naar;
    }
}
