package nl.inburgering.portal.contracts.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import nl.inburgering.portal.contracts.shared.InvalidInputException;

/**
 * The weight of a tendered contract in its lot's fair share (DESIGN.md, "Allocation": target shares
 * equal unless set per contract). Weights are relative: 50/30/20 and 5/3/2 give the same shares; a
 * contract's target share is its weight divided by the sum of the weights of the lot's contracts. A
 * contract without a row has no weight set; a lot takes equal shares unless every contract has one.
 */
@Entity
@Table(name = "toewijzing_doelaandeel")
public class Doelaandeel {

    static final BigDecimal MAX = new BigDecimal("1000000");

    @Id
    @Column(name = "contract_id")
    private Long contractId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "gewicht", nullable = false, precision = 9, scale = 2)
    private BigDecimal gewicht;

    protected Doelaandeel() {
    }

    public Doelaandeel(long contractId, BigDecimal gewicht) {
        this.contractId = contractId;
        wijzig(gewicht);
    }

    public void wijzig(BigDecimal nieuwGewicht) {
        if (nieuwGewicht == null || nieuwGewicht.signum() <= 0 || nieuwGewicht.compareTo(MAX) >= 0
                || nieuwGewicht.stripTrailingZeros().scale() > 2) {
            throw InvalidInputException.of("gewicht", "doelaandeel.ongeldig",
                    "Een doelaandeel is een getal groter dan nul en kleiner dan een miljoen, met hoogstens twee"
                            + " decimalen, bijvoorbeeld 50, 30 en 20 voor drie contracten.");
        }
        this.gewicht = nieuwGewicht;
    }

    public Long getContractId() {
        return contractId;
    }

    public long getVersion() {
        return version;
    }

    public BigDecimal getGewicht() {
        return gewicht;
    }
}
