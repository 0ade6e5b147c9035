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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
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
 * points (never their prices), the reasons and the standstill end date. Plain Java over
 * {@link Gunningsbrief}; no state.
 *
 * <p>The letter is an official Dutch document: the Dutch letter ({@link Taal#NL}, the default) is the
 * legal text. A bidder whose portal language is English can also get an English translation
 * ({@link Taal#EN}) with the same figures, which says at the top that the Dutch letter prevails. The
 * English reasons are composed from the same figures as the Dutch ones (rank, points, the lowest
 * winning bid); texts people typed in Dutch (names of lots and criteria, an exclusion or withdrawal
 * reason) are quoted as they are.
 */
public final class GunningsbriefPdf {

    /** The language of the letter: Dutch (the legal text, the default) or an English translation. */
    public enum Taal {
        NL, EN;

        /** The letter for a page in this locale: English for English, otherwise Dutch. */
        public static Taal van(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? EN : NL;
        }

        /** {@code nl} or {@code en} (any case); blank is Dutch; anything else is refused for this field. */
        public static Taal parse(String field, String raw) {
            if (raw == null || raw.isBlank()) {
                return NL;
            }
            return switch (raw.strip().toLowerCase(Locale.ROOT)) {
                case "nl" -> NL;
                case "en" -> EN;
                default -> throw InvalidInputException.of(field, "keuze", "Kies uit: nl (Nederlands, de "
                        + "officiële brief) of en (Engelse vertaling).");
            };
        }
    }

    private static final Color KOP = new Color(0x1f, 0x3a, 0x5f);
    private static final Color RASTER = new Color(0xe8, 0xee, 0xf5);

    private static final Font TITEL = font(BaseFont.HELVETICA_BOLD, 15, KOP);
    private static final Font KOPJE = font(BaseFont.HELVETICA_BOLD, 11, KOP);
    private static final Font TEKST = font(BaseFont.HELVETICA, 10, Color.BLACK);
    private static final Font VET = font(BaseFont.HELVETICA_BOLD, 10, Color.BLACK);
    private static final Font KLEIN = font(BaseFont.HELVETICA, 8, Color.DARK_GRAY);
    private static final Font KLEIN_CURSIEF = FontFactory.getFont(BaseFont.HELVETICA_OBLIQUE, BaseFont.CP1252,
            BaseFont.NOT_EMBEDDED, 8, Font.NORMAL, Color.DARK_GRAY);

    private GunningsbriefPdf() {
    }

    /** "gunningsbrief-AB-2026-01-perceel-1.pdf". */
    public static String bestandsnaam(Gunningsbrief b) {
        return "gunningsbrief-" + b.aanbestedingReferentie().replaceAll("[^A-Za-z0-9-]", "-") + "-perceel-"
                + b.perceelNummer() + ".pdf";
    }

    /** The Dutch name, with "-en" before ".pdf" for the English translation. */
    public static String bestandsnaam(Gunningsbrief b, Taal taal) {
        String nl = bestandsnaam(b);
        return taal == Taal.EN ? nl.replaceAll("\\.pdf$", "-en.pdf") : nl;
    }

    /** The Dutch letter: the legal text. */
    public static byte[] maak(Gunningsbrief b) {
        return maak(b, Taal.NL);
    }

    public static byte[] maak(Gunningsbrief b, Taal taal) {
        Teksten t = taal == Taal.EN ? new Engels() : new Nederlands();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(t.documenttitel(b));
            doc.addAuthor("Inkoopportaal Inburgering");
            doc.open();
            brief(doc, b, t);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("gunningsbrief " + b.berichtId(), e);
        }
        return out.toByteArray();
    }

    /**
     * The reasons of the decision in a language, for the message page: in Dutch as the decision
     * recorded them, in English composed from the same figures (as in the English letter).
     */
    public static String redenen(Gunningsbrief b, Taal taal) {
        return (taal == Taal.EN ? new Engels() : new Nederlands()).reden(b);
    }

    private static void brief(Document doc, Gunningsbrief b, Teksten t) throws DocumentException {
        doc.add(new Paragraph("Inkoopportaal Inburgering", KLEIN));
        doc.add(new Paragraph(t.titel(), TITEL));
        Optional<String> vertaling = t.vertaalopmerking();
        if (vertaling.isPresent()) {
            doc.add(new Paragraph(vertaling.get(), KLEIN_CURSIEF));
        }
        doc.add(ruimte(6));
        doc.add(new Paragraph(t.aan() + b.aanbiederNaam(), TEKST));
        doc.add(new Paragraph(t.datumLabel() + t.datum(b.verzenddatum()), TEKST));
        doc.add(new Paragraph(t.betreft(b), TEKST));
        doc.add(ruimte(10));

        if (b.status() == GunningsvoornemenStatus.INGETROKKEN) {
            Paragraph p = new Paragraph(t.ingetrokken(b.intrekkingsreden()), VET);
            doc.add(p);
            doc.add(ruimte(6));
        }

        doc.add(new Paragraph(t.aanhef(), TEKST));
        doc.add(ruimte(4));
        doc.add(alinea(t.uitkomst(b)));
        doc.add(alinea(t.reden(b)));

        if (b.uitkomst() != Uitkomst.UITGESLOTEN) {
            doc.add(new Paragraph(t.uwBeoordeling(), KOPJE));
            doc.add(eigenScores(b, t));
            doc.add(new Paragraph(t.rangorde(b), TEKST));
            doc.add(ruimte(8));
        }

        doc.add(new Paragraph(t.winnaarsKop(b.winnaars().size()), KOPJE));
        doc.add(winnaars(b, t));
        doc.add(new Paragraph(t.puntenUitleg(b), KLEIN));
        doc.add(ruimte(8));

        doc.add(new Paragraph(t.standstillKop(), KOPJE));
        doc.add(alinea(t.standstill(b)));
        doc.add(ruimte(8));
        doc.add(new Paragraph(t.groet(), TEKST));
        doc.add(new Paragraph(t.afzender(), TEKST));
    }

    private static PdfPTable eigenScores(Gunningsbrief b, Teksten t) {
        PdfPTable t1 = tabel(new float[] {5, 2, 2, 2}, t.scoreKoppen());
        t1.addCell(cel(t.prijsRegel(b.evaluatieprijs()), TEKST));
        t1.addCell(cel("", TEKST));
        t1.addCell(getalCel(b.prijsWeging(), t));
        t1.addCell(getalCel(b.prijspunten(), t));
        for (BerichtScore s : b.scores()) {
            t1.addCell(cel(s.getNaam(), TEKST));
            t1.addCell(cel(t.score(s.getScore()) + " / " + s.getMaxScore(), TEKST, Element.ALIGN_RIGHT));
            t1.addCell(getalCel(s.getWeging(), t));
            t1.addCell(getalCel(s.getPunten(), t));
        }
        t1.addCell(cel(t.kwaliteitTotaal(), VET));
        t1.addCell(cel("", TEKST));
        t1.addCell(cel("", TEKST));
        t1.addCell(cel(t.getal(b.kwaliteitspunten()), VET, Element.ALIGN_RIGHT));
        t1.addCell(cel(t.totaal(), VET));
        t1.addCell(cel("", TEKST));
        t1.addCell(cel("", TEKST));
        t1.addCell(cel(t.getal(b.totaal()), VET, Element.ALIGN_RIGHT));
        return t1;
    }

    private static PdfPTable winnaars(Gunningsbrief b, Teksten t) {
        PdfPTable t1 = tabel(new float[] {1.1f, 7, 2.2f, 2.6f, 1.8f}, t.winnaarKoppen());
        for (WinnendeInschrijving w : b.winnaars()) {
            t1.addCell(cel(t.rang(w.rang()), TEKST));
            Phrase naam = new Phrase(w.aanbiederNaam(), TEKST);
            for (BerichtScore s : w.scores()) {
                naam.add(new Chunk("\n" + s.getNaam() + ": " + t.score(s.getScore()) + " / " + s.getMaxScore() + " = "
                        + t.getal(s.getPunten()) + t.punten(), KLEIN));
            }
            PdfPCell c = new PdfPCell(naam);
            c.setPadding(4);
            c.setBorderColor(Color.LIGHT_GRAY);
            t1.addCell(c);
            t1.addCell(getalCel(w.prijspunten(), t));
            t1.addCell(getalCel(w.kwaliteitspunten(), t));
            t1.addCell(cel(t.getal(w.totaal()), VET, Element.ALIGN_RIGHT));
        }
        if (b.winnaars().isEmpty()) {
            PdfPCell c = cel(t.geenWinnaar(), TEKST);
            c.setColspan(5);
            t1.addCell(c);
        }
        return t1;
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

    private static PdfPCell getalCel(BigDecimal n, Teksten t) {
        return cel(t.getal(n), TEKST, Element.ALIGN_RIGHT);
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

    private static Font font(String naam, float grootte, Color kleur) {
        return FontFactory.getFont(naam, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, grootte, Font.NORMAL, kleur);
    }

    /** The words of the letter in one language, and its number and date formats. */
    private abstract static class Teksten {

        private final Locale getallen;
        private final DateTimeFormatter datum;

        Teksten(Locale getallen, Locale datums) {
            this.getallen = getallen;
            this.datum = DateTimeFormatter.ofPattern("d MMMM yyyy", datums);
        }

        abstract String documenttitel(Gunningsbrief b);

        abstract String titel();

        /** A line under the title saying which text prevails; none on the Dutch letter. */
        abstract Optional<String> vertaalopmerking();

        abstract String aan();

        abstract String datumLabel();

        abstract String betreft(Gunningsbrief b);

        abstract String ingetrokken(String reden);

        abstract String aanhef();

        abstract String uitkomst(Gunningsbrief b);

        abstract String reden(Gunningsbrief b);

        abstract String uwBeoordeling();

        abstract String[] scoreKoppen();

        abstract String prijsRegel(Money evaluatieprijs);

        abstract String kwaliteitTotaal();

        abstract String totaal();

        abstract String rangorde(Gunningsbrief b);

        abstract String winnaarsKop(int aantal);

        abstract String[] winnaarKoppen();

        abstract String rang(int rang);

        /** After the points of a criterion: " punten". */
        abstract String punten();

        abstract String geenWinnaar();

        abstract String puntenUitleg(Gunningsbrief b);

        abstract String standstillKop();

        abstract String standstill(Gunningsbrief b);

        abstract String groet();

        abstract String afzender();

        final String datum(LocalDate d) {
            return d == null ? "" : datum.format(d);
        }

        /** 75,33 or 75.33 (as given, with the language's decimal separator). */
        final String getal(BigDecimal n) {
            if (n == null) {
                return "";
            }
            NumberFormat f = NumberFormat.getNumberInstance(getallen);
            f.setMinimumFractionDigits(Math.max(0, Math.min(2, n.scale())));
            f.setGroupingUsed(true);
            f.setMaximumFractionDigits(Math.max(2, n.scale()));
            return f.format(n);
        }

        /** A score as given: 7 or 7,5 (no trailing zeros). */
        final String score(BigDecimal n) {
            return n == null ? "" : getal(n.stripTrailingZeros().scale() < 0 ? n.setScale(0) : n.stripTrailingZeros());
        }

        final String bedrag(Money m) {
            return m == null ? "" : NumberFormat.getCurrencyInstance(getallen).format(m.amount());
        }
    }

    /** The legal text: exactly as the letter has always read. */
    private static final class Nederlands extends Teksten {

        private static final Locale NL = Locale.forLanguageTag("nl-NL");

        Nederlands() {
            super(NL, NL);
        }

        @Override
        String documenttitel(Gunningsbrief b) {
            return "Gunningsvoornemen " + b.aanbestedingReferentie() + " perceel " + b.perceelNummer();
        }

        @Override
        String titel() {
            return "Gunningsvoornemen";
        }

        @Override
        Optional<String> vertaalopmerking() {
            return Optional.empty();
        }

        @Override
        String aan() {
            return "Aan: ";
        }

        @Override
        String datumLabel() {
            return "Datum: ";
        }

        @Override
        String betreft(Gunningsbrief b) {
            return "Betreft: aanbesteding " + b.aanbestedingReferentie() + " " + b.aanbestedingTitel() + ", perceel "
                    + b.perceelNummer() + ": " + b.perceelNaam();
        }

        @Override
        String ingetrokken(String reden) {
            return "Let op: dit gunningsvoornemen is ingetrokken" + (reden == null ? "." : ": " + reden);
        }

        @Override
        String aanhef() {
            return "Geachte heer, mevrouw,";
        }

        @Override
        String uitkomst(Gunningsbrief b) {
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

        /** The reasons as the award decision recorded them. */
        @Override
        String reden(Gunningsbrief b) {
            return b.reden();
        }

        @Override
        String uwBeoordeling() {
            return "Uw beoordeling";
        }

        @Override
        String[] scoreKoppen() {
            return new String[] {"Onderdeel", "Score", "Weging", "Punten"};
        }

        @Override
        String prijsRegel(Money evaluatieprijs) {
            return "Prijs (evaluatieprijs " + bedrag(evaluatieprijs) + ")";
        }

        @Override
        String kwaliteitTotaal() {
            return "Kwaliteit totaal";
        }

        @Override
        String totaal() {
            return "Totaal";
        }

        @Override
        String rangorde(Gunningsbrief b) {
            return "Rangorde: " + b.rang() + "e van " + b.aantalGeldigeInschrijvingen() + " geldige inschrijving"
                    + (b.aantalGeldigeInschrijvingen() == 1 ? "" : "en") + "; dit perceel wordt gegund aan ten hoogste "
                    + b.aantalWinnaars() + (b.aantalWinnaars() == 1 ? " aanbieder." : " aanbieders.");
        }

        @Override
        String winnaarsKop(int aantal) {
            return aantal == 1 ? "De winnende inschrijving" : "De winnende inschrijvingen";
        }

        @Override
        String[] winnaarKoppen() {
            return new String[] {"Rang", "Aanbieder", "Prijspunten", "Kwaliteitspunten", "Totaal"};
        }

        @Override
        String rang(int rang) {
            return rang + "e";
        }

        @Override
        String punten() {
            return " punten";
        }

        @Override
        String geenWinnaar() {
            return "Geen winnende inschrijving.";
        }

        @Override
        String puntenUitleg(Gunningsbrief b) {
            return "Prijspunten = prijsweging (" + getal(b.prijsWeging()) + ") x laagste geldige evaluatieprijs / eigen "
                    + "evaluatieprijs; kwaliteitspunten = som van score / maximumscore x weging. Prijzen van andere "
                    + "inschrijvers worden niet bekendgemaakt.";
        }

        @Override
        String standstillKop() {
            return "Standstilltermijn";
        }

        @Override
        String standstill(Gunningsbrief b) {
            return "De standstilltermijn van " + b.standstillDagen() + " kalenderdagen begint op de dag na verzending "
                    + "van dit gunningsvoornemen en eindigt op " + datum(b.standstillEinde()) + ". Tot en met die datum "
                    + "kunt u bezwaar maken. De gemeente sluit de overeenkomst niet eerder dan op "
                    + datum(b.eersteDagNaStandstill()) + ", en niet zolang een bezwaar in behandeling is.";
        }

        @Override
        String groet() {
            return "Met vriendelijke groet,";
        }

        @Override
        String afzender() {
            return "namens de centrumgemeente, team Inkoop Inburgering";
        }
    }

    /**
     * The English translation: the same figures, English words and number formats (as the English
     * pages write them: 79.50, €576,000.00, 28 February 2028).
     */
    private static final class Engels extends Teksten {

        Engels() {
            super(Locale.forLanguageTag("en-IE"), Locale.ENGLISH);
        }

        @Override
        String documenttitel(Gunningsbrief b) {
            return "Intended award decision " + b.aanbestedingReferentie() + " lot " + b.perceelNummer()
                    + " (English translation)";
        }

        @Override
        String titel() {
            return "Intended award decision (gunningsvoornemen)";
        }

        @Override
        Optional<String> vertaalopmerking() {
            return Optional.of("English translation for your information. The Dutch letter is the official "
                    + "version; in case of any difference, the Dutch text prevails. Names and reasons entered in "
                    + "Dutch are quoted as they were entered.");
        }

        @Override
        String aan() {
            return "To: ";
        }

        @Override
        String datumLabel() {
            return "Date: ";
        }

        @Override
        String betreft(Gunningsbrief b) {
            return "Re: tender " + b.aanbestedingReferentie() + " " + b.aanbestedingTitel() + ", lot "
                    + b.perceelNummer() + ": " + b.perceelNaam();
        }

        @Override
        String ingetrokken(String reden) {
            return "Please note: this intended award decision has been withdrawn" + (reden == null ? "." : ": " + reden);
        }

        @Override
        String aanhef() {
            return "Dear Sir or Madam,";
        }

        @Override
        String uitkomst(Gunningsbrief b) {
            String perceel = perceel(b);
            return switch (b.uitkomst()) {
                case GUNNING_VOORGENOMEN -> "With this letter we inform you that we intend to award " + perceel
                        + " to you.";
                case AFGEWEZEN -> "With this letter we inform you that we do not intend to award " + perceel
                        + " to you.";
                case UITGESLOTEN -> "With this letter we inform you that your bid on " + perceel
                        + " has been excluded and has not been evaluated.";
            };
        }

        private static String perceel(Gunningsbrief b) {
            return "lot " + b.perceelNummer() + " (" + b.perceelNaam() + ")";
        }

        /**
         * The reasons in English, composed from the same figures as the Dutch reasons the award
         * decision recorded: rank and points, a draw, and where the bid fell short of the lowest
         * winning bid.
         */
        @Override
        String reden(Gunningsbrief b) {
            if (b.uitkomst() == Uitkomst.UITGESLOTEN) {
                return b.uitsluitingsreden() == null ? "" : "Reason for the exclusion (as recorded in Dutch): "
                        + b.uitsluitingsreden();
            }
            StringBuilder sb = new StringBuilder();
            int geldig = b.aantalGeldigeInschrijvingen();
            sb.append("Your bid on ").append(perceel(b)).append(" has been ranked ").append(rang(b.rang()))
                    .append(" of ").append(geldig).append(" valid bid").append(geldig == 1 ? "" : "s").append(", with ")
                    .append(zoals(b.totaal())).append(" points (").append(zoals(b.prijspunten())).append(" price points and ")
                    .append(zoals(b.kwaliteitspunten())).append(" quality points). This lot will be awarded to at most ")
                    .append(b.aantalWinnaars()).append(b.aantalWinnaars() == 1 ? " provider. " : " providers. ");
            if (b.doorLoting()) {
                sb.append("Your bid was tied with another bid on both total and quality points; the ranking between "
                        + "them was decided by drawing lots. ");
            }
            if (b.uitkomst() == Uitkomst.GUNNING_VOORGENOMEN || b.winnaars().isEmpty()) {
                return b.uitkomst() == Uitkomst.GUNNING_VOORGENOMEN
                        ? sb.append("We intend to award the lot to you.").toString() : sb.toString().strip();
            }
            WinnendeInschrijving laatste = b.winnaars().get(b.winnaars().size() - 1);
            sb.append("The lowest-ranked winning bid scored ").append(zoals(laatste.totaal()))
                    .append(" points; your bid is therefore not eligible for the award.");
            List<String> verschillen = new ArrayList<>();
            if (b.prijspunten() != null && b.prijspunten().compareTo(laatste.prijspunten()) < 0) {
                verschillen.add("price: you " + zoals(b.prijspunten()) + ", winning bid " + zoals(laatste.prijspunten())
                        + " points");
            }
            for (BerichtScore eigen : b.scores()) {
                laatste.scores().stream()
                        .filter(w -> w.getCriterium() == eigen.getCriterium()
                                && eigen.getPunten().compareTo(w.getPunten()) < 0)
                        .findFirst()
                        .ifPresent(w -> verschillen.add("'" + eigen.getNaam() + "': you " + zoals(eigen.getPunten())
                                + ", winning bid " + zoals(w.getPunten()) + " points"));
            }
            if (!verschillen.isEmpty()) {
                sb.append(" The winning bid scored higher on ").append(String.join("; ", verschillen)).append('.');
            }
            return sb.toString();
        }

        /** A number as given, with a decimal point: as the Dutch reasons give it, with a comma. */
        private static String zoals(BigDecimal n) {
            return n == null ? "" : n.toPlainString();
        }

        @Override
        String uwBeoordeling() {
            return "Your evaluation";
        }

        @Override
        String[] scoreKoppen() {
            return new String[] {"Component", "Score", "Weight", "Points"};
        }

        @Override
        String prijsRegel(Money evaluatieprijs) {
            return "Price (evaluation price " + bedrag(evaluatieprijs) + ")";
        }

        @Override
        String kwaliteitTotaal() {
            return "Quality total";
        }

        @Override
        String totaal() {
            return "Total";
        }

        @Override
        String rangorde(Gunningsbrief b) {
            return "Ranking: " + rang(b.rang()) + " of " + b.aantalGeldigeInschrijvingen() + " valid bid"
                    + (b.aantalGeldigeInschrijvingen() == 1 ? "" : "s") + "; this lot will be awarded to at most "
                    + b.aantalWinnaars() + (b.aantalWinnaars() == 1 ? " provider." : " providers.");
        }

        @Override
        String winnaarsKop(int aantal) {
            return aantal == 1 ? "The winning bid" : "The winning bids";
        }

        @Override
        String[] winnaarKoppen() {
            return new String[] {"Rank", "Provider", "Price points", "Quality points", "Total"};
        }

        /** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
        @Override
        String rang(int rang) {
            int tiental = rang % 100;
            if (tiental >= 11 && tiental <= 13) {
                return rang + "th";
            }
            return switch (rang % 10) {
                case 1 -> rang + "st";
                case 2 -> rang + "nd";
                case 3 -> rang + "rd";
                default -> rang + "th";
            };
        }

        @Override
        String punten() {
            return " points";
        }

        @Override
        String geenWinnaar() {
            return "No winning bid.";
        }

        @Override
        String puntenUitleg(Gunningsbrief b) {
            return "Price points = price weight (" + getal(b.prijsWeging()) + ") x lowest valid evaluation price / own "
                    + "evaluation price; quality points = sum of score / maximum score x weight. Other bidders' prices "
                    + "are not disclosed.";
        }

        @Override
        String standstillKop() {
            return "Standstill period";
        }

        @Override
        String standstill(Gunningsbrief b) {
            return "The standstill period of " + b.standstillDagen() + " calendar days starts on the day after this "
                    + "intended award decision was sent and ends on " + datum(b.standstillEinde()) + ". Up to and "
                    + "including that date you can lodge an objection. The municipality will not conclude the contract "
                    + "before " + datum(b.eersteDagNaStandstill()) + ", nor while an objection is being dealt with.";
        }

        @Override
        String groet() {
            return "Kind regards,";
        }

        @Override
        String afzender() {
            return "on behalf of the lead municipality, Inburgering Procurement team";
        }
    }
}
