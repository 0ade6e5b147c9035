package nl.inburgering.portal.web.pages.openhouse;

import java.io.Serializable;
import nl.inburgering.portal.openhouse.aanmelding.Antwoord;
import nl.inburgering.portal.openhouse.aanmelding.BewijsstukInfo;
import nl.inburgering.portal.openhouse.procedure.Eis;

/**
 * One condition of an application as a page shows and edits it: the condition, the provider's answer
 * and evidence, and the contract manager's assessment ({@code oordeel}: {@link #VOLDAAN},
 * {@link #NIET_VOLDAAN} or empty).
 */
public class AntwoordRij implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String VOLDAAN = "VOLDAAN";
    public static final String NIET_VOLDAAN = "NIET_VOLDAAN";

    private final int volgnummer;
    private final boolean verplicht;
    private final String omschrijving;
    private final String toelichting;
    private String tekst;
    private BewijsstukInfo bewijs;
    private String oordeel;
    private String opmerking;
    private final Boolean opgeslagenOordeel;

    AntwoordRij(Eis eis, Antwoord antwoord, BewijsstukInfo bewijs) {
        this.volgnummer = antwoord.getEisVolgnummer();
        this.verplicht = antwoord.isVerplicht();
        this.omschrijving = eis == null ? "" : eis.getOmschrijving();
        this.toelichting = eis == null ? null : eis.getToelichting();
        this.tekst = antwoord.getTekst();
        this.bewijs = bewijs;
        this.opgeslagenOordeel = antwoord.getVoldaan();
        this.oordeel = antwoord.getVoldaan() == null ? null : antwoord.getVoldaan() ? VOLDAAN : NIET_VOLDAAN;
        this.opmerking = antwoord.getOpmerking();
    }

    /** The assessment as typed: true, false, or null when not chosen. */
    Boolean voldaan() {
        return oordeel == null || oordeel.isBlank() ? null : VOLDAAN.equals(oordeel);
    }

    public Boolean getOpgeslagenOordeel() {
        return opgeslagenOordeel;
    }

    public int getVolgnummer() {
        return volgnummer;
    }

    public boolean isVerplicht() {
        return verplicht;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public String getToelichting() {
        return toelichting;
    }

    public String getTekst() {
        return tekst;
    }

    public void setTekst(String tekst) {
        this.tekst = tekst;
    }

    public BewijsstukInfo getBewijs() {
        return bewijs;
    }

    void setBewijs(BewijsstukInfo bewijs) {
        this.bewijs = bewijs;
    }

    public String getOordeel() {
        return oordeel;
    }

    public void setOordeel(String oordeel) {
        this.oordeel = oordeel;
    }

    public String getOpmerking() {
        return opmerking;
    }

    public void setOpmerking(String opmerking) {
        this.opmerking = opmerking;
    }
}
