package nl.inburgering.portal.contracts.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.inburgering.portal.contracts.access.Role;

/**
 * One step in a placement's history: when, from which status to which, by whom, on which contract,
 * on which date (the actual start, the first day of a pause, ...) and why (a decline, an end). Immutable;
 * the history only grows.
 */
@Embeddable
public class StatusWijziging implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_TOELICHTING = 500;

    @Column(name = "tijdstip", nullable = false)
    private Instant tijdstip;

    @Enumerated(EnumType.STRING)
    @Column(name = "van_status", length = 30)
    private PlaatsingStatus van;

    @Enumerated(EnumType.STRING)
    @Column(name = "naar_status", nullable = false, length = 30)
    private PlaatsingStatus naar;

    @Column(name = "datum")
    private LocalDate datum;

    @Column(name = "contract_id")
    private Long contractId;

    @Column(name = "door", nullable = false, length = 100)
    private String door;

    @Enumerated(EnumType.STRING)
    @Column(name = "rol", nullable = false, length = 20)
    private Role rol;

    @Column(name = "toelichting", length = MAX_TOELICHTING)
    private String toelichting;

    protected StatusWijziging() {
    }

    /**
     * @param van         null for the referral itself
     * @param datum       optional: the business date of the step
     * @param contractId  the contract concerned, if any (for a decline: the contract declined)
     * @param toelichting optional
     */
    public StatusWijziging(Instant tijdstip, PlaatsingStatus van, PlaatsingStatus naar, LocalDate datum,
            Long contractId, String door, Role rol, String toelichting) {
        this.tijdstip = Objects.requireNonNull(tijdstip, "tijdstip");
        this.van = van;
        this.naar = Objects.requireNonNull(naar, "naar");
        this.datum = datum;
        this.contractId = contractId;
        this.door = Objects.requireNonNull(door, "door");
        this.rol = Objects.requireNonNull(rol, "rol");
        this.toelichting = toelichting;
    }

    public Instant getTijdstip() {
        return tijdstip;
    }

    /** Null for the first step (the referral). */
    public PlaatsingStatus getVan() {
        return van;
    }

    public PlaatsingStatus getNaar() {
        return naar;
    }

    /** Optional: the date the step took effect. */
    public LocalDate getDatum() {
        return datum;
    }

    /** Optional: the contract concerned. */
    public Long getContractId() {
        return contractId;
    }

    /** The user name of who did it. */
    public String getDoor() {
        return door;
    }

    public Role getRol() {
        return rol;
    }

    /** Optional: the reason given. */
    public String getToelichting() {
        return toelichting;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatusWijziging s && tijdstip.equals(s.tijdstip) && van == s.van && naar == s.naar
                && Objects.equals(datum, s.datum) && Objects.equals(contractId, s.contractId) && door.equals(s.door)
                && rol == s.rol && Objects.equals(toelichting, s.toelichting);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tijdstip, van, naar, datum, contractId, door, rol, toelichting);
    }

    @Override
    public String toString() {
        return (van == null ? "" : van + " -> ") + naar + (datum == null ? "" : " op " + datum) + " door " + door;
    }
}
