package nl.inburgering.portal.tendering.gunning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.StateConflictException;

/**
 * The link between a winning bid and the contract the definitive award created for it in
 * contracts-core (by id), with the extension options exercised since. Each option of the tender's
 * terms can be exercised once, in order (Aanbestedingswet 2012, art. 2.163b: only modifications
 * foreseen in the procurement documents).
 */
@Entity
@Table(name = "gegund_contract")
public class GegundContract {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "aanbesteding_id", nullable = false)
    private Long aanbestedingId;

    @Column(name = "voornemen_id", nullable = false)
    private Long voornemenId;

    @Column(name = "perceel_id", nullable = false)
    private Long perceelId;

    @Column(name = "inschrijving_id", nullable = false)
    private Long inschrijvingId;

    @Column(name = "aanbieder_id", nullable = false)
    private Long aanbiederId;

    @Column(name = "contract_id", nullable = false, unique = true)
    private Long contractId;

    @Column(name = "contract_nummer", nullable = false, length = 30)
    private String contractNummer;

    @Column(name = "rang", nullable = false)
    private int rang;

    @Column(name = "verlengopties", nullable = false)
    private int verlengopties;

    @Column(name = "gegund_op", nullable = false)
    private Instant gegundOp;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "gegund_contract_verlenging", joinColumns = @JoinColumn(name = "gegund_contract_id"))
    private List<Verlenging> verlengingen = new ArrayList<>();

    protected GegundContract() {
    }

    public GegundContract(Gunningsvoornemen voornemen, Gunningsbericht winnaar, long contractId, String contractNummer,
            int verlengopties, Instant op) {
        if (winnaar.getUitkomst() != Uitkomst.GUNNING_VOORGENOMEN) {
            throw new IllegalArgumentException("not a winner: " + winnaar.getAanbiederNaam());
        }
        this.aanbestedingId = voornemen.getAanbestedingId();
        this.voornemenId = voornemen.getId();
        this.perceelId = winnaar.getPerceelId();
        this.inschrijvingId = winnaar.getInschrijvingId();
        this.aanbiederId = winnaar.getAanbiederId();
        this.rang = winnaar.getRang();
        this.contractId = contractId;
        this.contractNummer = Objects.requireNonNull(contractNummer, "contractNummer");
        this.verlengopties = verlengopties;
        this.gegundOp = Objects.requireNonNull(op, "op");
    }

    /**
     * Refuses an option that does not exist, was already exercised, or is not the next one.
     *
     * @param optie 1 for the first option
     */
    public void controleerOptie(int optie) {
        if (optie < 1 || optie > verlengopties) {
            throw InvalidInputException.of("optie", "verlenging.optie-onbekend", verlengopties == 0
                    ? "Contract " + contractNummer + " heeft geen verlengopties."
                    : "Contract " + contractNummer + " heeft verlengopties 1 tot en met " + verlengopties + ".");
        }
        if (verlengingen.stream().anyMatch(v -> v.getOptie() == optie)) {
            throw new StateConflictException("Verlengoptie " + optie + " van contract " + contractNummer
                    + " is al gebruikt.");
        }
        if (optie != volgendeOptie()) {
            throw new StateConflictException("Verlengopties worden op volgorde gebruikt; de volgende optie van contract "
                    + contractNummer + " is optie " + volgendeOptie() + ".");
        }
    }

    /** Records an exercised option (after contracts-core extended the contract). */
    public Verlenging registreerVerlenging(int optie, LocalDate oudeEinddatum, LocalDate nieuweEinddatum, String door,
            Instant op) {
        controleerOptie(optie);
        Verlenging v = new Verlenging(optie, oudeEinddatum, nieuweEinddatum, door, op);
        verlengingen.add(v);
        return v;
    }

    /** The next option to exercise; more than {@link #getVerlengopties()} when all are used. */
    public int volgendeOptie() {
        return verlengingen.size() + 1;
    }

    public int getOptiesResterend() {
        return verlengopties - verlengingen.size();
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

    public Long getVoornemenId() {
        return voornemenId;
    }

    public Long getPerceelId() {
        return perceelId;
    }

    public Long getInschrijvingId() {
        return inschrijvingId;
    }

    public Long getAanbiederId() {
        return aanbiederId;
    }

    public Long getContractId() {
        return contractId;
    }

    public String getContractNummer() {
        return contractNummer;
    }

    public int getRang() {
        return rang;
    }

    public int getVerlengopties() {
        return verlengopties;
    }

    public Instant getGegundOp() {
        return gegundOp;
    }

    /** In option order; read-only. */
    public List<Verlenging> getVerlengingen() {
        List<Verlenging> sorted = new ArrayList<>(verlengingen);
        sorted.sort(Comparator.comparingInt(Verlenging::getOptie));
        return List.copyOf(sorted);
    }
}
