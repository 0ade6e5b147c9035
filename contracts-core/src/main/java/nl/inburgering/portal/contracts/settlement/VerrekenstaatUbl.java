package nl.inburgering.portal.contracts.settlement;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.StateConflictException;

/**
 * A statement (verrekenstaat) as an electronic invoice (DESIGN.md, "Settlement", Verrekenstaat): UBL 2.1
 * {@code Invoice} following SI-UBL 2.0, the Dutch CIUS of EN 16931 (NLCIUS), from the lead municipality
 * (seller) to the participating gemeente (buyer), both identified by OIN (scheme 0190) as endpoint and legal
 * registration. Validated in the tests with the official SI-UBL 2.0 rules (phive).
 *
 * <ul>
 * <li>One invoice line per post (the gemeente's share of one provider's approved invoice): quantity 1 (-1 for a
 * negative correction post, since the item price may not be negative, BR-27), the post's net amount, an item
 * naming invoice, provider and contract.</li>
 * <li>VAT per category: {@code S} 21 % or {@code E} exempt (education, Wet OB 1968 art. 11(1)(o)) with that
 * reason as text (BR-E-10; a reason code is not recommended by BR-NL-35). A category's VAT is the sum of the
 * gemeente's VAT shares, which were split by largest remainder per provider invoice; it may differ by a cent
 * per invoice from rate x base, within the tolerance of one currency unit that BR-CO-17 and BR-S-09 allow.</li>
 * <li>Buyer reference (BT-10, BR-NL-2) and payment reference: the statement number. Due date: 30 days after the
 * statement date. Payment by SEPA credit transfer (code 58, BR-NL-12) to the lead's IBAN (BR-61).</li>
 * </ul>
 *
 * <p><b>Refusals</b> ({@link StateConflictException}, Dutch): a statement without posts (an invoice has at least
 * one line, BR-16; a zero invoice would ask the gemeente to book nothing), and missing party data the rules
 * require: OIN of both, postal address of both (BR-NL-3, BR-NL-4), the lead's IBAN and VAT identifier (BR-S-02,
 * BR-E-02). A negative total stays an invoice (type 380) with a negative amount due: the rules allow it and a
 * credit note would need a preceding invoice to refer to.
 *
 * <p>Written with {@link XMLStreamWriter} (no JAXB at runtime); UTF-8, indented.
 */
public final class VerrekenstaatUbl {

    static final String CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017#compliant#urn:fdc:nen.nl:nlcius:v1.0";
    static final String PROFILE_ID = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
    /** OIN as an ISO 6523 identifier scheme. */
    static final String OIN = "0190";
    static final int BETAALTERMIJN_DAGEN = 30;
    static final String VRIJSTELLING = "Vrijgesteld van btw: onderwijs (Wet OB 1968, art. 11 lid 1 onderdeel o)";

    private static final String NS_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    private static final String NS_CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private static final String NS_CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    private static final String EUR = "EUR";

    private VerrekenstaatUbl() {
    }

    /** "VS-2026-10-1979.xml". */
    public static String bestandsnaam(VerrekenstaatDocument d) {
        return d.staat().nummer().replaceAll("[^A-Za-z0-9-]", "-") + ".xml";
    }

    /**
     * The statement as a UBL 2.1 invoice, UTF-8.
     *
     * @throws StateConflictException the statement has no posts, or party data the rules need is missing
     */
    public static byte[] xml(VerrekenstaatDocument d) {
        controleer(d);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            new Schrijver(w).factuur(d);
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("UBL of statement " + d.staat().nummer(), e);
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- what must be there

    private static void controleer(VerrekenstaatDocument d) {
        String nummer = d.staat().nummer();
        if (d.posten().isEmpty()) {
            throw new StateConflictException("Verrekenstaat " + nummer + " heeft geen posten: er is niets te"
                    + " factureren, dus er is geen UBL-factuur. Een e-factuur heeft ten minste één regel.");
        }
        List<String> ontbreekt = new ArrayList<>();
        VerrekenstaatDocument.Partij lead = d.lead();
        VerrekenstaatDocument.Partij gemeente = d.gemeente();
        if (leeg(lead.oin())) {
            ontbreekt.add("het OIN van centrumgemeente " + lead.naam());
        }
        if (leeg(lead.straat()) || leeg(lead.postcode()) || leeg(lead.plaats())) {
            ontbreekt.add("het adres van centrumgemeente " + lead.naam());
        }
        if (leeg(lead.iban())) {
            ontbreekt.add("het IBAN van centrumgemeente " + lead.naam());
        }
        if (leeg(lead.btwNummer())) {
            ontbreekt.add("het btw-identificatienummer van centrumgemeente " + lead.naam());
        }
        if (leeg(gemeente.oin())) {
            ontbreekt.add("het OIN van gemeente " + gemeente.naam());
        }
        if (leeg(gemeente.straat()) || leeg(gemeente.postcode()) || leeg(gemeente.plaats())) {
            ontbreekt.add("het adres van gemeente " + gemeente.naam());
        }
        if (!ontbreekt.isEmpty()) {
            throw new StateConflictException("De UBL-factuur van verrekenstaat " + nummer + " kan niet worden"
                    + " gemaakt: " + opsomming(ontbreekt) + " ontbre" + (ontbreekt.size() == 1 ? "ekt" : "ken")
                    + ". Vul de gegevens van de gemeente aan; PDF en CSV zijn wel beschikbaar.");
        }
    }

    private static String opsomming(List<String> delen) {
        if (delen.size() == 1) {
            return delen.get(0);
        }
        return String.join(", ", delen.subList(0, delen.size() - 1)) + " en " + delen.get(delen.size() - 1);
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }

    // ---------------------------------------------------------------- writing

    /** VAT category of the EN 16931 code list UNCL5305 for a contract's rate. */
    private static String categorie(BtwTarief t) {
        return t == BtwTarief.NUL ? "E" : "S";
    }

    private static String percentage(BtwTarief t) {
        return t.percentage().value().stripTrailingZeros().toPlainString();
    }

    private static String bedrag(Money m) {
        return m.amount().toPlainString();
    }

    /** Writes elements one per line, indented by depth. */
    private static final class Schrijver {

        private final XMLStreamWriter w;
        private int diepte;

        Schrijver(XMLStreamWriter w) {
            this.w = w;
        }

        void factuur(VerrekenstaatDocument d) throws XMLStreamException {
            VerrekenstaatView s = d.staat();
            YearMonth maand = s.maand();
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.setDefaultNamespace(NS_INVOICE);
            w.setPrefix("cac", NS_CAC);
            w.setPrefix("cbc", NS_CBC);
            w.writeStartElement(NS_INVOICE, "Invoice");
            w.writeDefaultNamespace(NS_INVOICE);
            w.writeNamespace("cac", NS_CAC);
            w.writeNamespace("cbc", NS_CBC);
            diepte = 1;

            cbc("CustomizationID", CUSTOMIZATION_ID);
            cbc("ProfileID", PROFILE_ID);
            cbc("ID", s.nummer());
            cbc("IssueDate", d.datum().toString());
            cbc("DueDate", d.datum().plusDays(BETAALTERMIJN_DAGEN).toString());
            cbc("InvoiceTypeCode", "380");
            cbc("Note", "Verrekenstaat inburgering " + maand + " (Wet inburgering 2021): het aandeel van gemeente "
                    + d.gemeente().naam() + " in de goedgekeurde facturen van aanbieders over " + maand
                    + ", te betalen aan centrumgemeente " + d.lead().naam() + ".");
            cbc("DocumentCurrencyCode", EUR);
            cbc("BuyerReference", s.nummer());
            open("InvoicePeriod");
            cbc("StartDate", maand.atDay(1).toString());
            cbc("EndDate", maand.atEndOfMonth().toString());
            sluit();

            open("AccountingSupplierParty");
            partij(d.lead(), true);
            sluit();
            open("AccountingCustomerParty");
            partij(d.gemeente(), false);
            sluit();

            open("PaymentMeans");
            cbc("PaymentMeansCode", "58");
            cbc("PaymentID", s.nummer());
            open("PayeeFinancialAccount");
            cbc("ID", d.lead().iban());
            sluit();
            sluit();
            open("PaymentTerms");
            cbc("Note", "Betalen binnen " + BETAALTERMIJN_DAGEN + " dagen onder vermelding van " + s.nummer() + ".");
            sluit();

            btw(d);

            Money netto = d.netto();
            open("LegalMonetaryTotal");
            geld("LineExtensionAmount", netto);
            geld("TaxExclusiveAmount", netto);
            geld("TaxInclusiveAmount", d.totaal());
            geld("PayableAmount", d.totaal());
            sluit();

            int nr = 1;
            for (Verrekenstaatpost p : d.posten()) {
                regel(nr++, p, d);
            }

            diepte = 0;
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
        }

        private void partij(VerrekenstaatDocument.Partij p, boolean verkoper) throws XMLStreamException {
            open("Party");
            cbc("EndpointID", p.oin(), "schemeID", OIN);
            open("PartyName");
            cbc("Name", "Gemeente " + p.naam());
            sluit();
            open("PostalAddress");
            cbc("StreetName", p.straat());
            cbc("CityName", p.plaats());
            cbc("PostalZone", p.postcode());
            open("Country");
            cbc("IdentificationCode", "NL");
            sluit();
            sluit();
            if (verkoper || !leeg(p.btwNummer())) {
                open("PartyTaxScheme");
                cbc("CompanyID", p.btwNummer());
                open("TaxScheme");
                cbc("ID", "VAT");
                sluit();
                sluit();
            }
            open("PartyLegalEntity");
            cbc("RegistrationName", "Gemeente " + p.naam());
            cbc("CompanyID", p.oin(), "schemeID", OIN);
            sluit();
            if (!leeg(p.contactNaam()) || !leeg(p.contactEmail())) {
                open("Contact");
                if (!leeg(p.contactNaam())) {
                    cbc("Name", p.contactNaam());
                }
                if (!leeg(p.contactEmail())) {
                    cbc("ElectronicMail", p.contactEmail());
                }
                sluit();
            }
            sluit();
        }

        /** The VAT breakdown: per category the sum of the posts' net amounts and of their VAT shares. */
        private void btw(VerrekenstaatDocument d) throws XMLStreamException {
            Map<BtwTarief, Money[]> perTarief = new EnumMap<>(BtwTarief.class);
            for (Verrekenstaatpost p : d.posten()) {
                Money[] t = perTarief.computeIfAbsent(p.btwTarief(), k -> new Money[] {Money.ZERO, Money.ZERO});
                t[0] = t[0].plus(p.netto());
                t[1] = t[1].plus(p.btw());
            }
            open("TaxTotal");
            geld("TaxAmount", d.btw());
            // 21 % first, then exempt
            for (BtwTarief tarief : List.of(BtwTarief.EENENTWINTIG, BtwTarief.NUL)) {
                Money[] t = perTarief.get(tarief);
                if (t == null) {
                    continue;
                }
                open("TaxSubtotal");
                geld("TaxableAmount", t[0]);
                geld("TaxAmount", t[1]);
                belastingcategorie("TaxCategory", tarief, true);
                sluit();
            }
            sluit();
        }

        private void belastingcategorie(String element, BtwTarief tarief, boolean metReden) throws XMLStreamException {
            open(element);
            cbc("ID", categorie(tarief));
            cbc("Percent", percentage(tarief));
            if (metReden && tarief == BtwTarief.NUL) {
                cbc("TaxExemptionReason", VRIJSTELLING);
            }
            open("TaxScheme");
            cbc("ID", "VAT");
            sluit();
            sluit();
        }

        private void regel(int nr, Verrekenstaatpost p, VerrekenstaatDocument d) throws XMLStreamException {
            open("InvoiceLine");
            cbc("ID", String.valueOf(nr));
            cbc("InvoicedQuantity", p.netto().isNegative() ? "-1" : "1", "unitCode", "C62");
            geld("LineExtensionAmount", p.netto());
            open("Item");
            cbc("Description", "Aandeel van gemeente " + d.gemeente().naam() + " in factuur "
                    + (p.factuurnummer() == null ? p.factuurId() : p.factuurnummer()) + " van " + p.aanbieder()
                    + ", contract " + p.contractnummer() + ", " + d.staat().maand() + (p.btw().isZero() ? ""
                    : "; btw-aandeel " + bedrag(p.btw()) + " EUR") + ".");
            cbc("Name", "Inburgering " + p.contractnummer() + " " + p.aanbieder());
            open("SellersItemIdentification");
            cbc("ID", p.contractnummer());
            sluit();
            belastingcategorie("ClassifiedTaxCategory", p.btwTarief(), false);
            sluit();
            open("Price");
            geld("PriceAmount", Money.of(p.netto().amount().abs()));
            sluit();
            sluit();
        }

        // -------------------------------------------------------- primitives

        private void inspringen() throws XMLStreamException {
            w.writeCharacters("\n" + "  ".repeat(diepte));
        }

        private void open(String naam) throws XMLStreamException {
            inspringen();
            w.writeStartElement("cac", naam, NS_CAC);
            diepte++;
        }

        private void sluit() throws XMLStreamException {
            diepte--;
            inspringen();
            w.writeEndElement();
        }

        private void cbc(String naam, String tekst) throws XMLStreamException {
            cbc(naam, tekst, null, null);
        }

        private void cbc(String naam, String tekst, String attribuut, String waarde) throws XMLStreamException {
            inspringen();
            w.writeStartElement("cbc", naam, NS_CBC);
            if (attribuut != null) {
                w.writeAttribute(attribuut, waarde);
            }
            w.writeCharacters(tekst);
            w.writeEndElement();
        }

        private void geld(String naam, Money bedrag) throws XMLStreamException {
            cbc(naam, bedrag(bedrag), "currencyID", EUR);
        }
    }
}
