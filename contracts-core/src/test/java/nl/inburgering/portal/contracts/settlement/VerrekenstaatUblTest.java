package nl.inburgering.portal.contracts.settlement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.settlement.rules.BtwVerdeling;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.StateConflictException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The UBL invoice of a statement is valid by the official SI-UBL 2.0 rules (EN 16931 + NLCIUS, through phive):
 * zero errors for 21 % only, exempt only, both, VAT shares a cent off rate x base, a negative correction post
 * and a negative total; and it says what a gemeente's administration reads from it.
 */
class VerrekenstaatUblTest {

    private static final YearMonth OKTOBER = YearMonth.of(2026, 10);
    private static final long EEMSDELTA = 2;
    private static final long HOGELAND = 3;

    static VerrekenstaatDocument.Partij groningen() {
        return new VerrekenstaatDocument.Partij(1, "Groningen", "0014", "00000001001589623000",
                "Team Inburgering Groningen", "inburgering@groningen.demo.nl", "Grote Markt 1", "9712 HN",
                "Groningen", "NL47BNGH0285169420", "NL001589623B01");
    }

    static VerrekenstaatDocument.Partij eemsdelta() {
        return new VerrekenstaatDocument.Partij(EEMSDELTA, "Eemsdelta", "1979", "00000001823288444000",
                "Team Inburgering Eemsdelta", "inburgering@eemsdelta.demo.nl", "Westerlaan 5", "9934 AK",
                "Appingedam", null, null);
    }

    static Verrekenstaatpost post(long factuurId, String contract, String aanbieder, BtwTarief tarief, String netto,
            String btw) {
        Money n = Money.of(netto);
        Money b = Money.of(btw);
        return new Verrekenstaatpost(factuurId, "F-" + factuurId, factuurId + 100, contract, aanbieder, tarief, n, b,
                n.plus(b));
    }

    static VerrekenstaatDocument document(VerrekenstaatDocument.Partij lead, List<Verrekenstaatpost> posten) {
        Money netto = Money.sum(posten.stream().map(Verrekenstaatpost::netto).toList());
        Money btw = Money.sum(posten.stream().map(Verrekenstaatpost::btw).toList());
        VerrekenstaatView v = new VerrekenstaatView(7, 0, "VS-2026-10-1979", EEMSDELTA, "Eemsdelta", "1979", OKTOBER,
                Verrekenstaatstatus.DEFINITIEF, netto, btw, netto.plus(btw), posten.size(), "contractbeheerder", null);
        return new VerrekenstaatDocument(v, lead, eemsdelta(), LocalDate.of(2026, 11, 12), posten);
    }

    static VerrekenstaatDocument document(List<Verrekenstaatpost> posten) {
        return document(groningen(), posten);
    }

    private static byte[] geldig(VerrekenstaatDocument d) {
        byte[] xml = VerrekenstaatUbl.xml(d);
        UblValidatie.Uitkomst u = UblValidatie.valideer(xml);
        u.waarschuwingen().forEach(w -> System.out.println("SI-UBL 2.0 warning: " + w));
        assertTrue(u.geldig(), () -> "SI-UBL 2.0 errors:\n" + String.join("\n", u.fouten()) + "\n\n"
                + new String(xml, StandardCharsets.UTF_8));
        return xml;
    }

    // ---------------------------------------------------------------- valid by the official rules

    @Test
    void standardRatedOnly() {
        byte[] xml = geldig(document(List.of(
                post(11, "AB-2026-B1-01", "Taalhuis Groningen B.V.", BtwTarief.EENENTWINTIG, "1000.00", "210.00"),
                post(12, "AB-2026-Z-02", "Spreekbeurt Taaltrainingen", BtwTarief.EENENTWINTIG, "437.50", "91.88"))));
        Xml x = new Xml(xml);
        assertEquals(VerrekenstaatUbl.CUSTOMIZATION_ID, x.tekst("/inv:Invoice/cbc:CustomizationID"));
        assertEquals(VerrekenstaatUbl.PROFILE_ID, x.tekst("/inv:Invoice/cbc:ProfileID"));
        assertEquals("VS-2026-10-1979", x.tekst("/inv:Invoice/cbc:ID"));
        assertEquals("VS-2026-10-1979", x.tekst("/inv:Invoice/cbc:BuyerReference"));
        assertEquals("2026-11-12", x.tekst("/inv:Invoice/cbc:IssueDate"));
        assertEquals("2026-12-12", x.tekst("/inv:Invoice/cbc:DueDate"));
        assertEquals("2026-10-01", x.tekst("//cac:InvoicePeriod/cbc:StartDate"));
        assertEquals("2026-10-31", x.tekst("//cac:InvoicePeriod/cbc:EndDate"));
        assertEquals("00000001001589623000",
                x.tekst("//cac:AccountingSupplierParty//cbc:EndpointID[@schemeID='0190']"));
        assertEquals("00000001001589623000",
                x.tekst("//cac:AccountingSupplierParty//cac:PartyLegalEntity/cbc:CompanyID[@schemeID='0190']"));
        assertEquals("00000001823288444000",
                x.tekst("//cac:AccountingCustomerParty//cbc:EndpointID[@schemeID='0190']"));
        assertEquals("Gemeente Eemsdelta", x.tekst("//cac:AccountingCustomerParty//cac:PartyName/cbc:Name"));
        assertEquals("NL47BNGH0285169420", x.tekst("//cac:PayeeFinancialAccount/cbc:ID"));
        assertEquals("58", x.tekst("//cac:PaymentMeans/cbc:PaymentMeansCode"));
        assertEquals(2, x.aantal("//cac:InvoiceLine"));
        assertEquals("1437.50", x.tekst("//cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount"));
        assertEquals("301.88", x.tekst("/inv:Invoice/cac:TaxTotal/cbc:TaxAmount"));
        assertEquals("1739.38", x.tekst("//cac:LegalMonetaryTotal/cbc:PayableAmount"));
        assertEquals("S", x.tekst("//cac:TaxSubtotal/cac:TaxCategory/cbc:ID"));
        assertEquals("21", x.tekst("//cac:TaxSubtotal/cac:TaxCategory/cbc:Percent"));
        assertEquals("EUR", x.tekst("//cac:LegalMonetaryTotal/cbc:PayableAmount/@currencyID"));
    }

    @Test
    void exemptEducationOnly() {
        byte[] xml = geldig(document(List.of(
                post(21, "OH-2026-001", "Noorderlicht College", BtwTarief.NUL, "5000.00", "0.00"),
                post(22, "OH-2026-002", "Hanze Schakelinstituut", BtwTarief.NUL, "1050.00", "0.00"))));
        Xml x = new Xml(xml);
        assertEquals(1, x.aantal("//cac:TaxSubtotal"));
        assertEquals("E", x.tekst("//cac:TaxSubtotal/cac:TaxCategory/cbc:ID"));
        assertEquals("0", x.tekst("//cac:TaxSubtotal/cac:TaxCategory/cbc:Percent"));
        assertEquals(VerrekenstaatUbl.VRIJSTELLING,
                x.tekst("//cac:TaxSubtotal/cac:TaxCategory/cbc:TaxExemptionReason"));
        assertEquals("6050.00", x.tekst("//cac:LegalMonetaryTotal/cbc:PayableAmount"));
        assertEquals("0.00", x.tekst("/inv:Invoice/cac:TaxTotal/cbc:TaxAmount"));
    }

    @Test
    void bothCategoriesEachWithItsBase() {
        byte[] xml = geldig(document(List.of(
                post(31, "AB-2026-B1-01", "Taalhuis Groningen B.V.", BtwTarief.EENENTWINTIG, "1250.00", "262.50"),
                post(32, "OH-2026-001", "Noorderlicht College", BtwTarief.NUL, "5000.00", "0.00"))));
        Xml x = new Xml(xml);
        assertEquals(2, x.aantal("//cac:TaxSubtotal"));
        assertEquals("1250.00", x.tekst("//cac:TaxSubtotal[cac:TaxCategory/cbc:ID='S']/cbc:TaxableAmount"));
        assertEquals("5000.00", x.tekst("//cac:TaxSubtotal[cac:TaxCategory/cbc:ID='E']/cbc:TaxableAmount"));
        assertEquals("E", x.tekst("//cac:InvoiceLine[2]/cac:Item/cac:ClassifiedTaxCategory/cbc:ID"));
        assertEquals("6512.50", x.tekst("//cac:LegalMonetaryTotal/cbc:PayableAmount"));
    }

    /**
     * The VAT of three provider invoices split by largest remainder: Eemsdelta's shares sum to a cent more
     * than 21 % of its base. The statement keeps the shares (what the providers charged), and the rules'
     * tolerance accepts it.
     */
    @Test
    void vatSharesACentOffRateTimesBaseAreKept() {
        List<Verrekenstaatpost> posten = new ArrayList<>();
        for (long f = 41; f <= 43; f++) {
            // each invoice: 10.03 for Eemsdelta and 10.03 for Het Hogeland; VAT round(20.06 x 21 %) = 4.21
            Money eemsdelta = Money.of("10.03");
            Map<Long, Money> aandelen = BtwVerdeling.verdeel(BtwTarief.EENENTWINTIG.btwOver(Money.of("20.06")),
                    Map.of(EEMSDELTA, eemsdelta, HOGELAND, Money.of("10.03")));
            posten.add(post(f, "AB-2026-B1-0" + (f - 40), "Taalhuis Groningen B.V.", BtwTarief.EENENTWINTIG,
                    eemsdelta.toString(), aandelen.get(EEMSDELTA).toString()));
        }
        VerrekenstaatDocument d = document(posten);
        Money btwShares = d.btw();
        Money rateTimesBase = BtwTarief.EENENTWINTIG.btwOver(d.netto());
        assertEquals("6.33", btwShares.toString(), "the lower gemeente id gets the remainder cent of each invoice");
        assertEquals("6.32", rateTimesBase.toString());
        assertNotEquals(rateTimesBase, btwShares);

        Xml x = new Xml(geldig(d));
        assertEquals("30.09", x.tekst("//cac:TaxSubtotal/cbc:TaxableAmount"));
        assertEquals("6.33", x.tekst("//cac:TaxSubtotal/cbc:TaxAmount"));
        assertEquals("36.42", x.tekst("//cac:LegalMonetaryTotal/cbc:PayableAmount"));
    }

    /** A correction post (less billed than before) is a line of quantity -1 at a positive price. */
    @Test
    void aNegativeCorrectionPost() {
        Xml x = new Xml(geldig(document(List.of(
                post(51, "AB-2026-B1-01", "Taalhuis Groningen B.V.", BtwTarief.EENENTWINTIG, "1000.00", "210.00"),
                post(52, "AB-2026-B1-02", "Lingua Noord", BtwTarief.EENENTWINTIG, "-62.50", "-13.13"),
                post(53, "OH-2026-001", "Noorderlicht College", BtwTarief.NUL, "-5000.00", "0.00"),
                post(54, "OH-2026-002", "Hanze Schakelinstituut", BtwTarief.NUL, "6050.00", "0.00")))));
        assertEquals("-1", x.tekst("//cac:InvoiceLine[2]/cbc:InvoicedQuantity"));
        assertEquals("-62.50", x.tekst("//cac:InvoiceLine[2]/cbc:LineExtensionAmount"));
        assertEquals("62.50", x.tekst("//cac:InvoiceLine[2]/cac:Price/cbc:PriceAmount"));
        assertEquals("937.50", x.tekst("//cac:TaxSubtotal[cac:TaxCategory/cbc:ID='S']/cbc:TaxableAmount"));
        assertEquals("196.87", x.tekst("//cac:TaxSubtotal[cac:TaxCategory/cbc:ID='S']/cbc:TaxAmount"));
        assertEquals("1050.00", x.tekst("//cac:TaxSubtotal[cac:TaxCategory/cbc:ID='E']/cbc:TaxableAmount"));
        assertEquals("2184.37", x.tekst("//cac:LegalMonetaryTotal/cbc:PayableAmount"));
    }

    /** A month of corrections only: the gemeente gets money back; still an invoice, with a negative amount due. */
    @Test
    void aNegativeTotal() {
        Xml x = new Xml(geldig(document(List.of(
                post(61, "AB-2026-B1-01", "Taalhuis Groningen B.V.", BtwTarief.EENENTWINTIG, "-125.00", "-26.25")))));
        assertEquals("380", x.tekst("/inv:Invoice/cbc:InvoiceTypeCode"));
        assertEquals("-151.25", x.tekst("//cac:LegalMonetaryTotal/cbc:PayableAmount"));
    }

    @Test
    void specialCharactersInNamesAreEscaped() {
        Xml x = new Xml(geldig(document(List.of(
                post(71, "AB-2026-B1-01", "Taal & Zo <\"Noord\">", BtwTarief.EENENTWINTIG, "100.00", "21.00")))));
        assertTrue(x.tekst("//cac:InvoiceLine/cac:Item/cbc:Name").endsWith("Taal & Zo <\"Noord\">"));
    }

    /** The validation is real: the same invoice without buyer reference and with a wrong total fails. */
    @Test
    void theRulesCatchABrokenInvoice() {
        String xml = new String(VerrekenstaatUbl.xml(document(List.of(
                post(91, "AB-2026-B1-01", "Taalhuis Groningen B.V.", BtwTarief.EENENTWINTIG, "100.00", "21.00")))),
                StandardCharsets.UTF_8);
        String kapot = xml.replaceAll("\\s*<cbc:BuyerReference>[^<]*</cbc:BuyerReference>", "")
                .replace("<cbc:PayableAmount currencyID=\"EUR\">121.00<",
                        "<cbc:PayableAmount currencyID=\"EUR\">120.00<");
        UblValidatie.Uitkomst u = UblValidatie.valideer(kapot.getBytes(StandardCharsets.UTF_8));
        assertTrue(u.fouten().stream().anyMatch(f -> f.startsWith("[BR-NL-2]")), () -> String.join("\n", u.fouten()));
        assertTrue(u.fouten().stream().anyMatch(f -> f.startsWith("[BR-CO-16]")), () -> String.join("\n", u.fouten()));
    }

    // ---------------------------------------------------------------- refused

    @Test
    void aStatementWithoutPostsIsRefused() {
        StateConflictException e = assertThrows(StateConflictException.class,
                () -> VerrekenstaatUbl.xml(document(List.of())));
        assertTrue(e.getMessage().contains("VS-2026-10-1979 heeft geen posten"), e.getMessage());
    }

    @Test
    void missingLeadDataIsNamedInTheRefusal() {
        VerrekenstaatDocument.Partij g = groningen();
        VerrekenstaatDocument.Partij zonder = new VerrekenstaatDocument.Partij(g.id(), g.naam(), g.cbsCode(), g.oin(),
                null, null, null, null, null, null, "NL001589623B01");
        StateConflictException e = assertThrows(StateConflictException.class, () -> VerrekenstaatUbl.xml(document(
                zonder, List.of(post(81, "AB-2026-B1-01", "Taalhuis", BtwTarief.EENENTWINTIG, "1.00", "0.21")))));
        assertEquals("De UBL-factuur van verrekenstaat VS-2026-10-1979 kan niet worden gemaakt: het adres van"
                + " centrumgemeente Groningen en het IBAN van centrumgemeente Groningen ontbreken. Vul de gegevens van"
                + " de gemeente aan; PDF en CSV zijn wel beschikbaar.", e.getMessage());
    }

    // ---------------------------------------------------------------- reading the XML

    /** XPath over the invoice with the UBL prefixes. */
    private static final class Xml {

        private final Document dom;
        private final XPath xpath = XPathFactory.newInstance().newXPath();

        Xml(byte[] xml) {
            try {
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                dom = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            xpath.setNamespaceContext(new NamespaceContext() {
                @Override
                public String getNamespaceURI(String prefix) {
                    return switch (prefix) {
                        case "inv" -> "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
                        case "cac" -> "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
                        case "cbc" -> "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
                        default -> null;
                    };
                }

                @Override
                public String getPrefix(String uri) {
                    return null;
                }

                @Override
                public java.util.Iterator<String> getPrefixes(String uri) {
                    return null;
                }
            });
        }

        String tekst(String expr) {
            try {
                return xpath.evaluate(expr, dom);
            } catch (Exception e) {
                throw new AssertionError(expr, e);
            }
        }

        int aantal(String expr) {
            try {
                return ((NodeList) xpath.evaluate(expr, dom, XPathConstants.NODESET)).getLength();
            } catch (Exception e) {
                throw new AssertionError(expr, e);
            }
        }
    }
}
