package nl.inburgering.portal.tendering.aanbesteding;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A published quality criterion of a tender: its weight (points it can earn) and the highest score
 * (DESIGN.md, "Tender": quality points = sum of score / maxScore x weight). Numbered from 1 in the
 * order of publication; scores refer to the number.
 */
@Embeddable
public class Kwaliteitscriterium implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_NAAM = 200;
    static final int MAX_MAX_SCORE = 100;

    @Column(name = "nummer", nullable = false)
    private int nummer;

    @Column(name = "naam", nullable = false, length = MAX_NAAM)
    private String naam;

    @Column(name = "weging", nullable = false, precision = 5, scale = 2)
    private BigDecimal weging;

    @Column(name = "max_score", nullable = false)
    private int maxScore;

    protected Kwaliteitscriterium() {
    }

    public Kwaliteitscriterium(int nummer, String naam, BigDecimal weging, int maxScore) {
        if (nummer < 1 || naam == null || naam.isBlank() || weging == null || weging.signum() <= 0 || maxScore < 1) {
            throw new IllegalArgumentException("invalid criterion " + nummer + " " + naam);
        }
        this.nummer = nummer;
        this.naam = naam.strip();
        this.weging = weging.setScale(2);
        this.maxScore = maxScore;
    }

    public int getNummer() {
        return nummer;
    }

    public String getNaam() {
        return naam;
    }

    /** The points a perfect score earns. */
    public BigDecimal getWeging() {
        return weging;
    }

    public int getMaxScore() {
        return maxScore;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Kwaliteitscriterium k && nummer == k.nummer && naam.equals(k.naam)
                && weging.compareTo(k.weging) == 0 && maxScore == k.maxScore;
    }

    @Override
    public int hashCode() {
        return Objects.hash(nummer, naam, maxScore);
    }

    @Override
    public String toString() {
        return nummer + ". " + naam + " (weging " + weging.stripTrailingZeros().toPlainString() + ", max " + maxScore + ")";
    }
}
