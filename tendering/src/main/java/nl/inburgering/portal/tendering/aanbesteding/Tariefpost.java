package nl.inburgering.portal.tendering.aanbesteding;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.Onderdeel;

/**
 * A priced item of a lot with its estimated volume over the contract term (e.g. 12,000 language
 * hours). Numbered from 1; a bid prices every item, and its evaluation price is
 * {@link #evaluatieprijs(List, Map) the sum of item price x estimated volume}.
 *
 * <p>An item may name the course component it prices ({@link Onderdeel}, hourly billing only): the
 * winner's price becomes the contract's rate for the hours of that component. An item without one
 * prices every component that has no item of its own.
 */
@Embeddable
public class Tariefpost implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_OMSCHRIJVING = 200;

    @Column(name = "nummer", nullable = false)
    private int nummer;

    @Column(name = "omschrijving", nullable = false, length = MAX_OMSCHRIJVING)
    private String omschrijving;

    @Column(name = "geraamd_volume", nullable = false)
    private long geraamdVolume;

    @Enumerated(EnumType.STRING)
    @Column(name = "onderdeel", length = 20)
    private Onderdeel onderdeel;

    protected Tariefpost() {
    }

    /** An item for every component. */
    public Tariefpost(int nummer, String omschrijving, long geraamdVolume) {
        this(nummer, omschrijving, geraamdVolume, null);
    }

    /** @param onderdeel optional: the component this item prices; null prices every component */
    public Tariefpost(int nummer, String omschrijving, long geraamdVolume, Onderdeel onderdeel) {
        if (nummer < 1 || omschrijving == null || omschrijving.isBlank() || geraamdVolume < 1) {
            throw new IllegalArgumentException("invalid tariff item " + nummer);
        }
        this.nummer = nummer;
        this.omschrijving = omschrijving.strip();
        this.geraamdVolume = geraamdVolume;
        this.onderdeel = onderdeel;
    }

    /**
     * The evaluation price of a bid: the sum over the items of price x estimated volume (DESIGN.md,
     * "Tender"; exact, since volumes are whole numbers).
     *
     * @param prijzen the bid's price per item number; every item must have one
     */
    public static Money evaluatieprijs(List<Tariefpost> posten, Map<Integer, Money> prijzen) {
        Money som = Money.ZERO;
        for (Tariefpost p : posten) {
            Money prijs = prijzen.get(p.nummer);
            if (prijs == null) {
                throw new IllegalArgumentException("no price for item " + p.nummer);
            }
            som = som.plus(prijs.times(BigDecimal.valueOf(p.geraamdVolume)));
        }
        return som;
    }

    public int getNummer() {
        return nummer;
    }

    public String getOmschrijving() {
        return omschrijving;
    }

    public long getGeraamdVolume() {
        return geraamdVolume;
    }

    /** The component this item prices; null when it prices every component. */
    public Onderdeel getOnderdeel() {
        return onderdeel;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tariefpost t && nummer == t.nummer && omschrijving.equals(t.omschrijving)
                && geraamdVolume == t.geraamdVolume && onderdeel == t.onderdeel;
    }

    @Override
    public int hashCode() {
        return Objects.hash(nummer, omschrijving, geraamdVolume, onderdeel);
    }

    @Override
    public String toString() {
        return nummer + ". " + omschrijving + (onderdeel == null ? "" : " [" + onderdeel + "]") + " (" + geraamdVolume
                + ")";
    }
}
