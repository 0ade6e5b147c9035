package nl.inburgering.portal.web.settlement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.settlement.VerrekenstaatDocument;
import nl.inburgering.portal.contracts.settlement.VerrekenstaatView;
import nl.inburgering.portal.contracts.settlement.Verrekenstaatpost;
import nl.inburgering.portal.contracts.settlement.Verrekenstaatstatus;
import nl.inburgering.portal.contracts.shared.Money;

/** Statements for the export tests: Groningen charges Eemsdelta for October 2026. */
final class Verrekenstaten {

    private Verrekenstaten() {
    }

    static VerrekenstaatDocument.Partij groningen() {
        return new VerrekenstaatDocument.Partij(1, "Groningen", "0014", "00000001001589623000",
                "Team Inburgering Groningen", "inburgering@groningen.demo.nl", "Grote Markt 1", "9712 HN",
                "Groningen", "NL64BNGH0285001789", "NL001589623B01");
    }

    static VerrekenstaatDocument.Partij eemsdelta() {
        return new VerrekenstaatDocument.Partij(2, "Eemsdelta", "1979", "00000001823288444000",
                "Team Inburgering Eemsdelta", "inburgering@eemsdelta.demo.nl", "Johan van den Kornputplein 1",
                "9934 EA", "Delfzijl", null, null);
    }

    static Verrekenstaatpost post(long factuurId, String factuurnummer, String contract, String aanbieder,
            BtwTarief tarief, String netto, String btw) {
        Money n = Money.of(netto);
        Money b = Money.of(btw);
        return new Verrekenstaatpost(factuurId, factuurnummer, factuurId + 100, contract, aanbieder, tarief, n, b,
                n.plus(b));
    }

    static VerrekenstaatDocument staat(Verrekenstaatstatus status, List<Verrekenstaatpost> posten) {
        Money netto = Money.sum(posten.stream().map(Verrekenstaatpost::netto).toList());
        Money btw = Money.sum(posten.stream().map(Verrekenstaatpost::btw).toList());
        boolean definitief = status == Verrekenstaatstatus.DEFINITIEF;
        VerrekenstaatView v = new VerrekenstaatView(7, 0, "VS-2026-10-1979", 2, "Eemsdelta", "1979",
                YearMonth.of(2026, 10), status, netto, btw, netto.plus(btw), posten.size(),
                definitief ? "contractbeheerder" : null, definitief ? Instant.parse("2026-11-12T09:30:00Z") : null);
        return new VerrekenstaatDocument(v, groningen(), eemsdelta(), LocalDate.of(2026, 11, 12), posten);
    }

    /** 21 % and exempt, a correction, a provider whose name looks like a formula. */
    static VerrekenstaatDocument gemengd() {
        return staat(Verrekenstaatstatus.DEFINITIEF, List.of(
                post(11, "TH-2026-0042", "AB-2026-B1-01", "Taalhuis Groningen B.V.", BtwTarief.EENENTWINTIG,
                        "1234.56", "259.26"),
                post(12, "LN/2026/117", "AB-2026-B1-02", "Lingua Noord", BtwTarief.EENENTWINTIG, "-62.50", "-13.13"),
                post(13, "=HYPERLINK(\"x\")", "AB-2026-Z-02", "=1+2 Taaltrainingen", BtwTarief.EENENTWINTIG,
                        "780.00", "163.80"),
                post(14, "NLC-88", "OH-2026-001", "Noorderlicht College", BtwTarief.NUL, "5000.00", "0.00")));
    }
}
