package nl.inburgering.portal.contracts.settlement;

import java.time.Instant;
import java.time.YearMonth;
import nl.inburgering.portal.contracts.shared.Money;

/**
 * A gemeente's statement for a month: the sum of its shares of the approved invoices of the month (computed
 * while OPEN, as kept once DEFINITIEF), what it owes the lead municipality.
 *
 * @param aantalFacturen the approved invoices of the month with lines of this gemeente
 */
public record VerrekenstaatView(long id, long version, String nummer, long gemeenteId, String gemeente,
        String cbsCode, YearMonth maand, Verrekenstaatstatus status, Money netto, Money btw, Money totaal,
        long aantalFacturen, String definitiefDoor, Instant definitiefOp) {
}
