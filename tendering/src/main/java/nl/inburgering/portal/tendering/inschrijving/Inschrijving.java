package nl.inburgering.portal.tendering.inschrijving;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.inburgering.portal.contracts.aanbieder.KeurmerkStatus;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.tendering.aanbesteding.Aanbesteding;
import nl.inburgering.portal.tendering.aanbesteding.Kwaliteitscriterium;
import nl.inburgering.portal.tendering.aanbesteding.Perceel;
import nl.inburgering.portal.tendering.aanbesteding.Tariefpost;
import nl.inburgering.portal.tendering.inschrijving.InschrijvingGegevens.Prijs;
import nl.inburgering.portal.tendering.internal.Nl;

/**
 * A provider's bid on one lot of a tender (DESIGN.md, "Tender"): a price per tariff item, and from
 * those the evaluation price, the sum of item price x estimated volume ({@link Tariefpost#evaluatieprijs}).
 *
 * <p>Rules kept here:
 * <ul>
 * <li>Bids are accepted only while the tender is open ({@link #controleerTijdig}): published and
 * strictly before the deadline; a late bid is refused with the deadline and the time it arrived.</li>
 * <li>Every price is more than zero.</li>
 * <li>One current bid per provider per lot: a new bid before the deadline replaces the earlier one
 * ({@link #vervang}); after the deadline the earlier bid stands.</li>
 * <li>At the opening, a bidder whose Blik op Werk keurmerk is not {@link KeurmerkStatus#GELDIG} on
 * the deadline's date is excluded, with that reason ({@link #beoordeelKeurmerk}); an excluded bid is
 * not scored.</li>
 * <li>The contract manager scores every quality criterion, from 0 to its maximum ({@link #scoor}).</li>
 * </ul>
 * Sealed: a provider sees only its own bids; the service enforces that in its queries.
 */
@Entity
@Table(name = "inschrijving")
public class Inschrijving {

    static final int MAX_REDEN = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "aanbesteding_id", nullable = false)
    private Long aanbestedingId;

    @Column(name = "perceel_id", nullable = false)
    private Long perceelId;

    @Column(name = "aanbieder_id", nullable = false)
    private Long aanbiederId;

    /** The provider's name when it bid: shown in the table and the award messages. */
    @Column(name = "aanbieder_naam", nullable = false, length = 200)
    private String aanbiederNaam;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private InschrijvingStatus status;

    @Column(name = "ingediend_op", nullable = false)
    private Instant ingediendOp;

    @Column(name = "ingediend_door", nullable = false, length = 100)
    private String ingediendDoor;

    @Column(name = "beeindigd_op")
    private Instant beeindigdOp;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inschrijving_prijs", joinColumns = @JoinColumn(name = "inschrijving_id"))
    private List<PostPrijs> prijzen = new ArrayList<>();

    @Column(name = "evaluatieprijs", nullable = false, precision = 19, scale = 2)
    private Money evaluatieprijs;

    @Column(name = "uitsluitingsreden", length = MAX_REDEN)
    private String uitsluitingsreden;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inschrijving_score", joinColumns = @JoinColumn(name = "inschrijving_id"))
    private List<Kwaliteitsscore> scores = new ArrayList<>();

    protected Inschrijving() {
    }

    /**
     * A new bid. The caller has checked {@link #controleerTijdig} and {@link #controleerPrijzen};
     * they are checked again here.
     */
    public Inschrijving(Aanbesteding aanbesteding, Perceel perceel, long aanbiederId, String aanbiederNaam,
            String ingediendDoor, List<Prijs> prijzen, Instant nu) {
        controleerTijdig(aanbesteding, nu, null);
        FieldChecks checks = new FieldChecks();
        Map<Integer, Money> perPost = controleerPrijzen(checks, perceel, prijzen);
        checks.throwIfAny();
        if (!Objects.equals(perceel.getAanbesteding().getId(), aanbesteding.getId())) {
            throw new IllegalArgumentException("lot of another tender");
        }
        this.aanbestedingId = aanbesteding.getId();
        this.perceelId = perceel.getId();
        this.aanbiederId = aanbiederId;
        this.aanbiederNaam = Objects.requireNonNull(aanbiederNaam, "aanbiederNaam");
        this.ingediendDoor = Objects.requireNonNull(ingediendDoor, "ingediendDoor");
        this.ingediendOp = nu;
        this.status = InschrijvingStatus.INGEDIEND;
        perPost.forEach((post, prijs) -> this.prijzen.add(new PostPrijs(post, prijs)));
        this.evaluatieprijs = perceel.evaluatieprijs(perPost);
    }

    /**
     * Refuses a bid (a new one, a replacement or a withdrawal) that comes in when the tender is not
     * open: after the deadline with the deadline and the time of arrival, naming the earlier bid that
     * stands, if any.
     */
    public static void controleerTijdig(Aanbesteding a, Instant nu, Inschrijving eerdere) {
        if (a.isOpenVoorInschrijving(nu)) {
            return;
        }
        String blijft = eerdere == null ? ""
                : " Uw eerdere inschrijving van " + Nl.tijdstip(eerdere.ingediendOp) + " blijft ongewijzigd staan.";
        if (!nu.isBefore(a.getSluitingstijd())) {
            throw new StateConflictException("De inschrijftermijn van " + a.getReferentie() + " is gesloten op "
                    + Nl.tijdstip(a.getSluitingstijd()) + "; uw inschrijving kwam binnen op " + Nl.tijdstip(nu)
                    + " en is niet aangenomen." + blijft);
        }
        throw new StateConflictException("Op aanbesteding " + a.getReferentie() + " kan niet worden ingeschreven: "
                + "zij is " + a.getStatus().omschrijving() + "." + blijft);
    }

    /**
     * Checks that every tariff item of the lot has exactly one price above zero; returns the prices
     * by item number, or records the errors and returns an empty map.
     */
    static Map<Integer, Money> controleerPrijzen(FieldChecks checks, Perceel perceel, List<Prijs> prijzen) {
        Map<Integer, Money> perPost = new TreeMap<>();
        Set<Integer> posten = new HashSet<>();
        perceel.getTariefposten().forEach(t -> posten.add(t.getNummer()));
        List<Prijs> lijst = prijzen == null ? List.of() : prijzen;
        boolean goed = true;
        for (int i = 0; i < lijst.size(); i++) {
            String veld = "prijzen[" + i + "]";
            Prijs p = lijst.get(i);
            FieldChecks r = new FieldChecks();
            if (p == null) {
                r.add("prijs", "verplicht", "Dit veld is verplicht.");
            } else {
                if (r.required("post", p.post()) != null) {
                    if (r.check(posten.contains(p.post()), "post", "inschrijving.post-onbekend",
                            "Perceel " + perceel.getNummer() + " heeft geen tariefpost " + p.post() + ".")) {
                        r.check(!perPost.containsKey(p.post()), "post", "inschrijving.post-dubbel",
                                "Tariefpost " + p.post() + " heeft al een prijs.");
                    }
                }
                Money prijs = r.convert("prijs", p.prijs(), Money::of);
                if (r.required("prijs", p.prijs()) != null && prijs != null) {
                    r.check(prijs.isPositive(), "prijs", "inschrijving.prijs-positief",
                            "Een prijs is groter dan nul (nu " + Nl.getal(prijs.amount()) + ").");
                }
                if (!r.hasErrors()) {
                    perPost.put(p.post(), prijs);
                }
            }
            goed &= !r.hasErrors();
            checks.addAll(veld, r);
        }
        if (goed) {
            Set<Integer> zonder = new HashSet<>(posten);
            zonder.removeAll(perPost.keySet());
            checks.check(zonder.isEmpty(), "prijzen", "inschrijving.prijs-per-post",
                    "Geef een prijs voor elke tariefpost van het perceel; zonder prijs: " + new java.util.TreeSet<>(zonder)
                            + ".");
        }
        return checks.hasErrors() ? Map.of() : perPost;
    }

    /** Replaced by a newer bid of the same provider on the same lot, before the deadline. */
    public void vervang(Aanbesteding a, Instant nu) {
        controleerTijdig(a, nu, this);
        moetIngediendZijn();
        status = InschrijvingStatus.VERVANGEN;
        beeindigdOp = nu;
    }

    /** Withdrawn by the provider, before the deadline. */
    public void trekIn(Aanbesteding a, Instant nu) {
        controleerTijdig(a, nu, this);
        moetIngediendZijn();
        status = InschrijvingStatus.INGETROKKEN;
        beeindigdOp = nu;
    }

    private void moetIngediendZijn() {
        if (status != InschrijvingStatus.INGEDIEND) {
            throw new StateConflictException("Deze inschrijving is al " + status.name().toLowerCase(Nl.LOCALE) + ".");
        }
    }

    /**
     * The exclusion check at the opening (DESIGN.md, "Tender"): the bidder must hold the keurmerk
     * GELDIG on the deadline's date; otherwise the bid is excluded with that reason.
     *
     * @param status the keurmerk status on {@code sluitingsdatum}; empty when there was none (or it had expired)
     */
    public void beoordeelKeurmerk(Optional<KeurmerkStatus> status, LocalDate sluitingsdatum) {
        moetIngediendZijn();
        if (status.filter(s -> s == KeurmerkStatus.GELDIG).isPresent()) {
            uitsluitingsreden = null;
            return;
        }
        uitsluitingsreden = aanbiederNaam + " had op de sluitingsdatum " + Nl.datum(sluitingsdatum)
                + " geen geldig Blik op Werk-keurmerk inburgering ("
                + status.map(s -> "status " + s).orElse("geen keurmerk of verlopen") + ").";
    }

    /**
     * Records the contract manager's quality scores: every criterion exactly once, from 0 to its
     * maximum, at most two decimals; all errors reported at once under {@code scores[n]}. Replaces
     * earlier scores. An excluded bid is not scored.
     */
    public void scoor(List<Kwaliteitscriterium> criteria, Map<Integer, BigDecimal> invoer) {
        moetIngediendZijn();
        if (uitsluitingsreden != null) {
            throw new StateConflictException("Een uitgesloten inschrijving wordt niet beoordeeld. " + uitsluitingsreden);
        }
        FieldChecks checks = new FieldChecks();
        Map<Integer, BigDecimal> in = invoer == null ? Map.of() : invoer;
        Set<Integer> nummers = new HashSet<>();
        for (Kwaliteitscriterium c : criteria) {
            nummers.add(c.getNummer());
            String veld = "scores[" + c.getNummer() + "]";
            BigDecimal s = in.get(c.getNummer());
            if (s == null) {
                checks.add(veld, "verplicht", "Geef een score voor '" + c.getNaam() + "'.");
                continue;
            }
            checks.check(s.signum() >= 0 && s.compareTo(BigDecimal.valueOf(c.getMaxScore())) <= 0
                    && s.stripTrailingZeros().scale() <= 2, veld, "score.bereik", "De score voor '" + c.getNaam()
                    + "' ligt tussen 0 en " + c.getMaxScore() + ", met hoogstens twee decimalen.");
        }
        for (Integer n : in.keySet()) {
            if (n == null || !nummers.contains(n)) {
                checks.add("scores[" + n + "]", "score.criterium-onbekend", "Er is geen kwaliteitscriterium " + n + ".");
            }
        }
        checks.throwIfAny();
        scores.clear();
        new TreeMap<>(in).forEach((n, s) -> scores.add(new Kwaliteitsscore(n, s)));
    }

    /** A current bid that was not excluded: it takes part in the ranking. */
    public boolean isGeldig() {
        return status == InschrijvingStatus.INGEDIEND && uitsluitingsreden == null;
    }

    public boolean isUitgesloten() {
        return uitsluitingsreden != null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getAanbestedingId() {
        return aanbestedingId;
    }

    public Long getPerceelId() {
        return perceelId;
    }

    public Long getAanbiederId() {
        return aanbiederId;
    }

    public String getAanbiederNaam() {
        return aanbiederNaam;
    }

    public InschrijvingStatus getStatus() {
        return status;
    }

    public Instant getIngediendOp() {
        return ingediendOp;
    }

    public String getIngediendDoor() {
        return ingediendDoor;
    }

    /** When it was replaced or withdrawn. */
    public Instant getBeeindigdOp() {
        return beeindigdOp;
    }

    /** The price per tariff item number. */
    public Map<Integer, Money> getPrijzen() {
        Map<Integer, Money> m = new TreeMap<>();
        prijzen.forEach(p -> m.put(p.getPost(), p.getPrijs()));
        return m;
    }

    /** Sum of item price x estimated volume. */
    public Money getEvaluatieprijs() {
        return evaluatieprijs;
    }

    /** Set at the opening when the bidder is excluded; null otherwise. */
    public String getUitsluitingsreden() {
        return uitsluitingsreden;
    }

    /** The quality score per criterion number; empty until scored. */
    public Map<Integer, BigDecimal> getScores() {
        Map<Integer, BigDecimal> m = new TreeMap<>();
        scores.forEach(s -> m.put(s.getCriterium(), s.getScore()));
        return m;
    }

    @Override
    public String toString() {
        return "inschrijving " + id + " van " + aanbiederNaam + " op perceel " + perceelId;
    }
}
