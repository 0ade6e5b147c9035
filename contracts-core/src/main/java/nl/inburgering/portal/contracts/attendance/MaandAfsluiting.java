package nl.inburgering.portal.contracts.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A settled month of a contract (DESIGN.md, "Settlement", Corrections): once settled, the month's attendance
 * changes only through a {@link Correctieverzoek} the contract manager approves, and the next settlement
 * bills the difference. Locked by {@link PresentieService#vergrendel}, which settlement calls; never
 * unlocked.
 */
@Entity
@Table(name = "maand_afsluiting", uniqueConstraints = @UniqueConstraint(name = "ux_maand_afsluiting",
        columnNames = {"contract_id", "maand"}))
public class MaandAfsluiting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "contract_id", nullable = false)
    private Long contractId;

    /** The first day of the month. */
    @Column(name = "maand", nullable = false)
    private LocalDate maand;

    @Column(name = "vergrendeld_op", nullable = false)
    private Instant vergrendeldOp;

    @Column(name = "vergrendeld_door", nullable = false, length = 100)
    private String vergrendeldDoor;

    protected MaandAfsluiting() {
    }

    public Long getId() {
        return id;
    }

    public Long getContractId() {
        return contractId;
    }

    public YearMonth getMaand() {
        return YearMonth.from(maand);
    }

    public Instant getVergrendeldOp() {
        return vergrendeldOp;
    }

    public String getVergrendeldDoor() {
        return vergrendeldDoor;
    }
}
