package nl.inburgering.portal.tendering.gunning;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.tendering.aanbesteding.Perceel;
import nl.inburgering.portal.tendering.beoordeling.BpkvRegel;
import nl.inburgering.portal.tendering.beoordeling.BpkvUitslag;
import nl.inburgering.portal.tendering.beoordeling.CriteriumPunten;
import nl.inburgering.portal.tendering.internal.Nl;

/**
 * The in-portal message of an award decision to one bidder on one lot (DESIGN.md, "Tender": the
 * decision records each bidder's scores and rank, and the reasons). Its content is fixed when the
 * decision is sent: the bidder's own scores and rank, the outcome and the reasons, including where
 * it scored below the lowest-ranked winner (Aanbestedingswet 2012, art. 2.130: the relevant reasons
 * and the characteristics and relative advantages of the chosen bid). The winners' scores and the
 * standstill end date come from the decision itself; see {@link Gunningsbrief}. Part of the
 * {@link Gunningsvoornemen} aggregate; only the read mark changes afterwards.
 */
@Entity
@Table(name = "gunningsbericht")
public class Gunningsbericht {

    static final int MAX_REDEN = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "voornemen_id", nullable = false)
    private Gunningsvoornemen voornemen;

    @Column(name = "aanbesteding_id", nullable = false)
    private Long aanbestedingId;

    @Column(name = "perceel_id", nullable = false)
    private Long perceelId;

    @Column(name = "perceel_nummer", nullable = false)
    private int perceelNummer;

    @Column(name = "perceel_label", nullable = false, length = 100)
    private String perceelLabel;

    @Column(name = "inschrijving_id", nullable = false)
    private Long inschrijvingId;

    @Column(name = "aanbieder_id", nullable = false)
    private Long aanbiederId;

    @Column(name = "aanbieder_naam", nullable = false, length = 200)
    private String aanbiederNaam;

    @Enumerated(EnumType.STRING)
    @Column(name = "uitkomst", nullable = false, length = 30)
    private Uitkomst uitkomst;

    @Column(name = "rang")
    private Integer rang;

    @Column(name = "aantal_geldig", nullable = false)
    private int aantalGeldig;

    @Column(name = "aantal_winnaars", nullable = false)
    private int aantalWinnaars;

    @Column(name = "evaluatieprijs", nullable = false, precision = 19, scale = 2)
    private Money evaluatieprijs;

    @Column(name = "prijspunten", precision = 7, scale = 2)
    private BigDecimal prijspunten;

    @Column(name = "kwaliteitspunten", precision = 7, scale = 2)
    private BigDecimal kwaliteitspunten;

    @Column(name = "totaal", precision = 7, scale = 2)
    private BigDecimal totaal;

    @Column(name = "door_loting", nullable = false)
    private boolean doorLoting;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "gunningsbericht_score", joinColumns = @JoinColumn(name = "bericht_id"))
    private List<BerichtScore> scores = new ArrayList<>();

    @Column(name = "uitsluitingsreden", length = 500)
    private String uitsluitingsreden;

    @Column(name = "reden", nullable = false, length = MAX_REDEN)
    private String reden;

    @Column(name = "gelezen_op")
    private Instant gelezenOp;

    protected Gunningsbericht() {
    }

    /** The message for the bid of one row of a lot's final table. */
    Gunningsbericht(Gunningsvoornemen voornemen, Perceel perceel, long aanbiederId, BpkvRegel regel,
            BpkvUitslag uitslag) {
        this.voornemen = Objects.requireNonNull(voornemen, "voornemen");
        this.aanbestedingId = voornemen.getAanbestedingId();
        this.perceelId = perceel.getId();
        this.perceelNummer = perceel.getNummer();
        this.perceelLabel = perceel.label();
        this.inschrijvingId = regel.inschrijvingId();
        this.aanbiederId = aanbiederId;
        this.aanbiederNaam = regel.naam();
        this.aantalGeldig = uitslag.geldige().size();
        this.aantalWinnaars = uitslag.aantalWinnaars();
        this.evaluatieprijs = regel.evaluatieprijs();
        if (regel.isUitgesloten()) {
            this.uitkomst = Uitkomst.UITGESLOTEN;
            this.uitsluitingsreden = regel.uitsluitingsreden();
        } else {
            if (!regel.volledigGescoord() || regel.lotingNodig()) {
                throw new IllegalArgumentException("the table of " + perceel.label() + " is not final");
            }
            this.uitkomst = regel.winnaar() ? Uitkomst.GUNNING_VOORGENOMEN : Uitkomst.AFGEWEZEN;
            this.rang = regel.rang();
            this.prijspunten = regel.prijspunten();
            this.kwaliteitspunten = regel.kwaliteitspunten();
            this.totaal = regel.totaal();
            this.doorLoting = regel.doorLotingBeslist();
            regel.criteria().forEach(p -> scores.add(new BerichtScore(p)));
        }
        this.reden = reden(perceel, regel, uitslag);
    }

    /** The reasons, in Dutch, for this bidder. */
    static String reden(Perceel perceel, BpkvRegel regel, BpkvUitslag uitslag) {
        StringBuilder sb = new StringBuilder();
        if (regel.isUitgesloten()) {
            sb.append("Uw inschrijving op ").append(perceel.label()).append(" is uitgesloten en niet beoordeeld. ")
                    .append(regel.uitsluitingsreden());
            return sb.toString();
        }
        int geldig = uitslag.geldige().size();
        sb.append("Uw inschrijving op ").append(perceel.label()).append(" is als ").append(Nl.rang(regel.rang()))
                .append(" van ").append(geldig).append(" geldige inschrijving").append(geldig == 1 ? "" : "en")
                .append(" gerangschikt, met ").append(Nl.getal(regel.totaal())).append(" punten (")
                .append(Nl.getal(regel.prijspunten())).append(" prijspunten en ").append(Nl.getal(regel.kwaliteitspunten()))
                .append(" kwaliteitspunten). Dit perceel wordt gegund aan ten hoogste ").append(uitslag.aantalWinnaars())
                .append(uitslag.aantalWinnaars() == 1 ? " aanbieder. " : " aanbieders. ");
        if (regel.doorLotingBeslist()) {
            sb.append("Uw inschrijving stond gelijk in totaal- en kwaliteitspunten met een andere inschrijving; de "
                    + "rangorde daartussen is door loting bepaald. ");
        }
        if (regel.winnaar()) {
            sb.append("Wij zijn voornemens het perceel aan u te gunnen.");
            return sb.toString();
        }
        List<BpkvRegel> winnaars = uitslag.winnaars();
        BpkvRegel laatste = winnaars.get(winnaars.size() - 1);
        sb.append("De laagst gerangschikte winnende inschrijving behaalde ").append(Nl.getal(laatste.totaal()))
                .append(" punten; uw inschrijving komt daarom niet voor gunning in aanmerking.");
        List<String> verschillen = new ArrayList<>();
        if (regel.prijspunten().compareTo(laatste.prijspunten()) < 0) {
            verschillen.add("prijs: u " + Nl.getal(regel.prijspunten()) + ", winnende inschrijving "
                    + Nl.getal(laatste.prijspunten()) + " punten");
        }
        for (CriteriumPunten eigen : regel.criteria()) {
            laatste.criteria().stream()
                    .filter(w -> w.nummer() == eigen.nummer() && eigen.punten().compareTo(w.punten()) < 0)
                    .findFirst()
                    .ifPresent(w -> verschillen.add("'" + eigen.naam() + "': u " + Nl.getal(eigen.punten())
                            + ", winnende inschrijving " + Nl.getal(w.punten()) + " punten"));
        }
        if (!verschillen.isEmpty()) {
            sb.append(" De winnende inschrijving scoorde hoger op ").append(String.join("; ", verschillen)).append('.');
        }
        String tekst = sb.toString();
        return tekst.length() <= MAX_REDEN ? tekst : tekst.substring(0, MAX_REDEN - 1) + "…";
    }

    /** The bidder has opened the message; the first time counts. */
    public void markeerGelezen(Instant op) {
        if (gelezenOp == null) {
            gelezenOp = Objects.requireNonNull(op, "op");
        }
    }

    public Long getId() {
        return id;
    }

    /** Package-private on purpose: a bidder's message must not lead to the other bidders' messages. */
    Gunningsvoornemen voornemen() {
        return voornemen;
    }

    public Long getVoornemenId() {
        return voornemen.getId();
    }

    public Long getAanbestedingId() {
        return aanbestedingId;
    }

    public Long getPerceelId() {
        return perceelId;
    }

    public int getPerceelNummer() {
        return perceelNummer;
    }

    /** "Perceel 2: Z-route Oost", as at sending. */
    public String getPerceelLabel() {
        return perceelLabel;
    }

    public Long getInschrijvingId() {
        return inschrijvingId;
    }

    public Long getAanbiederId() {
        return aanbiederId;
    }

    public String getAanbiederNaam() {
        return aanbiederNaam;
    }

    public Uitkomst getUitkomst() {
        return uitkomst;
    }

    /** Null when excluded. */
    public Integer getRang() {
        return rang;
    }

    /** The number of valid (ranked) bids on the lot. */
    public int getAantalGeldig() {
        return aantalGeldig;
    }

    public int getAantalWinnaars() {
        return aantalWinnaars;
    }

    /** The bidder's own evaluation price. */
    public Money getEvaluatieprijs() {
        return evaluatieprijs;
    }

    /** Null when excluded. */
    public BigDecimal getPrijspunten() {
        return prijspunten;
    }

    /** Null when excluded. */
    public BigDecimal getKwaliteitspunten() {
        return kwaliteitspunten;
    }

    /** Null when excluded. */
    public BigDecimal getTotaal() {
        return totaal;
    }

    /** The rank against an equal bid was decided by a draw. */
    public boolean isDoorLoting() {
        return doorLoting;
    }

    /** Per criterion, in criterion order; empty when excluded. */
    public List<BerichtScore> getScores() {
        List<BerichtScore> sorted = new ArrayList<>(scores);
        sorted.sort(Comparator.comparingInt(BerichtScore::getCriterium));
        return List.copyOf(sorted);
    }

    /** Set when excluded. */
    public String getUitsluitingsreden() {
        return uitsluitingsreden;
    }

    public String getReden() {
        return reden;
    }

    /** When the bidder first opened it; null while unread. */
    public Instant getGelezenOp() {
        return gelezenOp;
    }
}
