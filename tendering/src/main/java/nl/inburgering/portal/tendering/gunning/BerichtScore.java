package nl.inburgering.portal.tendering.gunning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import nl.inburgering.portal.tendering.beoordeling.CriteriumPunten;

/** A bid's score and points on one criterion, as recorded in the award decision. */
@Embeddable
public class BerichtScore implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "criterium", nullable = false)
    private int criterium;

    @Column(name = "naam", nullable = false, length = 200)
    private String naam;

    @Column(name = "score", nullable = false, precision = 5, scale = 2)
    private BigDecimal score;

    @Column(name = "max_score", nullable = false)
    private int maxScore;

    @Column(name = "weging", nullable = false, precision = 5, scale = 2)
    private BigDecimal weging;

    @Column(name = "punten", nullable = false, precision = 7, scale = 2)
    private BigDecimal punten;

    protected BerichtScore() {
    }

    public BerichtScore(CriteriumPunten p) {
        this.criterium = p.nummer();
        this.naam = p.naam();
        this.score = Objects.requireNonNull(p.score(), "score").setScale(2);
        this.maxScore = p.maxScore();
        this.weging = p.weging().setScale(2);
        this.punten = p.punten();
    }

    public int getCriterium() {
        return criterium;
    }

    public String getNaam() {
        return naam;
    }

    public BigDecimal getScore() {
        return score;
    }

    public int getMaxScore() {
        return maxScore;
    }

    public BigDecimal getWeging() {
        return weging;
    }

    /** score / maxScore x weight, 2 decimals. */
    public BigDecimal getPunten() {
        return punten;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BerichtScore b && criterium == b.criterium && score.compareTo(b.score) == 0
                && punten.compareTo(b.punten) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(criterium, naam);
    }

    @Override
    public String toString() {
        return naam + ": " + score + "/" + maxScore + " = " + punten;
    }
}
