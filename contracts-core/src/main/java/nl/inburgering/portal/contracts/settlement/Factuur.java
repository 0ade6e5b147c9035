package nl.inburgering.portal.contracts.settlement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.settlement.rules.Factuursoort;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.StateConflictException;

/**
 * A provider's invoice for one contract and month (DESIGN.md, "Settlement"): one per contract, month and
 * {@link Factuursoort kind}, which a unique key guarantees. A settlement run writes and rewrites it while it
 * is {@link Factuurstatus#CONCEPT} (in SQL, {@code settlement.internal}); from then on the workflow methods
 * here move it on, and nothing changes its lines or amounts but the contract manager's review.
 *
 * <p>{@code netto}/{@code btw} are the invoice as computed and submitted; {@code goedgekeurdNetto}/{@code
 * goedgekeurdBtw} the approved part (without the rejected lines), set on approval, with the gemeenten's
 * {@link #getAandelen() shares} recomputed over the approved lines.
 */
@Entity
@Table(name = "factuur")
public class Factuur {

    static final int MAX_NUMMER = 50;
    static final int MAX_TEKST = 1000;

    @Id
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "contract_id", nullable = false)
    private Long contractId;

    @Column(name = "aanbieder_id", nullable = false)
    private Long aanbiederId;

    @Column(name = "maand", nullable = false)
    private LocalDate maand;

    @Enumerated(EnumType.STRING)
    @Column(name = "soort", nullable = false, length = 20)
    private Factuursoort soort;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Factuurstatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "btw_tarief", nullable = false, length = 20)
    private BtwTarief btwTarief;

    @Column(name = "netto", nullable = false, precision = 19, scale = 2)
    private Money netto;

    @Column(name = "btw", nullable = false, precision = 19, scale = 2)
    private Money btw;

    @Column(name = "goedgekeurd_netto", precision = 19, scale = 2)
    private Money goedgekeurdNetto;

    @Column(name = "goedgekeurd_btw", precision = 19, scale = 2)
    private Money goedgekeurdBtw;

    @Column(name = "factuurnummer", length = MAX_NUMMER)
    private String factuurnummer;

    @Column(name = "berekend_op", nullable = false)
    private Instant berekendOp;

    @Column(name = "afrekenrun_id")
    private Long afrekenrunId;

    @Column(name = "ingediend_door", length = 100)
    private String ingediendDoor;

    @Column(name = "ingediend_op")
    private Instant ingediendOp;

    @Column(name = "beoordeeld_door", length = 100)
    private String beoordeeldDoor;

    @Column(name = "beoordeeld_op")
    private Instant beoordeeldOp;

    @Column(name = "afkeurreden", length = MAX_TEKST)
    private String afkeurreden;

    @Column(name = "betaald_op")
    private LocalDate betaaldOp;

    @Column(name = "betaalreferentie", length = 100)
    private String betaalreferentie;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "factuur_aandeel", joinColumns = @JoinColumn(name = "factuur_id"))
    @OrderBy("gemeenteId ASC")
    private List<FactuurAandeel> aandelen = new ArrayList<>();

    protected Factuur() {
    }

    // ---------------------------------------------------------------- workflow

    /** The provider confirms the computed invoice under its own number (unique per provider: the service checks). */
    void dienIn(String nummer, String door) {
        naar(Factuurstatus.INGEDIEND);
        this.factuurnummer = nummer;
        this.ingediendDoor = door;
        this.ingediendOp = Instant.now();
    }

    /** Approved: the approved part and its shares, computed by the service over the lines not rejected. */
    void keurGoed(Money nettoGoedgekeurd, Money btwGoedgekeurd, Collection<FactuurAandeel> aandelenGoedgekeurd,
            String door) {
        naar(Factuurstatus.GOEDGEKEURD);
        this.goedgekeurdNetto = nettoGoedgekeurd;
        this.goedgekeurdBtw = btwGoedgekeurd;
        this.aandelen.clear();
        this.aandelen.addAll(aandelenGoedgekeurd);
        this.beoordeeldDoor = door;
        this.beoordeeldOp = Instant.now();
    }

    void keurAf(String reden, String door) {
        naar(Factuurstatus.AFGEKEURD);
        this.afkeurreden = reden;
        this.beoordeeldDoor = door;
        this.beoordeeldOp = Instant.now();
    }

    void registreerBetaling(LocalDate op, String referentie) {
        naar(Factuurstatus.BETAALD);
        this.betaaldOp = op;
        this.betaalreferentie = referentie;
    }

    private void naar(Factuurstatus nieuw) {
        if (!status.kanNaar(nieuw)) {
            throw new StateConflictException("Factuur " + id + " is " + status.name().toLowerCase()
                    + " en kan niet " + switch (nieuw) {
                        case INGEDIEND -> "worden ingediend";
                        case GOEDGEKEURD -> "worden goedgekeurd";
                        case AFGEKEURD -> "worden afgekeurd";
                        case BETAALD -> "als betaald worden geregistreerd";
                        case CONCEPT -> "terug naar concept";
                    } + ".");
        }
        this.status = nieuw;
    }

    // ---------------------------------------------------------------- reading

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getContractId() {
        return contractId;
    }

    public Long getAanbiederId() {
        return aanbiederId;
    }

    public YearMonth getMaand() {
        return YearMonth.from(maand);
    }

    public Factuursoort getSoort() {
        return soort;
    }

    public Factuurstatus getStatus() {
        return status;
    }

    public BtwTarief getBtwTarief() {
        return btwTarief;
    }

    public Money getNetto() {
        return netto;
    }

    public Money getBtw() {
        return btw;
    }

    public Money getTotaal() {
        return netto.plus(btw);
    }

    public Money getGoedgekeurdNetto() {
        return goedgekeurdNetto;
    }

    public Money getGoedgekeurdBtw() {
        return goedgekeurdBtw;
    }

    public String getFactuurnummer() {
        return factuurnummer;
    }

    public Instant getBerekendOp() {
        return berekendOp;
    }

    public Long getAfrekenrunId() {
        return afrekenrunId;
    }

    public String getIngediendDoor() {
        return ingediendDoor;
    }

    public Instant getIngediendOp() {
        return ingediendOp;
    }

    public String getBeoordeeldDoor() {
        return beoordeeldDoor;
    }

    public Instant getBeoordeeldOp() {
        return beoordeeldOp;
    }

    public String getAfkeurreden() {
        return afkeurreden;
    }

    public LocalDate getBetaaldOp() {
        return betaaldOp;
    }

    public String getBetaalreferentie() {
        return betaalreferentie;
    }

    public List<FactuurAandeel> getAandelen() {
        return List.copyOf(aandelen);
    }
}
