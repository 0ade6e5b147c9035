package nl.inburgering.portal.openhouse.procedure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * One published condition of a procedure version (DESIGN.md, "Open House procedure": a list of
 * requirements, each mandatory or not). Numbered from 1 in the order shown; an application answers
 * and the contract manager assesses each by that number. Immutable: a changed condition is a new
 * version of the procedure.
 */
@Embeddable
public class Eis implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_OMSCHRIJVING = 500;
    static final int MAX_TOELICHTING = 2000;

    @Column(name = "volgnummer", nullable = false)
    private int volgnummer;

    @Column(name = "omschrijving", nullable = false, length = MAX_OMSCHRIJVING)
    private String omschrijving;

    @Column(name = "toelichting", length = MAX_TOELICHTING)
    private String toelichting;

    @Column(name = "verplicht", nullable = false)
    private boolean verplicht;

    protected Eis() {
    }

    public Eis(int volgnummer, String omschrijving, String toelichting, boolean verplicht) {
        if (volgnummer < 1) {
            throw new IllegalArgumentException("volgnummer < 1");
        }
        if (omschrijving == null || omschrijving.isBlank()) {
            throw new IllegalArgumentException("omschrijving is required");
        }
        this.volgnummer = volgnummer;
        this.omschrijving = omschrijving.strip();
        this.toelichting = toelichting == null || toelichting.isBlank() ? null : toelichting.strip();
        this.verplicht = verplicht;
    }

    /** Same condition, whatever its number: the text, the explanation and whether it is mandatory. */
    public boolean zelfdeInhoud(Eis other) {
        return omschrijving.equals(other.omschrijving) && Objects.equals(toelichting, other.toelichting)
                && verplicht == other.verplicht;
    }

    public int getVolgnummer() {
        return volgnummer;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    /** Optional: how it is assessed, which evidence is expected. */
    public String getToelichting() {
        return toelichting;
    }

    public boolean isVerplicht() {
        return verplicht;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Eis e && volgnummer == e.volgnummer && zelfdeInhoud(e);
    }

    @Override
    public int hashCode() {
        return Objects.hash(volgnummer, omschrijving, toelichting, verplicht);
    }

    @Override
    public String toString() {
        return "eis " + volgnummer + (verplicht ? " (verplicht)" : "") + ": " + omschrijving;
    }
}
