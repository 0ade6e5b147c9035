package nl.inburgering.portal.contracts.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import nl.inburgering.portal.contracts.shared.Money;

/**
 * One gemeente's share of a gemeenten invoice: its net lines and its part of the VAT, split by largest
 * remainder so the shares sum exactly to the invoice (DESIGN.md, "Settlement"). Over all lines while the
 * invoice is open; over the approved lines once it is approved.
 */
@Embeddable
public class FactuurAandeel {

    @Column(name = "gemeente_id", nullable = false)
    private Long gemeenteId;

    @Column(name = "netto", nullable = false, precision = 19, scale = 2)
    private Money netto;

    @Column(name = "btw", nullable = false, precision = 19, scale = 2)
    private Money btw;

    protected FactuurAandeel() {
    }

    public FactuurAandeel(long gemeenteId, Money netto, Money btw) {
        this.gemeenteId = gemeenteId;
        this.netto = Objects.requireNonNull(netto);
        this.btw = Objects.requireNonNull(btw);
    }

    public long getGemeenteId() {
        return gemeenteId;
    }

    public Money getNetto() {
        return netto;
    }

    public Money getBtw() {
        return btw;
    }

    public Money getTotaal() {
        return netto.plus(btw);
    }
}
