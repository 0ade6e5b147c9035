package nl.inburgering.portal.tendering.inschrijving;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import nl.inburgering.portal.contracts.shared.Money;

/** A bid's price for one tariff item of the lot; becomes the winner's contract tariff. */
@Embeddable
public class PostPrijs implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "post", nullable = false)
    private int post;

    @Column(name = "prijs", nullable = false, precision = 19, scale = 2)
    private Money prijs;

    protected PostPrijs() {
    }

    public PostPrijs(int post, Money prijs) {
        if (post < 1 || prijs == null || !prijs.isPositive()) {
            throw new IllegalArgumentException("invalid price for item " + post);
        }
        this.post = post;
        this.prijs = prijs;
    }

    public int getPost() {
        return post;
    }

    public Money getPrijs() {
        return prijs;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PostPrijs p && post == p.post && prijs.equals(p.prijs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(post, prijs);
    }

    @Override
    public String toString() {
        return "post " + post + ": " + prijs;
    }
}
