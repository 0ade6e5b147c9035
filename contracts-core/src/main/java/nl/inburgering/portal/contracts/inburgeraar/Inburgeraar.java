package nl.inburgering.portal.contracts.inburgeraar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.HexFormat;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.Leerroute;

/**
 * A person under the civic-integration obligation, registered by his or her gemeente (DESIGN.md,
 * "Domain model", Inburgeraar; under the Wet inburgering 2021 the gemeente of residence is
 * responsible and decides the leerroute in the PIP).
 *
 * <p>Personal data is minimised (DESIGN.md, "Data, privacy, security"): initials and surname, no
 * birth date, no address. The BSN is optional and never stored in the clear: this entity holds only
 * its AES-GCM ciphertext and its keyed fingerprint, made by {@link BsnCipher} in the service; the
 * fingerprint is unique across the region. A {@link Doelgroep#ASIELMIGRANT} is never a zelfbetaler
 * (under the Wet inburgering 2021 the gemeente provides and pays a status holder's course);
 * a zelfbetaler's placements are never charged to the gemeente.
 */
@Entity
@Table(name = "inburgeraar")
public class Inburgeraar {

    static final int MAX_KLANT_REFERENTIE = 50;
    static final int MAX_VOORLETTERS = 20;
    static final int MAX_ACHTERNAAM = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "gemeente_id", nullable = false)
    private Long gemeenteId;

    @Column(name = "klant_referentie", nullable = false, length = MAX_KLANT_REFERENTIE)
    private String klantReferentie;

    @Column(name = "bsn_versleuteld", columnDefinition = "text")
    private String bsnVersleuteld;

    @Column(name = "bsn_vingerafdruk", unique = true, length = 64)
    private String bsnVingerafdruk;

    @Column(name = "voorletters", nullable = false, length = MAX_VOORLETTERS)
    private String voorletters;

    @Column(name = "achternaam", nullable = false, length = MAX_ACHTERNAAM)
    private String achternaam;

    @Enumerated(EnumType.STRING)
    @Column(name = "doelgroep", nullable = false, length = 20)
    private Doelgroep doelgroep;

    @Enumerated(EnumType.STRING)
    @Column(name = "leerroute", nullable = false, length = 20)
    private Leerroute leerroute;

    @Column(name = "pip_datum", nullable = false)
    private LocalDate pipDatum;

    @Column(name = "zelfbetaler", nullable = false)
    private boolean zelfbetaler;

    @Column(name = "voorkeur_aanbieder_id")
    private Long voorkeurAanbiederId;

    protected Inburgeraar() {
    }

    /**
     * @param bsnVersleuteld      optional, from {@link BsnCipher#encrypt}; given with its fingerprint
     * @param bsnVingerafdruk     optional, from {@link BsnCipher#fingerprint}
     * @param voorkeurAanbiederId optional: the provider the inburgeraar chose (onderwijsroute)
     */
    public Inburgeraar(long gemeenteId, String klantReferentie, String bsnVersleuteld, String bsnVingerafdruk,
            String voorletters, String achternaam, Doelgroep doelgroep, Leerroute leerroute, LocalDate pipDatum,
            boolean zelfbetaler, Long voorkeurAanbiederId) {
        FieldChecks checks = new FieldChecks();
        String ref = checks.requiredText("klantReferentie", klantReferentie, MAX_KLANT_REFERENTIE);
        String vl = checks.requiredText("voorletters", voorletters, MAX_VOORLETTERS);
        String an = checks.requiredText("achternaam", achternaam, MAX_ACHTERNAAM);
        check(checks, doelgroep, leerroute, pipDatum, zelfbetaler);
        checks.throwIfAny();
        checkBsn(bsnVersleuteld, bsnVingerafdruk);
        this.gemeenteId = gemeenteId;
        this.klantReferentie = ref;
        this.bsnVersleuteld = bsnVersleuteld;
        this.bsnVingerafdruk = bsnVingerafdruk;
        this.voorletters = vl;
        this.achternaam = an;
        this.doelgroep = doelgroep;
        this.leerroute = leerroute;
        this.pipDatum = pipDatum;
        this.zelfbetaler = zelfbetaler;
        this.voorkeurAanbiederId = voorkeurAanbiederId;
    }

    static void check(FieldChecks checks, Doelgroep doelgroep, Leerroute leerroute, LocalDate pipDatum,
            boolean zelfbetaler) {
        checks.required("doelgroep", doelgroep);
        checks.required("leerroute", leerroute);
        checks.required("pipDatum", pipDatum);
        checks.check(!(zelfbetaler && doelgroep == Doelgroep.ASIELMIGRANT), "zelfbetaler",
                "inburgeraar.asielmigrant-zelfbetaler", "Een asielmigrant is nooit zelfbetaler: de gemeente betaalt.");
    }

    private static void checkBsn(String versleuteld, String vingerafdruk) {
        if ((versleuteld == null) != (vingerafdruk == null)) {
            throw new IllegalArgumentException("encrypted BSN and fingerprint go together");
        }
        if (versleuteld != null && !versleuteld.startsWith(BsnCipher.VERSION)) {
            throw new IllegalArgumentException("the BSN must be stored encrypted");
        }
        if (vingerafdruk != null && (vingerafdruk.length() != 64
                || !vingerafdruk.chars().allMatch(HexFormat::isHexDigit))) {
            throw new IllegalArgumentException("the fingerprint is 64 hex characters");
        }
    }

    /**
     * Corrects the registered details (the gemeente stays: another gemeente registers its own). A
     * changed leerroute is a new PIP decision, like {@link #wijzigRoute}.
     */
    public void wijzig(String klantReferentie, String voorletters, String achternaam, Doelgroep doelgroep,
            Leerroute leerroute, LocalDate pipDatum, boolean zelfbetaler, Long voorkeurAanbiederId) {
        FieldChecks checks = new FieldChecks();
        String ref = checks.requiredText("klantReferentie", klantReferentie, MAX_KLANT_REFERENTIE);
        String vl = checks.requiredText("voorletters", voorletters, MAX_VOORLETTERS);
        String an = checks.requiredText("achternaam", achternaam, MAX_ACHTERNAAM);
        check(checks, doelgroep, leerroute, pipDatum, zelfbetaler);
        checks.throwIfAny();
        this.klantReferentie = ref;
        this.voorletters = vl;
        this.achternaam = an;
        this.doelgroep = doelgroep;
        this.leerroute = leerroute;
        this.pipDatum = pipDatum;
        this.zelfbetaler = zelfbetaler;
        this.voorkeurAanbiederId = voorkeurAanbiederId;
    }

    /** Records a (corrected) BSN: its ciphertext and fingerprint, made by {@link BsnCipher}. */
    public void vervangBsn(String versleuteld, String vingerafdruk) {
        if (versleuteld == null || vingerafdruk == null) {
            throw new IllegalArgumentException("a BSN is replaced, not removed");
        }
        checkBsn(versleuteld, vingerafdruk);
        this.bsnVersleuteld = versleuteld;
        this.bsnVingerafdruk = vingerafdruk;
    }

    /** A new PIP decision: another leerroute, as of the PIP date. */
    public void wijzigRoute(Leerroute nieuweRoute, LocalDate nieuwePipDatum) {
        FieldChecks checks = new FieldChecks();
        check(checks, doelgroep, nieuweRoute, nieuwePipDatum, zelfbetaler);
        checks.throwIfAny();
        this.leerroute = nieuweRoute;
        this.pipDatum = nieuwePipDatum;
    }

    /** The provider the inburgeraar chose (Open House: the inburgeraar chooses, never the gemeente); null clears it. */
    public void kiesVoorkeurAanbieder(Long aanbiederId) {
        this.voorkeurAanbiederId = aanbiederId;
    }

    public boolean heeftBsn() {
        return bsnVersleuteld != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getGemeenteId() {
        return gemeenteId;
    }

    /** The gemeente's own client reference, unique within that gemeente. */
    public String getKlantReferentie() {
        return klantReferentie;
    }

    /** Ciphertext only ({@code v1:...}); null without BSN. */
    public String getBsnVersleuteld() {
        return bsnVersleuteld;
    }

    /** Keyed fingerprint; null without BSN. */
    public String getBsnVingerafdruk() {
        return bsnVingerafdruk;
    }

    public String getVoorletters() {
        return voorletters;
    }

    public String getAchternaam() {
        return achternaam;
    }

    public Doelgroep getDoelgroep() {
        return doelgroep;
    }

    public Leerroute getLeerroute() {
        return leerroute;
    }

    public LocalDate getPipDatum() {
        return pipDatum;
    }

    public boolean isZelfbetaler() {
        return zelfbetaler;
    }

    /** Optional. */
    public Long getVoorkeurAanbiederId() {
        return voorkeurAanbiederId;
    }

    /** No personal data: safe for logs. */
    @Override
    public String toString() {
        return "Inburgeraar " + id;
    }
}
