package nl.inburgering.portal.contracts.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.StateConflictException;

/**
 * A gemeente's statement for a month (DESIGN.md, "Settlement", Verrekenstaat): the sum of its approved lines
 * and VAT shares over all contracts, what it owes the lead municipality. It comes into being (OPEN) when the
 * first invoice of the month with lines of the gemeente is approved ({@link VerrekenstaatService#openVoor}, in
 * SQL so that two approvals at once make one); its amounts are computed from the
 * approved invoices until it is made {@link Verrekenstaatstatus#DEFINITIEF definitive}, which keeps them.
 */
@Entity
@Table(name = "verrekenstaat")
public class Verrekenstaat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "gemeente_id", nullable = false)
    private Long gemeenteId;

    @Column(name = "maand", nullable = false)
    private LocalDate maand;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Verrekenstaatstatus status;

    @Column(name = "nummer", nullable = false, length = 40)
    private String nummer;

    @Column(name = "netto", precision = 19, scale = 2)
    private Money netto;

    @Column(name = "btw", precision = 19, scale = 2)
    private Money btw;

    @Column(name = "definitief_door", length = 100)
    private String definitiefDoor;

    @Column(name = "definitief_op")
    private Instant definitiefOp;

    protected Verrekenstaat() {
    }

    /** The statement's number: {@code VS-<yyyy>-<mm>-<cbs code>}, unique as (gemeente, month) is. */
    static String nummer(String cbsCode, YearMonth maand) {
        return "VS-%d-%02d-%s".formatted(maand.getYear(), maand.getMonthValue(), cbsCode);
    }

    void maakDefinitief(Money nettoNu, Money btwNu, String door) {
        if (status == Verrekenstaatstatus.DEFINITIEF) {
            throw new StateConflictException("Verrekenstaat " + nummer + " is al definitief.");
        }
        this.status = Verrekenstaatstatus.DEFINITIEF;
        this.netto = nettoNu;
        this.btw = btwNu;
        this.definitiefDoor = door;
        this.definitiefOp = Instant.now();
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

    public YearMonth getMaand() {
        return YearMonth.from(maand);
    }

    public Verrekenstaatstatus getStatus() {
        return status;
    }

    public String getNummer() {
        return nummer;
    }

    /** The amounts kept when it was made definitive; null while OPEN (then computed). */
    public Money getNetto() {
        return netto;
    }

    public Money getBtw() {
        return btw;
    }

    public String getDefinitiefDoor() {
        return definitiefDoor;
    }

    public Instant getDefinitiefOp() {
        return definitiefOp;
    }
}
