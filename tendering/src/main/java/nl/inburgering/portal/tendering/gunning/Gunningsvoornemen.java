package nl.inburgering.portal.tendering.gunning;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.LongUnaryOperator;
import java.util.stream.Collectors;
import nl.inburgering.portal.contracts.shared.FieldChecks;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import nl.inburgering.portal.tendering.aanbesteding.Aanbesteding;
import nl.inburgering.portal.tendering.aanbesteding.AanbestedingStatus;
import nl.inburgering.portal.tendering.beoordeling.BpkvRegel;
import nl.inburgering.portal.tendering.beoordeling.PerceelUitslag;
import nl.inburgering.portal.tendering.internal.Nl;

/**
 * An award decision (gunningsvoornemen; DESIGN.md, "Tender"): sent to all bidders of every lot at
 * once (Aanbestedingswet 2012, art. 2.130: simultaneously to all bidders concerned), one
 * {@link Gunningsbericht} per bid, recording the send date, each bidder's scores and rank, and the
 * reasons.
 *
 * <p>Rules kept here:
 * <ul>
 * <li>Sent only from a final evaluation: every lot's table complete, every tie decided.</li>
 * <li>The standstill ({@link Standstill}; Aanbestedingswet 2012, art. 2.127) runs from the send
 * date in Dutch time for the tender's standstill days.</li>
 * <li>Definitive award ({@link #controleerDefinitieveGunning}) only after the standstill has ended
 * and while no objection is open.</li>
 * <li>A decision can be withdrawn while it is not definitive; a new decision starts a new
 * standstill.</li>
 * </ul>
 */
@Entity
@Table(name = "gunningsvoornemen")
public class Gunningsvoornemen {

    static final int MAX_REDEN = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "aanbesteding_id", nullable = false)
    private Long aanbestedingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private GunningsvoornemenStatus status;

    @Column(name = "verzonden_op", nullable = false)
    private Instant verzondenOp;

    @Column(name = "verzenddatum", nullable = false)
    private LocalDate verzenddatum;

    @Column(name = "standstill_dagen", nullable = false)
    private int standstillDagen;

    @Column(name = "standstill_einde", nullable = false)
    private LocalDate standstillEinde;

    @Column(name = "verzonden_door", nullable = false, length = 100)
    private String verzondenDoor;

    @Column(name = "ingetrokken_op")
    private Instant ingetrokkenOp;

    @Column(name = "intrekkingsreden", length = MAX_REDEN)
    private String intrekkingsreden;

    @Column(name = "definitief_op")
    private Instant definitiefOp;

    @OneToMany(mappedBy = "voornemen", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    private List<Gunningsbericht> berichten = new ArrayList<>();

    protected Gunningsvoornemen() {
    }

    /**
     * The decision of an evaluated tender, with a message per bid of every lot.
     *
     * @param uitslagen    the final table of every lot
     * @param aanbiederVan the provider id of each bid in the tables
     */
    public Gunningsvoornemen(Aanbesteding a, List<PerceelUitslag> uitslagen, LongUnaryOperator aanbiederVan,
            String door, Instant nu) {
        a.getStatus().naar(AanbestedingStatus.GUNNINGSVOORNEMEN_VERZONDEN, "een gunningsvoornemen verzenden");
        String onaf = uitslagen.stream().filter(u -> !u.uitslag().isCompleet()).map(u -> u.perceel().label())
                .collect(Collectors.joining(", "));
        if (!onaf.isEmpty()) {
            throw new StateConflictException("De beoordeling is niet compleet voor " + onaf + ".");
        }
        this.aanbestedingId = a.getId();
        this.status = GunningsvoornemenStatus.VERZONDEN;
        this.verzondenOp = Objects.requireNonNull(nu, "nu");
        this.verzenddatum = LocalDate.ofInstant(nu, Nl.TIJDZONE);
        this.standstillDagen = a.getStandstillDagen();
        this.standstillEinde = Standstill.standstillEinde(verzenddatum, standstillDagen);
        this.verzondenDoor = Objects.requireNonNull(door, "door");
        for (PerceelUitslag u : uitslagen) {
            for (BpkvRegel r : u.uitslag().regels()) {
                berichten.add(new Gunningsbericht(this, u.perceel(), aanbiederVan.applyAsLong(r.inschrijvingId()), r,
                        u.uitslag()));
            }
        }
    }

    public Standstill standstill() {
        return new Standstill(verzenddatum, standstillDagen);
    }

    /**
     * Refuses the definitive award while the standstill runs or an objection is open (DESIGN.md,
     * "Tender"), with the end date, the days left and the open objections in the message.
     *
     * @param openBezwaren the objections against this decision that are still open
     */
    public void controleerDefinitieveGunning(LocalDate vandaag, List<Bezwaar> openBezwaren) {
        moetVerzondenZijn();
        Standstill s = standstill();
        if (!s.isVerstreken(vandaag)) {
            long dagen = s.dagenResterend(vandaag);
            throw new StateConflictException("De standstilltermijn loopt tot en met " + Nl.datum(s.einde()) + " (nog "
                    + dagen + (dagen == 1 ? " dag" : " dagen") + "); contracten kunnen vanaf "
                    + Nl.datum(s.eersteDagNaEinde()) + " worden aangemaakt.");
        }
        if (!openBezwaren.isEmpty()) {
            throw new StateConflictException("Er " + (openBezwaren.size() == 1 ? "staat nog een bezwaar" : "staan nog "
                    + openBezwaren.size() + " bezwaren") + " open (" + openBezwaren.stream()
                    .map(b -> "van " + b.getAanbiederNaam() + ", ingediend op " + Nl.datum(LocalDate.ofInstant(
                            b.getIngediendOp(), Nl.TIJDZONE)))
                    .collect(Collectors.joining("; ")) + "); handel het eerst af voordat u definitief gunt.");
        }
    }

    /** The definitive award has been made: the contracts exist. */
    public void maakDefinitief(LocalDate vandaag, List<Bezwaar> openBezwaren, Instant nu) {
        controleerDefinitieveGunning(vandaag, openBezwaren);
        status = GunningsvoornemenStatus.DEFINITIEF;
        definitiefOp = nu;
    }

    /** Withdraws the decision, with a reason the bidders can read; refused while objections are open. */
    public void trekIn(String reden, List<Bezwaar> openBezwaren, Instant nu) {
        moetVerzondenZijn();
        FieldChecks checks = new FieldChecks();
        String r = checks.requiredText("reden", reden, MAX_REDEN);
        checks.throwIfAny();
        if (!openBezwaren.isEmpty()) {
            throw new StateConflictException("Handel eerst de open bezwaren af; daarna kan het gunningsvoornemen worden "
                    + "ingetrokken.");
        }
        vervalt(r, nu);
    }

    /** Void because the tender was cancelled. */
    void vervalt(String reden, Instant nu) {
        status = GunningsvoornemenStatus.INGETROKKEN;
        ingetrokkenOp = nu;
        intrekkingsreden = reden;
    }

    private void moetVerzondenZijn() {
        if (status != GunningsvoornemenStatus.VERZONDEN) {
            throw new StateConflictException("Dit gunningsvoornemen is al " + (status == GunningsvoornemenStatus.DEFINITIEF
                    ? "gevolgd door de definitieve gunning." : "ingetrokken."));
        }
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

    public GunningsvoornemenStatus getStatus() {
        return status;
    }

    public Instant getVerzondenOp() {
        return verzondenOp;
    }

    /** The send date in Dutch time: the standstill counts from the day after. */
    public LocalDate getVerzenddatum() {
        return verzenddatum;
    }

    public int getStandstillDagen() {
        return standstillDagen;
    }

    /** The last day of the standstill. */
    public LocalDate getStandstillEinde() {
        return standstillEinde;
    }

    public String getVerzondenDoor() {
        return verzondenDoor;
    }

    public Instant getIngetrokkenOp() {
        return ingetrokkenOp;
    }

    public String getIntrekkingsreden() {
        return intrekkingsreden;
    }

    public Instant getDefinitiefOp() {
        return definitiefOp;
    }

    /** The messages, by lot and rank (excluded last); read-only. Loaded lazily: read inside a service. */
    public List<Gunningsbericht> getBerichten() {
        List<Gunningsbericht> sorted = new ArrayList<>(berichten);
        sorted.sort(Comparator.comparingInt(Gunningsbericht::getPerceelNummer)
                .thenComparing(b -> b.getRang() == null ? Integer.MAX_VALUE : b.getRang())
                .thenComparing(Gunningsbericht::getAanbiederNaam));
        return List.copyOf(sorted);
    }
}
