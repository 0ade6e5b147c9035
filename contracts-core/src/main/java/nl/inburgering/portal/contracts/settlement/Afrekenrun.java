package nl.inburgering.portal.contracts.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A settlement run (DESIGN.md, "Settlement"; "Pages": long jobs show progress): one month, all contracts
 * or one. It settles contract after contract, each in its own transaction, and counts as it goes so the page
 * and the API can show the progress. Runs of the same month may overlap: each contract is settled under its
 * row lock, so they wait for each other per contract and never make a second invoice.
 */
@Entity
@Table(name = "afrekenrun")
public class Afrekenrun {

    /** The longest message a run keeps (the column's length). */
    public static final int MAX_MELDING = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "maand", nullable = false)
    private LocalDate maand;

    @Column(name = "contract_id")
    private Long contractId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Afrekenrunstatus status;

    @Column(name = "aantal_contracten", nullable = false)
    private int aantalContracten;

    @Column(name = "verwerkt", nullable = false)
    private int verwerkt;

    @Column(name = "facturen_berekend", nullable = false)
    private int facturenBerekend;

    @Column(name = "facturen_bevroren", nullable = false)
    private int facturenBevroren;

    @Column(name = "gestart_door", nullable = false, length = 100)
    private String gestartDoor;

    @Column(name = "gestart_op", nullable = false)
    private Instant gestartOp;

    @Column(name = "klaar_op")
    private Instant klaarOp;

    @Column(name = "melding", length = MAX_MELDING)
    private String melding;

    protected Afrekenrun() {
    }

    Afrekenrun(YearMonth maand, Long contractId, String door) {
        this.maand = Objects.requireNonNull(maand).atDay(1);
        this.contractId = contractId;
        this.status = Afrekenrunstatus.WACHTEND;
        this.gestartDoor = door;
        this.gestartOp = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public YearMonth getMaand() {
        return YearMonth.from(maand);
    }

    public Long getContractId() {
        return contractId;
    }

    public Afrekenrunstatus getStatus() {
        return status;
    }

    public int getAantalContracten() {
        return aantalContracten;
    }

    public int getVerwerkt() {
        return verwerkt;
    }

    public int getFacturenBerekend() {
        return facturenBerekend;
    }

    public int getFacturenBevroren() {
        return facturenBevroren;
    }

    public String getGestartDoor() {
        return gestartDoor;
    }

    public Instant getGestartOp() {
        return gestartOp;
    }

    public Instant getKlaarOp() {
        return klaarOp;
    }

    public String getMelding() {
        return melding;
    }

    /** Percentage done, 0 to 100. */
    public int getVoortgang() {
        if (status == Afrekenrunstatus.GEREED) {
            return 100;
        }
        return aantalContracten == 0 ? 0 : verwerkt * 100 / aantalContracten;
    }
}
