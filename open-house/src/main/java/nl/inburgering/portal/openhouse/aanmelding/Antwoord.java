package nl.inburgering.portal.openhouse.aanmelding;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * The provider's answer to one condition of the procedure version, with its evidence, and the
 * contract manager's assessment of it: met or not, with a remark. Part of the {@link Aanmelding}
 * aggregate. Whether the condition is mandatory is copied from the version, which never changes.
 * Immutable: a change replaces the answer.
 */
@Embeddable
public class Antwoord implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_TEKST = 4000;
    static final int MAX_OPMERKING = 2000;

    @Column(name = "eis_volgnummer", nullable = false)
    private int eisVolgnummer;

    @Column(name = "verplicht", nullable = false)
    private boolean verplicht;

    @Column(name = "tekst", length = MAX_TEKST)
    private String tekst;

    @Column(name = "bewijsstuk_id")
    private Long bewijsstukId;

    @Column(name = "voldaan")
    private Boolean voldaan;

    @Column(name = "opmerking", length = MAX_OPMERKING)
    private String opmerking;

    protected Antwoord() {
    }

    private Antwoord(int eisVolgnummer, boolean verplicht, String tekst, Long bewijsstukId, Boolean voldaan,
            String opmerking) {
        this.eisVolgnummer = eisVolgnummer;
        this.verplicht = verplicht;
        this.tekst = tekst;
        this.bewijsstukId = bewijsstukId;
        this.voldaan = voldaan;
        this.opmerking = opmerking;
    }

    /** An empty answer to a condition. */
    static Antwoord leeg(int eisVolgnummer, boolean verplicht) {
        return new Antwoord(eisVolgnummer, verplicht, null, null, null, null);
    }

    Antwoord metTekst(String t) {
        return new Antwoord(eisVolgnummer, verplicht, t, bewijsstukId, voldaan, opmerking);
    }

    Antwoord metBewijs(Long id) {
        return new Antwoord(eisVolgnummer, verplicht, tekst, id, voldaan, opmerking);
    }

    Antwoord metBeoordeling(boolean v, String o) {
        return new Antwoord(eisVolgnummer, verplicht, tekst, bewijsstukId, v, o);
    }

    /** The same answer under another number (the condition moved in a new version). */
    Antwoord alsEis(int nieuwVolgnummer) {
        return new Antwoord(nieuwVolgnummer, verplicht, tekst, bewijsstukId, voldaan, opmerking);
    }

    public int getEisVolgnummer() {
        return eisVolgnummer;
    }

    public boolean isVerplicht() {
        return verplicht;
    }

    /** The provider's answer; null while not given. */
    public String getTekst() {
        return tekst;
    }

    public boolean heeftTekst() {
        return tekst != null && !tekst.isBlank();
    }

    /** The evidence (a {@link Bewijsstuk}); null while none is uploaded. */
    public Long getBewijsstukId() {
        return bewijsstukId;
    }

    public boolean heeftBewijs() {
        return bewijsstukId != null;
    }

    /** Whether the contract manager found the condition met; null while not assessed. */
    public Boolean getVoldaan() {
        return voldaan;
    }

    public boolean isBeoordeeld() {
        return voldaan != null;
    }

    /** The contract manager's remark. */
    public String getOpmerking() {
        return opmerking;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Antwoord a && eisVolgnummer == a.eisVolgnummer && verplicht == a.verplicht
                && Objects.equals(tekst, a.tekst) && Objects.equals(bewijsstukId, a.bewijsstukId)
                && Objects.equals(voldaan, a.voldaan) && Objects.equals(opmerking, a.opmerking);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eisVolgnummer, tekst, bewijsstukId, voldaan);
    }
}
