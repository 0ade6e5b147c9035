package nl.inburgering.portal.openhouse.registratie;

/** Life cycle of a self-registration: {@code AANGEVRAAGD -> GOEDGEKEURD | AFGEWEZEN}; both final. */
public enum RegistratieStatus {
    /** Submitted on the public page; the account does not work yet. */
    AANGEVRAAGD,
    /** A contract manager approved it: the provider exists in contracts-core and the account may be made. */
    GOEDGEKEURD,
    /** A contract manager rejected it, with a reason. */
    AFGEWEZEN
}
