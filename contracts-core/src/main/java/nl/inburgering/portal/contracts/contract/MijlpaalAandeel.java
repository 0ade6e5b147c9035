package nl.inburgering.portal.contracts.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import nl.inburgering.portal.contracts.shared.Percentage;

/** A milestone of a trajectory tariff with its share of the trajectory price. */
@Embeddable
public class MijlpaalAandeel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "mijlpaal", nullable = false, length = 20)
    private Mijlpaal mijlpaal;

    @Column(name = "percentage", nullable = false, precision = 5, scale = 2)
    private Percentage percentage;

    protected MijlpaalAandeel() {
    }

    public MijlpaalAandeel(Mijlpaal mijlpaal, Percentage percentage) {
        this.mijlpaal = Objects.requireNonNull(mijlpaal, "mijlpaal");
        this.percentage = Objects.requireNonNull(percentage, "percentage");
    }

    public Mijlpaal getMijlpaal() {
        return mijlpaal;
    }

    public Percentage getPercentage() {
        return percentage;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MijlpaalAandeel m && mijlpaal == m.mijlpaal && percentage.equals(m.percentage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mijlpaal, percentage);
    }

    @Override
    public String toString() {
        return mijlpaal + " " + percentage + " %";
    }
}
