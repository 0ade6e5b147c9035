package nl.inburgering.portal.tendering.aanbesteding;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.contract.MijlpaalAandeel;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.Percentage;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingGegevens.Criterium;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingGegevens.PerceelInvoer;
import nl.inburgering.portal.tendering.internal.Nl;

/**
 * A tender (aanbesteding) for the language part of the B1- or Z-route (DESIGN.md, "Rules", Tender):
 * reference, title, lots, award criteria, bid deadline, standstill days and the terms of the
 * resulting contracts.
 *
 * <p>Rules kept here:
 * <ul>
 * <li><b>Award criteria</b>: best price-quality ratio (beste prijs-kwaliteitverhouding, BPKV;
 * Aanbestedingswet 2012, art. 2.114): a price weight and quality criteria, each with a weight and a
 * maximum score; the weights sum to exactly 100. They are published with the tender and cannot
 * change once it is public.</li>
 * <li><b>Bid deadline</b>: a moment, entered as a date-time in Dutch time (Europe/Amsterdam). Bids
 * are accepted while {@link #isOpenVoorInschrijving(Instant)}: published and strictly before the
 * deadline. The keurmerk check uses the deadline's calendar date ({@link #sluitingsdatum()}).</li>
 * <li><b>Standstill</b>: at least 20 calendar days (Aanbestedingswet 2012, art. 2.127); 20 unless
 * entered otherwise.</li>
 * <li><b>Status</b>: {@link AanbestedingStatus}; only a CONCEPT can be changed, every other
 * transition goes through an intent-named method here and illegal ones are refused.</li>
 * </ul>
 */
@Entity
@Table(name = "aanbesteding")
public class Aanbesteding {

    static final int MAX_REFERENTIE = 50;
    static final int MAX_TITEL = 200;
    static final int MAX_OMSCHRIJVING = 4000;
    static final int MAX_REDEN = 1000;
    static final int MAX_CRITERIA = 20;
    static final int MAX_PERCELEN = 20;
    /** The legal minimum and the default (Aanbestedingswet 2012, art. 2.127). */
    public static final int STANDSTILL_MINIMUM = 20;
    static final int STANDSTILL_MAXIMUM = 90;
    private static final BigDecimal HONDERD = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "referentie", nullable = false, unique = true, length = MAX_REFERENTIE)
    private String referentie;

    @Column(name = "titel", nullable = false, length = MAX_TITEL)
    private String titel;

    @Column(name = "omschrijving", length = MAX_OMSCHRIJVING)
    private String omschrijving;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private AanbestedingStatus status;

    @Column(name = "sluitingstijd", nullable = false)
    private Instant sluitingstijd;

    @Column(name = "standstill_dagen", nullable = false)
    private int standstillDagen;

    @Column(name = "prijs_weging", nullable = false, precision = 5, scale = 2)
    private BigDecimal prijsWeging;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "aanbesteding_criterium", joinColumns = @JoinColumn(name = "aanbesteding_id"))
    private List<Kwaliteitscriterium> kwaliteitscriteria = new ArrayList<>();

    @OneToMany(mappedBy = "aanbesteding", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<Perceel> percelen = new ArrayList<>();

    @Embedded
    private Contractvoorwaarden voorwaarden;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "aanbesteding_mijlpaal", joinColumns = @JoinColumn(name = "aanbesteding_id"))
    private List<MijlpaalAandeel> mijlpalen = new ArrayList<>();

    @Column(name = "gepubliceerd_op")
    private Instant gepubliceerdOp;

    @Column(name = "gesloten_op")
    private Instant geslotenOp;

    @Column(name = "ingetrokken_op")
    private Instant ingetrokkenOp;

    @Column(name = "intrekkingsreden", length = MAX_REDEN)
    private String intrekkingsreden;

    /** The deadline as first published; set by the first extension, then kept. */
    @Column(name = "oorspronkelijke_sluitingstijd")
    private Instant oorspronkelijkeSluitingstijd;

    /** The moment of the latest extension. */
    @Column(name = "sluitingstijd_verlengd_op")
    private Instant sluitingstijdVerlengdOp;

    /** The reason of the latest extension, shown with the notice. */
    @Column(name = "verlengingsreden", length = MAX_REDEN)
    private String verlengingsreden;

    protected Aanbesteding() {
    }

    /**
     * A new draft; every rule is checked and all violations reported at once (see
     * {@link AanbestedingGegevens} for the field names).
     *
     * @param nu now: the deadline must lie after it
     */
    public Aanbesteding(AanbestedingGegevens in, Instant nu) {
        FieldChecks checks = new FieldChecks();
        controleer(checks, in, nu);
        checks.throwIfAny();
        zet(in);
        this.status = AanbestedingStatus.CONCEPT;
    }

    /** Replaces the whole draft; only a CONCEPT can be changed (what is published stays as published). */
    public void wijzig(AanbestedingGegevens in, Instant nu) {
        controleerConcept();
        FieldChecks checks = new FieldChecks();
        controleer(checks, in, nu);
        checks.throwIfAny();
        zet(in);
    }

    void controleerConcept() {
        if (status != AanbestedingStatus.CONCEPT) {
            throw new StateConflictException("Alleen een concept kan worden gewijzigd; deze aanbesteding is "
                    + status.omschrijving() + ". Wat gepubliceerd is, blijft zoals het is gepubliceerd.");
        }
    }

    /**
     * Checks every field and rule of a draft, recording each violation; shared with the service,
     * which adds its own checks (unique reference, existing gemeenten) before throwing once.
     */
    static void controleer(FieldChecks checks, AanbestedingGegevens in, Instant nu) {
        Objects.requireNonNull(in, "gegevens");
        checks.requiredText("referentie", in.referentie(), MAX_REFERENTIE);
        checks.requiredText("titel", in.titel(), MAX_TITEL);
        checks.optionalText("omschrijving", in.omschrijving(), MAX_OMSCHRIJVING);
        Instant deadline = checks.convert("sluitingstijd", in.sluitingstijd(), Aanbesteding::alsMoment);
        if (checks.required("sluitingstijd", in.sluitingstijd()) != null && deadline != null) {
            checks.check(deadline.isAfter(nu), "sluitingstijd", "aanbesteding.sluitingstijd-verstreken",
                    "De sluitingstijd ligt in de toekomst.");
        }
        if (in.standstillDagen() != null) {
            checks.check(in.standstillDagen() >= STANDSTILL_MINIMUM && in.standstillDagen() <= STANDSTILL_MAXIMUM,
                    "standstillDagen", "aanbesteding.standstill-minimum", "De standstilltermijn is ten minste "
                            + STANDSTILL_MINIMUM + " kalenderdagen (Aanbestedingswet 2012, art. 2.127) en hoogstens "
                            + STANDSTILL_MAXIMUM + ".");
        }
        controleerWegingen(checks, in.prijsWeging(), in.kwaliteitscriteria());
        List<PerceelInvoer> lots = in.percelen() == null ? List.of() : in.percelen();
        Betaalmodel betaalmodel = in.voorwaarden() == null ? null : in.voorwaarden().betaalmodel();
        if (checks.check(!lots.isEmpty(), "percelen", "aanbesteding.perceel-verplicht",
                "Een aanbesteding heeft ten minste een perceel.")) {
            checks.check(lots.size() <= MAX_PERCELEN, "percelen", "aanbesteding.percelen-max",
                    "Een aanbesteding heeft hoogstens " + MAX_PERCELEN + " percelen.");
            Set<String> namen = new HashSet<>();
            for (int i = 0; i < lots.size(); i++) {
                Perceel.check(checks, "percelen[" + i + "]", lots.get(i), betaalmodel);
                if (lots.get(i) != null && lots.get(i).naam() != null && !lots.get(i).naam().isBlank()) {
                    checks.check(namen.add(lots.get(i).naam().strip().toLowerCase(Nl.LOCALE)), "percelen[" + i + "].naam",
                            "perceel.naam-dubbel", "Twee percelen hebben dezelfde naam.");
                }
            }
        }
        Contractvoorwaarden.check(checks, "voorwaarden", in.voorwaarden());
    }

    /** Price weight 0..100, each quality weight above 0, and together exactly 100. */
    private static void controleerWegingen(FieldChecks checks, BigDecimal prijsWeging, List<Criterium> criteria) {
        boolean prijsGoed = false;
        if (checks.required("prijsWeging", prijsWeging) != null) {
            prijsGoed = checks.check(prijsWeging.signum() >= 0 && prijsWeging.compareTo(HONDERD) <= 0
                    && prijsWeging.stripTrailingZeros().scale() <= 2, "prijsWeging", "aanbesteding.weging-ongeldig",
                    "De prijsweging ligt tussen 0 en 100, met hoogstens twee decimalen.");
        }
        List<Criterium> lijst = criteria == null ? List.of() : criteria;
        checks.check(lijst.size() <= MAX_CRITERIA, "kwaliteitscriteria", "aanbesteding.criteria-max",
                "Hoogstens " + MAX_CRITERIA + " kwaliteitscriteria.");
        BigDecimal kwaliteit = BigDecimal.ZERO;
        boolean allesGoed = prijsGoed;
        Set<String> namen = new HashSet<>();
        for (int i = 0; i < lijst.size(); i++) {
            Criterium c = lijst.get(i);
            FieldChecks k = new FieldChecks();
            if (c == null) {
                k.add("naam", "verplicht", "Dit veld is verplicht.");
                checks.addAll("kwaliteitscriteria[" + i + "]", k);
                allesGoed = false;
                continue;
            }
            String naam = k.requiredText("naam", c.naam(), Kwaliteitscriterium.MAX_NAAM);
            if (naam != null) {
                k.check(namen.add(naam.toLowerCase(Nl.LOCALE)), "naam", "criterium.naam-dubbel",
                        "Twee criteria hebben dezelfde naam.");
            }
            if (k.required("weging", c.weging()) != null && k.check(c.weging().signum() > 0
                    && c.weging().compareTo(HONDERD) <= 0 && c.weging().stripTrailingZeros().scale() <= 2, "weging",
                    "aanbesteding.weging-ongeldig", "Een weging is groter dan 0 en hoogstens 100, met hoogstens twee "
                            + "decimalen.")) {
                kwaliteit = kwaliteit.add(c.weging());
            } else {
                allesGoed = false;
            }
            if (k.required("maxScore", c.maxScore()) != null) {
                k.check(c.maxScore() >= 1 && c.maxScore() <= Kwaliteitscriterium.MAX_MAX_SCORE, "maxScore",
                        "criterium.max-score-bereik", "De maximumscore is 1 tot " + Kwaliteitscriterium.MAX_MAX_SCORE
                                + ".");
            }
            checks.addAll("kwaliteitscriteria[" + i + "]", k);
        }
        if (allesGoed) {
            BigDecimal som = prijsWeging.add(kwaliteit);
            checks.check(som.compareTo(HONDERD) == 0, "kwaliteitscriteria", "aanbesteding.wegingen-som",
                    "De wegingen van prijs en kwaliteit tellen samen op tot 100; nu is dat "
                            + Nl.getal(som.stripTrailingZeros()) + " (prijs " + Nl.getal(prijsWeging.stripTrailingZeros())
                            + " + kwaliteit " + Nl.getal(kwaliteit.stripTrailingZeros()) + ").");
        }
    }

    /** A Dutch local date-time as a moment; refuses a time that does not exist (the spring DST gap). */
    static Instant alsMoment(LocalDateTime lokaal) {
        if (Nl.TIJDZONE.getRules().getValidOffsets(lokaal).isEmpty()) {
            throw InvalidInputException.of("sluitingstijd", "aanbesteding.tijd-bestaat-niet", "Dit tijdstip bestaat niet "
                    + "in Nederland (de klok gaat dan een uur vooruit); kies een ander tijdstip.");
        }
        return lokaal.atZone(Nl.TIJDZONE).toInstant();
    }

    private void zet(AanbestedingGegevens in) {
        this.referentie = in.referentie().strip();
        this.titel = in.titel().strip();
        this.omschrijving = in.omschrijving() == null || in.omschrijving().isBlank() ? null : in.omschrijving().strip();
        this.sluitingstijd = alsMoment(in.sluitingstijd());
        this.standstillDagen = in.standstillDagen() == null ? STANDSTILL_MINIMUM : in.standstillDagen();
        this.prijsWeging = in.prijsWeging().setScale(2);
        this.kwaliteitscriteria.clear();
        List<Criterium> criteria = in.kwaliteitscriteria() == null ? List.of() : in.kwaliteitscriteria();
        for (int i = 0; i < criteria.size(); i++) {
            Criterium c = criteria.get(i);
            kwaliteitscriteria.add(new Kwaliteitscriterium(i + 1, c.naam(), c.weging(), c.maxScore()));
        }
        this.percelen.clear();
        for (int i = 0; i < in.percelen().size(); i++) {
            percelen.add(new Perceel(this, i + 1, in.percelen().get(i), in.voorwaarden().betaalmodel()));
        }
        this.voorwaarden = new Contractvoorwaarden(in.voorwaarden());
        this.mijlpalen.clear();
        if (in.voorwaarden().mijlpalen() != null) {
            new EnumMap<>(in.voorwaarden().mijlpalen())
                    .forEach((m, p) -> mijlpalen.add(new MijlpaalAandeel(m, Percentage.of(p))));
        }
    }

    /** Puts the public notice online; the deadline must still lie ahead. */
    public void publiceer(Instant nu) {
        AanbestedingStatus doel = status.naar(AanbestedingStatus.GEPUBLICEERD, "worden gepubliceerd");
        if (!sluitingstijd.isAfter(nu)) {
            throw InvalidInputException.of("sluitingstijd", "aanbesteding.sluitingstijd-verstreken",
                    "De sluitingstijd (" + Nl.tijdstip(sluitingstijd) + ") is al verstreken; wijzig het concept eerst.");
        }
        status = doel;
        gepubliceerdOp = nu;
    }

    /**
     * Moves the deadline later while bidding is open (e.g. after questions in the nota van
     * inlichtingen), with a reason that is published with the notice: every (potential) bidder gets
     * the same extra time and learns why (equal treatment and transparency, Aanbestedingswet 2012,
     * art. 1.8). Never earlier, so no bidder loses time; bids already submitted stay valid and can
     * still be replaced until the new deadline. The deadline as first published is kept.
     *
     * <p>Refused ({@link StateConflictException}) unless bidding is open: a draft's deadline is
     * simply edited, and once the deadline has passed the bids are due to be opened. Invalid input
     * is reported per field at once: {@code sluitingstijd} (required, must exist in Dutch time, lie
     * in the future and after the current deadline) and {@code reden} (required, at most
     * {@value #MAX_REDEN} characters).
     */
    public void verlengSluitingstijd(LocalDateTime nieuweSluitingstijd, String reden, Instant nu) {
        if (status == AanbestedingStatus.CONCEPT) {
            throw new StateConflictException("Een concept heeft nog geen gepubliceerde sluitingstijd; wijzig het "
                    + "concept om de sluitingstijd aan te passen.");
        }
        if (!isOpenVoorInschrijving(nu)) {
            throw new StateConflictException("De sluitingstijd kan alleen worden verlengd zolang er kan worden "
                    + "ingeschreven; deze aanbesteding is " + status.omschrijving() + ", sluitingstijd "
                    + Nl.tijdstip(sluitingstijd) + ".");
        }
        FieldChecks checks = new FieldChecks();
        Instant nieuw = checks.convert("sluitingstijd", checks.required("sluitingstijd", nieuweSluitingstijd),
                Aanbesteding::alsMoment);
        if (nieuw != null && checks.check(nieuw.isAfter(nu), "sluitingstijd", "aanbesteding.sluitingstijd-verstreken",
                "De nieuwe sluitingstijd ligt in het verleden; kies een tijdstip na de huidige sluitingstijd ("
                        + Nl.tijdstip(sluitingstijd) + ").")) {
            checks.check(nieuw.isAfter(sluitingstijd), "sluitingstijd", "aanbesteding.sluitingstijd-later",
                    "De nieuwe sluitingstijd ligt na de huidige (" + Nl.tijdstip(sluitingstijd) + ").");
        }
        String r = checks.requiredText("reden", reden, MAX_REDEN);
        checks.throwIfAny();
        if (oorspronkelijkeSluitingstijd == null) {
            oorspronkelijkeSluitingstijd = sluitingstijd;
        }
        sluitingstijd = nieuw;
        sluitingstijdVerlengdOp = nu;
        verlengingsreden = r;
    }

    /** Closes bidding and opens the bids: only at or after the deadline. */
    public void sluit(Instant nu) {
        if (status == AanbestedingStatus.GEPUBLICEERD && nu.isBefore(sluitingstijd)) {
            throw new StateConflictException("De inschrijftermijn loopt nog tot " + Nl.tijdstip(sluitingstijd)
                    + "; de inschrijvingen worden pas daarna geopend.");
        }
        if (status != AanbestedingStatus.GEPUBLICEERD) {
            throw new StateConflictException("Alleen een gepubliceerde aanbesteding kan worden gesloten; deze is "
                    + status.omschrijving() + ".");
        }
        status = AanbestedingStatus.GESLOTEN;
        geslotenOp = nu;
    }

    /** All valid bids scored and all ties decided (the service checks that): the table is final. */
    public void rondBeoordelingAf() {
        status = status.naar(AanbestedingStatus.BEOORDEELD, "als beoordeeld worden afgerond");
    }

    /** Back to scoring, to correct a score before the award decision is sent. */
    public void heropenBeoordeling() {
        if (status != AanbestedingStatus.BEOORDEELD) {
            throw new StateConflictException("Alleen een beoordeelde aanbesteding waarvan het gunningsvoornemen nog "
                    + "niet is verzonden, kan worden heropend; deze is " + status.omschrijving() + ".");
        }
        status = AanbestedingStatus.GESLOTEN;
    }

    public void gunningsvoornemenVerzonden() {
        status = status.naar(AanbestedingStatus.GUNNINGSVOORNEMEN_VERZONDEN, "een gunningsvoornemen verzenden");
    }

    /** The award decision is withdrawn: scoring is reopened and a new decision will follow. */
    public void gunningsvoornemenIngetrokken() {
        if (status != AanbestedingStatus.GUNNINGSVOORNEMEN_VERZONDEN) {
            throw new StateConflictException("Er is geen verzonden gunningsvoornemen om in te trekken; deze aanbesteding "
                    + "is " + status.omschrijving() + ".");
        }
        status = AanbestedingStatus.GESLOTEN;
    }

    public void definitiefGegund() {
        status = status.naar(AanbestedingStatus.GEGUND, "definitief worden gegund");
    }

    /** Cancels the tender, with the reason that is published on the notice. */
    public void trekIn(String reden, Instant nu) {
        FieldChecks checks = new FieldChecks();
        String r = checks.requiredText("reden", reden, MAX_REDEN);
        checks.throwIfAny();
        status = status.naar(AanbestedingStatus.INGETROKKEN, "worden ingetrokken");
        ingetrokkenOp = nu;
        intrekkingsreden = r;
    }

    /** Published, and strictly before the deadline: a bid at the deadline itself is late. */
    public boolean isOpenVoorInschrijving(Instant nu) {
        return status == AanbestedingStatus.GEPUBLICEERD && nu.isBefore(sluitingstijd);
    }

    /** Whether the bids have been opened (the tender was closed at or after the deadline). */
    public boolean isGeopend() {
        return geslotenOp != null;
    }

    /** The deadline's calendar date in the Netherlands: the date of the keurmerk check. */
    public LocalDate sluitingsdatum() {
        return LocalDate.ofInstant(sluitingstijd, Nl.TIJDZONE);
    }

    public ZonedDateTime getSluitingstijdLokaal() {
        return sluitingstijd.atZone(Nl.TIJDZONE);
    }

    public Optional<Perceel> perceel(long perceelId) {
        return percelen.stream().filter(p -> p.getId() != null && p.getId() == perceelId).findFirst();
    }

    /** The sum of the quality weights: 100 minus the price weight. */
    public BigDecimal kwaliteitsweging() {
        return kwaliteitscriteria.stream().map(Kwaliteitscriterium::getWeging).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getReferentie() {
        return referentie;
    }

    public String getTitel() {
        return titel;
    }

    /** Optional. */
    public String getOmschrijving() {
        return omschrijving;
    }

    public AanbestedingStatus getStatus() {
        return status;
    }

    public Instant getSluitingstijd() {
        return sluitingstijd;
    }

    public int getStandstillDagen() {
        return standstillDagen;
    }

    public BigDecimal getPrijsWeging() {
        return prijsWeging;
    }

    /** In number order; read-only. */
    public List<Kwaliteitscriterium> getKwaliteitscriteria() {
        List<Kwaliteitscriterium> sorted = new ArrayList<>(kwaliteitscriteria);
        sorted.sort(Comparator.comparingInt(Kwaliteitscriterium::getNummer));
        return List.copyOf(sorted);
    }

    /** In number order; read-only. */
    public List<Perceel> getPercelen() {
        List<Perceel> sorted = new ArrayList<>(percelen);
        sorted.sort(Comparator.comparingInt(Perceel::getNummer));
        return List.copyOf(sorted);
    }

    public Contractvoorwaarden getVoorwaarden() {
        return voorwaarden;
    }

    /** TRAJECT only: the share of the trajectory price per milestone. */
    public Map<Mijlpaal, Percentage> getMijlpalen() {
        Map<Mijlpaal, Percentage> m = new EnumMap<>(Mijlpaal.class);
        mijlpalen.forEach(a -> m.put(a.getMijlpaal(), a.getPercentage()));
        return m;
    }

    public Instant getGepubliceerdOp() {
        return gepubliceerdOp;
    }

    public Instant getGeslotenOp() {
        return geslotenOp;
    }

    public Instant getIngetrokkenOp() {
        return ingetrokkenOp;
    }

    public String getIntrekkingsreden() {
        return intrekkingsreden;
    }

    /** Whether the deadline was moved later after publication. */
    public boolean isSluitingstijdVerlengd() {
        return sluitingstijdVerlengdOp != null;
    }

    /** The deadline as first published; null unless it was extended. */
    public Instant getOorspronkelijkeSluitingstijd() {
        return oorspronkelijkeSluitingstijd;
    }

    /** When the deadline was last extended; null if never. */
    public Instant getSluitingstijdVerlengdOp() {
        return sluitingstijdVerlengdOp;
    }

    /** The reason of the latest extension; null if never extended. */
    public String getVerlengingsreden() {
        return verlengingsreden;
    }

    @Override
    public String toString() {
        return referentie + " " + titel;
    }
}
