package nl.inburgering.portal.tendering.inschrijving;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** The contract manager's score of a bid on one quality criterion (by the criterion's number). */
@Embeddable
public class Kwaliteitsscore implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "criterium", nullable = false)
    private int criterium;

    @Column(name = "score", nullable = false, precision = 5, scale = 2)
    private BigDecimal score;

    protected Kwaliteitsscore() {
    }

    public Kwaliteitsscore(int criterium, BigDecimal score) {
        if (criterium < 1 || score == null || score.signum() < 0) {
            throw new IllegalArgumentException("invalid score for criterion " + criterium);
        }
        this.criterium = criterium;
        this.score = score.setScale(2);
    }

    public int getCriterium() {
        return criterium;
    }

    public BigDecimal getScore() {
        return score;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Kwaliteitsscore k && criterium == k.criterium && score.compareTo(k.score) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(criterium, score.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return criterium + ": " + score;
    }
}
