package nl.inburgering.portal.contracts.settlement;

import java.time.LocalDate;
import java.util.List;
import nl.inburgering.portal.contracts.shared.Money;

/**
 * Everything the exports of a statement (PDF, CSV, UBL) need: the statement, the lead municipality that
 * charges and the gemeente that owes (both identified by OIN), and the posts per invoice.
 *
 * @param datum the statement's date: the day it was made definitive, or today while OPEN
 */
public record VerrekenstaatDocument(VerrekenstaatView staat, Partij lead, Partij gemeente, LocalDate datum,
        List<Verrekenstaatpost> posten) {

    /**
     * A municipality as a party to the statement. The address ({@code straat} with house number, {@code
     * postcode}, {@code plaats}: all or none), {@code iban} and {@code btwNummer} are what the UBL invoice needs
     * (the last two of the lead only); each may be null.
     */
    public record Partij(long id, String naam, String cbsCode, String oin, String contactNaam, String contactEmail,
            String straat, String postcode, String plaats, String iban, String btwNummer) {
    }

    public Money netto() {
        return Money.sum(posten.stream().map(Verrekenstaatpost::netto).toList());
    }

    public Money btw() {
        return Money.sum(posten.stream().map(Verrekenstaatpost::btw).toList());
    }

    public Money totaal() {
        return netto().plus(btw());
    }
}
