package nl.inburgering.portal.contracts.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.inburgering.portal.contracts.contract.Betaalmodel;
import nl.inburgering.portal.contracts.contract.Mijlpaal;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.Onderdeel;
import nl.inburgering.portal.contracts.shared.StateConflictException;

/**
 * A line (factuurregel) of an {@link Factuur invoice}: one placement and product for one month, tagged with
 * the inburgeraar's gemeente (DESIGN.md, "Settlement"). Written by the settlement run in SQL; the contract
 * manager's review ({@link #keurAf}, {@link #herstel}) is its only change. A correction line
 * ({@link #isCorrectie()}) references the original month ({@link #getPeriode()}) and keeps what was billed
 * before and what the recomputation gives.
 */
@Entity
@Table(name = "factuurregel")
public class Factuurpost {

    @Id
    @Column(name = "id")
    private Long id;

    @Column(name = "factuur_id", nullable = false)
    private Long factuurId;

    @Column(name = "volgnummer", nullable = false)
    private int volgnummer;

    @Column(name = "plaatsing_id", nullable = false)
    private Long plaatsingId;

    @Column(name = "gemeente_id", nullable = false)
    private Long gemeenteId;

    @Column(name = "zelfbetaler", nullable = false)
    private boolean zelfbetaler;

    @Column(name = "periode", nullable = false)
    private LocalDate periode;

    @Column(name = "correctie", nullable = false)
    private boolean correctie;

    @Enumerated(EnumType.STRING)
    @Column(name = "betaalmodel", nullable = false, length = 20)
    private Betaalmodel betaalmodel;

    @Column(name = "tarief_geldig_vanaf", nullable = false)
    private LocalDate tariefGeldigVanaf;

    @Enumerated(EnumType.STRING)
    @Column(name = "mijlpaal", length = 20)
    private Mijlpaal mijlpaal;

    @Enumerated(EnumType.STRING)
    @Column(name = "onderdeel", length = 20)
    private Onderdeel onderdeel;

    @Column(name = "aantal", nullable = false, precision = 12, scale = 4)
    private BigDecimal aantal;

    @Column(name = "prijs", nullable = false, precision = 19, scale = 2)
    private Money prijs;

    @Column(name = "bedrag", nullable = false, precision = 19, scale = 2)
    private Money bedrag;

    @Column(name = "omschrijving", nullable = false, length = 300)
    private String omschrijving;

    @Column(name = "gefactureerd", precision = 19, scale = 2)
    private Money gefactureerd;

    @Column(name = "herberekend", precision = 19, scale = 2)
    private Money herberekend;

    @Enumerated(EnumType.STRING)
    @Column(name = "beoordeling", nullable = false, length = 20)
    private Regelbeoordeling beoordeling;

    @Enumerated(EnumType.STRING)
    @Column(name = "afkeurcode", length = 30)
    private Afkeurcode afkeurcode;

    @Column(name = "opmerking", length = Factuur.MAX_TEKST)
    private String opmerking;

    protected Factuurpost() {
    }

    void keurAf(Afkeurcode code, String opmerking) {
        if (beoordeling == Regelbeoordeling.GOEDGEKEURD) {
            throw new StateConflictException("Regel " + volgnummer + " is al goedgekeurd.");
        }
        this.beoordeling = Regelbeoordeling.AFGEKEURD;
        this.afkeurcode = code;
        this.opmerking = opmerking;
    }

    /** Takes a rejection back: the line is open again. */
    void herstel() {
        if (beoordeling == Regelbeoordeling.GOEDGEKEURD) {
            throw new StateConflictException("Regel " + volgnummer + " is al goedgekeurd.");
        }
        this.beoordeling = Regelbeoordeling.OPEN;
        this.afkeurcode = null;
        this.opmerking = null;
    }

    public Long getId() {
        return id;
    }

    public Long getFactuurId() {
        return factuurId;
    }

    public int getVolgnummer() {
        return volgnummer;
    }

    public Long getPlaatsingId() {
        return plaatsingId;
    }

    public Long getGemeenteId() {
        return gemeenteId;
    }

    public boolean isZelfbetaler() {
        return zelfbetaler;
    }

    public YearMonth getPeriode() {
        return YearMonth.from(periode);
    }

    public boolean isCorrectie() {
        return correctie;
    }

    public Betaalmodel getBetaalmodel() {
        return betaalmodel;
    }

    public LocalDate getTariefGeldigVanaf() {
        return tariefGeldigVanaf;
    }

    public Mijlpaal getMijlpaal() {
        return mijlpaal;
    }

    /** The component of the rate (PER_UUR), or null for the general rate. */
    public Onderdeel getOnderdeel() {
        return onderdeel;
    }

    public BigDecimal getAantal() {
        return aantal;
    }

    public Money getPrijs() {
        return prijs;
    }

    public Money getBedrag() {
        return bedrag;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public Money getGefactureerd() {
        return gefactureerd;
    }

    public Money getHerberekend() {
        return herberekend;
    }

    public Regelbeoordeling getBeoordeling() {
        return beoordeling;
    }

    public Afkeurcode getAfkeurcode() {
        return afkeurcode;
    }

    public String getOpmerking() {
        return opmerking;
    }
}
