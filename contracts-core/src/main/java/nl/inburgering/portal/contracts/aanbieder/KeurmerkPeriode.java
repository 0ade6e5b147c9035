package nl.inburgering.portal.contracts.aanbieder;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import nl.inburgering.portal.contracts.shared.FieldChecks;

/**
 * One period of a provider's keurmerk history: a status from a date on. A {@link KeurmerkStatus#GELDIG}
 * period always has a valid-until date (the Blik op Werk certificate expires); any other status may
 * have one. A period lasts until the next period starts, or until its valid-until date, whichever
 * comes first.
 */
@Embeddable
public class KeurmerkPeriode implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private KeurmerkStatus status;

    @Column(name = "vanaf", nullable = false)
    private LocalDate vanaf;

    @Column(name = "geldig_tot")
    private LocalDate geldigTot;

    protected KeurmerkPeriode() {
    }

    public KeurmerkPeriode(KeurmerkStatus status, LocalDate vanaf, LocalDate geldigTot) {
        FieldChecks checks = new FieldChecks();
        check(checks, status, vanaf, geldigTot);
        checks.throwIfAny();
        this.status = status;
        this.vanaf = vanaf;
        this.geldigTot = geldigTot;
    }

    static void check(FieldChecks checks, KeurmerkStatus status, LocalDate vanaf, LocalDate geldigTot) {
        checks.required("status", status);
        checks.required("vanaf", vanaf);
        if (status == KeurmerkStatus.GELDIG) {
            checks.check(geldigTot != null, "geldigTot", "keurmerk.geldig-tot-verplicht",
                    "Een geldig keurmerk heeft een einddatum: vul 'geldig tot' in.");
        }
        if (vanaf != null && geldigTot != null) {
            checks.check(!geldigTot.isBefore(vanaf), "geldigTot", "keurmerk.volgorde",
                    "'Geldig tot' ligt niet voor 'vanaf'.");
        }
    }

    /** Whether this period is in force on the date, ignoring later periods. */
    public boolean dektDatum(LocalDate d) {
        return !d.isBefore(vanaf) && (geldigTot == null || !d.isAfter(geldigTot));
    }

    public KeurmerkStatus getStatus() {
        return status;
    }

    public LocalDate getVanaf() {
        return vanaf;
    }

    /** Required for GELDIG, optional otherwise. */
    public LocalDate getGeldigTot() {
        return geldigTot;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeurmerkPeriode p && status == p.status && Objects.equals(vanaf, p.vanaf)
                && Objects.equals(geldigTot, p.geldigTot);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, vanaf, geldigTot);
    }

    @Override
    public String toString() {
        return status + " vanaf " + vanaf + (geldigTot == null ? "" : " tot en met " + geldigTot);
    }
}
