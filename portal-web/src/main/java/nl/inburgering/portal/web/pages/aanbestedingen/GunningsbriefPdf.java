package nl.inburgering.portal.web.pages.aanbestedingen;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.tendering.gunning.BerichtScore;
import nl.inburgering.portal.tendering.gunning.Gunningsbrief;
import nl.inburgering.portal.tendering.gunning.GunningsvoornemenStatus;
import nl.inburgering.portal.tendering.gunning.Uitkomst;
import nl.inburgering.portal.tendering.gunning.WinnendeInschrijving;

/**
 * The award decision letter to one bidder on one lot as PDF (Aanbestedingswet 2012, art. 2.130: the
 * decision with the relevant reasons, the characteristics and relative advantages of the chosen bid,
 * and the exact standstill period). Holds the bidder's own scores and rank, the winners' names and
 * points (never their prices), the reasons and the standstill end date. The letter is an official
 * Dutch document and is always in Dutch. Plain Java over {@link Gunningsbrief}; no state.
 */
public final class GunningsbriefPdf {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final Color KOP = new Color(0x1f, 0x3a, 0x5f);
    private static final Color RASTER = new Color(0xe8, 0xee, 0xf5);

    private static final Font TITEL = font(BaseFont.HELVETICA_BOLD, 15, KOP);
    private static final Font KOPJE = font(BaseFont.HELVETICA_BOLD, 11, KOP);
    private static final Font TEKST = font(BaseFont.HELVETICA, 10, Color.BLACK);
    private static final Font VET = font(BaseFont.HELVETICA_BOLD, 10, Color.BLACK);
    private static final Font KLEIN = font(BaseFont.HELVETICA, 8, Color.DARK_GRAY);

    private GunningsbriefPdf() {
    }

    /** "gunningsbrief-AB-2026-01-perceel-1.pdf". */
    public static String bestandsnaam(Gunningsbrief b) {
        return "gunningsbrief-" + b.aanbestedingReferentie().replaceAll("[^A-Za-z0-9-]", "-") + "-perceel-"
                + b.perceelNummer() + ".pdf";
    }

    public static byte[] maak(Gunningsbrief b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Gunningsvoornemen " + b.aanbestedingReferentie() + " perceel " + b.perceelNummer());
            doc.addAuthor("Inkoopportaal Inburgering");
            doc.open();
            brief(doc, b);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("gunningsbrief " + b.berichtId(), e);
        }
        return out.toByteArray();
    }

    private static void brief(Document doc, Gunningsbrief b) throws DocumentException {
        doc.add(new Paragraph("Inkoopportaal Inburgering", KLEIN));
        doc.add(new Paragraph("Gunningsvoornemen", TITEL));
        doc.add(ruimte(6));
        doc.add(new Paragraph("Aan: " + b.aanbiederNaam(), TEKST));
        doc.add(new Paragraph("Datum: " + datum(b.verzenddatum()), TEKST));
        doc.add(new Paragraph("Betreft: aanbesteding " + b.aanbestedingReferentie() + " " + b.aanbestedingTitel()
                + ", perceel " + b.perceelNummer() + ": " + b.perceelNaam(), TEKST));
        doc.add(ruimte(10));

        if (b.status() == GunningsvoornemenStatus.INGETROKKEN) {
            Paragraph p = new Paragraph("Let op: dit gunningsvoornemen is ingetrokken"
                    + (b.intrekkingsreden() == null ? "." : ": " + b.intrekkingsreden()), VET);
            doc.add(p);
            doc.add(ruimte(6));
        }

        doc.add(new Paragraph("Geachte heer, mevrouw,", TEKST));
        doc.add(ruimte(4));
        doc.add(alinea(uitkomst(b)));
        doc.add(alinea(b.reden()));

        if (b.uitkomst() != Uitkomst.UITGESLOTEN) {
            doc.add(new Paragraph("Uw beoordeling", KOPJE));
            doc.add(eigenScores(b));
            doc.add(new Paragraph("Rangorde: " + b.rang() + "e van " + b.aantalGeldigeInschrijvingen()
                    + " geldige inschrijving" + (b.aantalGeldigeInschrijvingen() == 1 ? "" : "en")
                    + "; dit perceel wordt gegund aan ten hoogste " + b.aantalWinnaars()
                    + (b.aantalWinnaars() == 1 ? " aanbieder." : " aanbieders."), TEKST));
            doc.add(ruimte(8));
        }

        doc.add(new Paragraph(b.winnaars().size() == 1 ? "De winnende inschrijving" : "De winnende inschrijvingen",
                KOPJE));
        doc.add(winnaars(b));
        doc.add(new Paragraph("Prijspunten = prijsweging (" + getal(b.prijsWeging()) + ") x laagste geldige "
                + "evaluatieprijs / eigen evaluatieprijs; kwaliteitspunten = som van score / maximumscore x weging. "
                + "Prijzen van andere inschrijvers worden niet bekendgemaakt.", KLEIN));
        doc.add(ruimte(8));

        doc.add(new Paragraph("Standstilltermijn", KOPJE));
        doc.add(alinea("De standstilltermijn van " + b.standstillDagen() + " kalenderdagen begint op de dag na "
                + "verzending van dit gunningsvoornemen en eindigt op " + datum(b.standstillEinde()) + ". Tot en met "
                + "die datum kunt u bezwaar maken. De gemeente sluit de overeenkomst niet eerder dan op "
                + datum(b.eersteDagNaStandstill()) + ", en niet zolang een bezwaar in behandeling is."));
        doc.add(ruimte(8));
        doc.add(new Paragraph("Met vriendelijke groet,", TEKST));
        doc.add(new Paragraph("namens de centrumgemeente, team Inkoop Inburgering", TEKST));
    }

    private static String uitkomst(Gunningsbrief b) {
        String perceel = "perceel " + b.perceelNummer() + " (" + b.perceelNaam() + ")";
        return switch (b.uitkomst()) {
            case GUNNING_VOORGENOMEN -> "Met deze brief delen wij u mee dat wij voornemens zijn " + perceel
                    + " aan u te gunnen.";
            case AFGEWEZEN -> "Met deze brief delen wij u mee dat wij niet voornemens zijn " + perceel
                    + " aan u te gunnen.";
            case UITGESLOTEN -> "Met deze brief delen wij u mee dat uw inschrijving op " + perceel
                    + " is uitgesloten en niet is beoordeeld.";
        };
    }

    private static PdfPTable eigenScores(Gunningsbrief b) {
        PdfPTable t = tabel(new float[] {5, 2, 2, 2}, "Onderdeel", "Score", "Weging", "Punten");
        t.addCell(cel("Prijs (evaluatieprijs " + bedrag(b.evaluatieprijs()) + ")", TEKST));
        t.addCell(cel("", TEKST));
        t.addCell(getalCel(b.prijsWeging()));
        t.addCell(getalCel(b.prijspunten()));
        for (BerichtScore s : b.scores()) {
            t.addCell(cel(s.getNaam(), TEKST));
            t.addCell(cel(score(s.getScore()) + " / " + s.getMaxScore(), TEKST, Element.ALIGN_RIGHT));
            t.addCell(getalCel(s.getWeging()));
            t.addCell(getalCel(s.getPunten()));
        }
        t.addCell(cel("Kwaliteit totaal", VET));
        t.addCell(cel("", TEKST));
        t.addCell(cel("", TEKST));
        t.addCell(cel(getal(b.kwaliteitspunten()), VET, Element.ALIGN_RIGHT));
        t.addCell(cel("Totaal", VET));
        t.addCell(cel("", TEKST));
        t.addCell(cel("", TEKST));
        t.addCell(cel(getal(b.totaal()), VET, Element.ALIGN_RIGHT));
        return t;
    }

    private static PdfPTable winnaars(Gunningsbrief b) {
        PdfPTable t = tabel(new float[] {1.1f, 7, 2.2f, 2.6f, 1.8f}, "Rang", "Aanbieder", "Prijspunten",
                "Kwaliteitspunten", "Totaal");
        for (WinnendeInschrijving w : b.winnaars()) {
            t.addCell(cel(w.rang() + "e", TEKST));
            Phrase naam = new Phrase(w.aanbiederNaam(), TEKST);
            for (BerichtScore s : w.scores()) {
                naam.add(new Chunk("\n" + s.getNaam() + ": " + score(s.getScore()) + " / " + s.getMaxScore() + " = "
                        + getal(s.getPunten()) + " punten", KLEIN));
            }
            PdfPCell c = new PdfPCell(naam);
            c.setPadding(4);
            c.setBorderColor(Color.LIGHT_GRAY);
            t.addCell(c);
            t.addCell(getalCel(w.prijspunten()));
            t.addCell(getalCel(w.kwaliteitspunten()));
            t.addCell(cel(getal(w.totaal()), VET, Element.ALIGN_RIGHT));
        }
        if (b.winnaars().isEmpty()) {
            PdfPCell c = cel("Geen winnende inschrijving.", TEKST);
            c.setColspan(5);
            t.addCell(c);
        }
        return t;
    }

    private static PdfPTable tabel(float[] breedtes, String... koppen) {
        PdfPTable t = new PdfPTable(breedtes);
        t.setWidthPercentage(100);
        t.setSpacingBefore(4);
        t.setSpacingAfter(6);
        for (String k : koppen) {
            PdfPCell c = cel(k, VET);
            c.setBackgroundColor(RASTER);
            t.addCell(c);
        }
        t.setHeaderRows(1);
        return t;
    }

    private static PdfPCell cel(String tekst, Font font) {
        return cel(tekst, font, Element.ALIGN_LEFT);
    }

    private static PdfPCell cel(String tekst, Font font, int uitlijning) {
        PdfPCell c = new PdfPCell(new Phrase(tekst, font));
        c.setHorizontalAlignment(uitlijning);
        c.setPadding(4);
        c.setBorderColor(Color.LIGHT_GRAY);
        return c;
    }

    private static PdfPCell getalCel(BigDecimal n) {
        return cel(getal(n), TEKST, Element.ALIGN_RIGHT);
    }

    private static Paragraph alinea(String tekst) {
        Paragraph p = new Paragraph(tekst, TEKST);
        p.setSpacingAfter(6);
        p.setLeading(14);
        return p;
    }

    private static Chunk ruimte(float hoogte) {
        Chunk c = new Chunk("\n", font(BaseFont.HELVETICA, hoogte, Color.WHITE));
        return c;
    }

    static String datum(LocalDate d) {
        return d == null ? "" : DATUM.format(d);
    }

    /** 75,33 (as given, Dutch decimal comma). */
    static String getal(BigDecimal n) {
        if (n == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(NL);
        f.setMinimumFractionDigits(Math.max(0, Math.min(2, n.scale())));
        f.setGroupingUsed(true);
        f.setMaximumFractionDigits(Math.max(2, n.scale()));
        return f.format(n);
    }

    /** A score as given: 7 or 7,5 (no trailing zeros). */
    static String score(BigDecimal n) {
        return n == null ? "" : getal(n.stripTrailingZeros().scale() < 0 ? n.setScale(0) : n.stripTrailingZeros());
    }

    static String bedrag(Money m) {
        return m == null ? "" : NumberFormat.getCurrencyInstance(NL).format(m.amount());
    }

    private static Font font(String naam, float grootte, Color kleur) {
        return FontFactory.getFont(naam, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, grootte, Font.NORMAL, kleur);
    }
}
