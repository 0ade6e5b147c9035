package nl.inburgering.portal.web.settlement;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.inburgering.portal.contracts.contract.BtwTarief;
import nl.inburgering.portal.contracts.settlement.VerrekenstaatDocument;
import nl.inburgering.portal.contracts.settlement.Verrekenstaatpost;
import nl.inburgering.portal.contracts.settlement.Verrekenstaatstatus;
import nl.inburgering.portal.contracts.shared.Money;

/**
 * A gemeente's monthly statement (verrekenstaat; DESIGN.md, "Settlement") as a PDF a person reads: A4, Dutch,
 * the lead municipality that charges and the gemeente that owes, the statement's number, month, date and
 * status, a table of the posts (the gemeente's share of each approved provider invoice: contract, provider,
 * invoice, VAT rate, net, VAT, total), the totals with the VAT per rate, and how to pay. An OPEN statement is
 * marked provisional. The document is official Dutch correspondence and always in Dutch, whatever the page
 * language. Plain Java over {@link VerrekenstaatDocument}; no state.
 */
public final class VerrekenstaatPdf {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter MAAND = DateTimeFormatter.ofPattern("MMMM yyyy", NL);
    private static final Color KOP = new Color(0x1f, 0x3a, 0x5f);
    private static final Color RASTER = new Color(0xe8, 0xee, 0xf5);
    private static final Color LIJN = new Color(0xc8, 0xd0, 0xda);
    private static final Color WAARSCHUWING = new Color(0x8a, 0x4b, 0x00);

    private static final Font TITEL = font(BaseFont.HELVETICA_BOLD, 16, KOP);
    private static final Font KOPJE = font(BaseFont.HELVETICA_BOLD, 11, KOP);
    private static final Font TEKST = font(BaseFont.HELVETICA, 9.5f, Color.BLACK);
    private static final Font VET = font(BaseFont.HELVETICA_BOLD, 9.5f, Color.BLACK);
    private static final Font KLEIN = font(BaseFont.HELVETICA, 8, Color.DARK_GRAY);
    private static final Font TABEL = font(BaseFont.HELVETICA, 8.5f, Color.BLACK);
    private static final Font VET_KLEIN = font(BaseFont.HELVETICA_BOLD, 8.5f, Color.BLACK);
    private static final Font LET_OP = font(BaseFont.HELVETICA_BOLD, 10, WAARSCHUWING);

    private VerrekenstaatPdf() {
    }

    /** "verrekenstaat-VS-2026-10-1979.pdf". */
    public static String bestandsnaam(VerrekenstaatDocument d) {
        return "verrekenstaat-" + d.staat().nummer().replaceAll("[^A-Za-z0-9-]", "-") + ".pdf";
    }

    public static byte[] pdf(VerrekenstaatDocument d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 48, 48, 48, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new Voet("Verrekenstaat " + d.staat().nummer() + " · " + d.gemeente().naam() + " · "
                    + maand(d.staat().maand())));
            doc.addTitle("Verrekenstaat " + d.staat().nummer());
            doc.addSubject("Verrekenstaat inburgering " + maand(d.staat().maand()) + ", gemeente "
                    + d.gemeente().naam());
            doc.addAuthor("Gemeente " + d.lead().naam());
            doc.addCreator("Inkoopportaal Inburgering");
            doc.open();
            staat(doc, d);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("verrekenstaat " + d.staat().nummer(), e);
        }
        return out.toByteArray();
    }

    private static void staat(Document doc, VerrekenstaatDocument d) throws DocumentException {
        doc.add(new Paragraph("Inkoopportaal Inburgering · Wet inburgering 2021", KLEIN));
        Paragraph titel = new Paragraph("Verrekenstaat " + d.staat().nummer(), TITEL);
        titel.setSpacingAfter(8);
        doc.add(titel);

        doc.add(partijen(d));
        doc.add(kenmerken(d));

        if (d.staat().status() != Verrekenstaatstatus.DEFINITIEF) {
            Paragraph p = new Paragraph("Voorlopig: deze verrekenstaat is nog niet definitief. De bedragen kunnen nog"
                    + " wijzigen zolang facturen van deze maand worden beoordeeld.", LET_OP);
            p.setSpacingAfter(6);
            doc.add(p);
        }

        doc.add(alinea("Deze verrekenstaat is het aandeel van gemeente " + d.gemeente().naam() + " in de goedgekeurde"
                + " facturen van aanbieders over " + maand(d.staat().maand()) + ": de goedgekeurde factuurregels voor"
                + " de inburgeraars van de gemeente en haar deel van de btw van elke factuur. Centrumgemeente "
                + d.lead().naam() + " heeft deze facturen namens de regio betaald en brengt dit aandeel in rekening."));

        Paragraph kop = new Paragraph("Posten", KOPJE);
        kop.setSpacingBefore(4);
        doc.add(kop);
        doc.add(posten(d));
        doc.add(btwOverzicht(d));
        doc.add(betaling(d));
    }

    private static PdfPTable partijen(VerrekenstaatDocument d) {
        PdfPTable t = new PdfPTable(new float[] {1, 1});
        t.setWidthPercentage(100);
        t.setSpacingAfter(8);
        t.addCell(partij("Van (centrumgemeente)", d.lead(), true));
        t.addCell(partij("Aan", d.gemeente(), false));
        return t;
    }

    private static PdfPCell partij(String rol, VerrekenstaatDocument.Partij p, boolean lead) {
        Phrase f = new Phrase();
        f.add(new Phrase(rol + "\n", KLEIN));
        f.add(new Phrase("Gemeente " + p.naam() + "\n", VET));
        if (p.straat() != null) {
            f.add(new Phrase(p.straat() + "\n" + p.postcode() + "  " + p.plaats() + "\n", TEKST));
        }
        List<String> regels = new ArrayList<>();
        regels.add("CBS-code " + p.cbsCode());
        if (p.oin() != null) {
            regels.add("OIN " + p.oin());
        }
        if (lead && p.btwNummer() != null) {
            regels.add("Btw-nummer " + p.btwNummer());
        }
        if (p.contactNaam() != null) {
            regels.add(p.contactNaam() + (p.contactEmail() == null ? "" : ", " + p.contactEmail()));
        }
        f.add(new Phrase(String.join("\n", regels), KLEIN));
        PdfPCell c = new PdfPCell(f);
        c.setPadding(8);
        c.setBorderColor(LIJN);
        c.setLeading(0, 1.25f);
        return c;
    }

    private static PdfPTable kenmerken(VerrekenstaatDocument d) {
        PdfPTable t = new PdfPTable(new float[] {1.2f, 2.3f, 1.2f, 2.3f});
        t.setWidthPercentage(100);
        t.setSpacingAfter(8);
        kenmerk(t, "Nummer", d.staat().nummer());
        kenmerk(t, "Maand", maand(d.staat().maand()));
        kenmerk(t, "Datum", datum(d.datum()));
        kenmerk(t, "Status", d.staat().status() == Verrekenstaatstatus.DEFINITIEF ? "Definitief" : "Open (voorlopig)");
        kenmerk(t, "Facturen", String.valueOf(d.posten().size()));
        kenmerk(t, "Te betalen", bedrag(d.totaal()));
        return t;
    }

    private static void kenmerk(PdfPTable t, String naam, String waarde) {
        PdfPCell n = new PdfPCell(new Phrase(naam, KLEIN));
        n.setBorder(PdfPCell.NO_BORDER);
        n.setPadding(3);
        t.addCell(n);
        PdfPCell w = new PdfPCell(new Phrase(waarde, VET));
        w.setBorder(PdfPCell.NO_BORDER);
        w.setPadding(3);
        t.addCell(w);
    }

    private static PdfPTable posten(VerrekenstaatDocument d) {
        PdfPTable t = new PdfPTable(new float[] {2.3f, 3.3f, 2.3f, 1.1f, 2.0f, 1.7f, 2.0f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(8);
        for (String k : List.of("Contract", "Aanbieder", "Factuur", "Tarief", "Netto", "Btw", "Totaal")) {
            PdfPCell c = cel(k, VET_KLEIN, k.equals("Netto") || k.equals("Btw") || k.equals("Totaal")
                    ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            c.setBackgroundColor(RASTER);
            t.addCell(c);
        }
        t.setHeaderRows(1);
        if (d.posten().isEmpty()) {
            PdfPCell c = cel("Geen goedgekeurde facturen met regels van deze gemeente in deze maand.", TEKST,
                    Element.ALIGN_LEFT);
            c.setColspan(7);
            t.addCell(c);
        }
        for (Verrekenstaatpost p : d.posten()) {
            t.addCell(cel(p.contractnummer(), TABEL, Element.ALIGN_LEFT));
            t.addCell(cel(p.aanbieder(), TABEL, Element.ALIGN_LEFT));
            t.addCell(cel(p.factuurnummer() == null ? "—" : p.factuurnummer(), TABEL, Element.ALIGN_LEFT));
            t.addCell(cel(tarief(p.btwTarief()), TABEL, Element.ALIGN_LEFT));
            t.addCell(cel(bedrag(p.netto()), TABEL, Element.ALIGN_RIGHT));
            t.addCell(cel(bedrag(p.btw()), TABEL, Element.ALIGN_RIGHT));
            t.addCell(cel(bedrag(p.totaal()), TABEL, Element.ALIGN_RIGHT));
        }
        PdfPCell totaal = cel("Totaal", VET_KLEIN, Element.ALIGN_LEFT);
        totaal.setColspan(4);
        totaal.setBackgroundColor(RASTER);
        t.addCell(totaal);
        for (Money m : List.of(d.netto(), d.btw(), d.totaal())) {
            PdfPCell c = cel(bedrag(m), VET_KLEIN, Element.ALIGN_RIGHT);
            c.setBackgroundColor(RASTER);
            t.addCell(c);
        }
        return t;
    }

    /** Per VAT rate: the base and the VAT (the sum of the gemeente's shares of each invoice's VAT). */
    private static PdfPTable btwOverzicht(VerrekenstaatDocument d) {
        PdfPTable t = new PdfPTable(new float[] {4, 2, 2});
        t.setWidthPercentage(60);
        t.setHorizontalAlignment(Element.ALIGN_RIGHT);
        t.setSpacingAfter(8);
        for (String k : List.of("Btw-overzicht", "Grondslag", "Btw")) {
            PdfPCell c = cel(k, VET_KLEIN, k.equals("Btw-overzicht") ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            c.setBackgroundColor(RASTER);
            t.addCell(c);
        }
        for (BtwTarief tarief : List.of(BtwTarief.EENENTWINTIG, BtwTarief.NUL)) {
            List<Verrekenstaatpost> ps = d.posten().stream().filter(p -> p.btwTarief() == tarief).toList();
            if (ps.isEmpty()) {
                continue;
            }
            t.addCell(cel(tarief == BtwTarief.NUL ? "Vrijgesteld (onderwijs, 0 %)" : "Btw 21 %", TABEL,
                    Element.ALIGN_LEFT));
            t.addCell(cel(bedrag(Money.sum(ps.stream().map(Verrekenstaatpost::netto).toList())), TABEL,
                    Element.ALIGN_RIGHT));
            t.addCell(cel(bedrag(Money.sum(ps.stream().map(Verrekenstaatpost::btw).toList())), TABEL,
                    Element.ALIGN_RIGHT));
        }
        return t;
    }

    private static Paragraph betaling(VerrekenstaatDocument d) {
        Paragraph p = new Paragraph();
        p.setSpacingBefore(4);
        p.add(new Phrase("Betaling\n", KOPJE));
        String nummer = d.staat().nummer();
        Money totaal = d.totaal();
        String tekst;
        if (totaal.isNegative()) {
            tekst = "Het saldo is in uw voordeel: centrumgemeente " + d.lead().naam() + " betaalt "
                    + bedrag(totaal.negate()) + " aan gemeente " + d.gemeente().naam() + " onder vermelding van "
                    + nummer + ".";
        } else if (totaal.isZero()) {
            tekst = "Over deze maand is niets te betalen.";
        } else if (d.lead().iban() != null) {
            tekst = "Wij verzoeken u " + bedrag(totaal) + " binnen 30 dagen na " + datum(d.datum()) + " (uiterlijk "
                    + datum(d.datum().plusDays(30)) + ") over te maken op " + iban(d.lead().iban()) + " ten name van"
                    + " gemeente " + d.lead().naam() + ", onder vermelding van " + nummer + ".";
        } else {
            tekst = "Wij verzoeken u " + bedrag(totaal) + " binnen 30 dagen na " + datum(d.datum())
                    + " te betalen aan gemeente " + d.lead().naam() + ", onder vermelding van " + nummer + ".";
        }
        Phrase f = new Phrase(tekst, TEKST);
        p.add(f);
        p.setLeading(13);
        return p;
    }

    // ---------------------------------------------------------------- primitives

    private static PdfPCell cel(String tekst, Font font, int uitlijning) {
        PdfPCell c = new PdfPCell(new Phrase(tekst, font));
        c.setHorizontalAlignment(uitlijning);
        c.setPadding(4);
        c.setBorderColor(LIJN);
        return c;
    }

    private static Paragraph alinea(String tekst) {
        Paragraph p = new Paragraph(tekst, TEKST);
        p.setSpacingAfter(6);
        p.setLeading(13);
        return p;
    }

    /** The rate in the table; the VAT summary below it says that 0 % is the education exemption. */
    static String tarief(BtwTarief t) {
        return t == BtwTarief.NUL ? "0 %" : "21 %";
    }

    /** "€ 1.234,56", "€ -62,50" (a no-break space after the sign): Dutch, as the pages show amounts. */
    static String bedrag(Money m) {
        return m == null ? "" : NumberFormat.getCurrencyInstance(NL).format(m.amount());
    }

    static String datum(LocalDate d) {
        return d == null ? "" : DATUM.format(d);
    }

    static String maand(YearMonth m) {
        return m == null ? "" : MAAND.format(m);
    }

    private static String iban(String iban) {
        return iban.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static Font font(String naam, float grootte, Color kleur) {
        return FontFactory.getFont(naam, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, grootte, Font.NORMAL, kleur);
    }

    /** The footer of every page: what the document is, and the page number. */
    private static final class Voet extends PdfPageEventHelper {

        private final String tekst;

        Voet(String tekst) {
            this.tekst = tekst;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(tekst, KLEIN),
                    document.left(), document.bottom() - 24, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                    new Phrase("pagina " + writer.getPageNumber(), KLEIN), document.right(), document.bottom() - 24, 0);
        }
    }
}
