package nl.inburgering.portal.contracts.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.inburgering.portal.contracts.shared.FieldError;

/**
 * The rules of one attendance record ({@link Presentieregel}, codes P01 to P11), as plain Java: the
 * record, what is known of its placement, today's date, the settled months of its contract and the hours
 * already scheduled that day for the other components in; every failure out, at once. P12 (a repeat within
 * one request) is the batch's, see {@code PresentieVerwerking}.
 */
public final class PresentieRegels {

    /** At most 12 hours a day for one placement, all components together. */
    public static final BigDecimal MAX_UREN_PER_DAG = new BigDecimal("12");
    private static final BigDecimal VIER = BigDecimal.valueOf(4);

    private PresentieRegels() {
    }

    /**
     * Every rule this record breaks; empty when it may be stored.
     *
     * @param plaatsing             the placement when it exists and is on a contract of the submitting
     *                              provider; null otherwise (P01, without saying which)
     * @param afgeslotenMaanden     the settled months of the placement's contract
     * @param andereOnderdelenOpDag hours scheduled that day for the placement's other components (stored,
     *                              or accepted earlier in the same request)
     * @param metMaandslot          false for an approved correction, which is the way into a settled month
     */
    public static List<FieldError> toets(PresentieInvoer in, Plaatsingsperiode plaatsing, LocalDate vandaag,
            Set<YearMonth> afgeslotenMaanden, BigDecimal andereOnderdelenOpDag, boolean metMaandslot) {
        List<FieldError> fouten = new ArrayList<>();
        if (in.plaatsingId() == null) {
            fout(fouten, Presentieregel.VERPLICHT, "plaatsingId", "Dit veld is verplicht.");
        } else if (plaatsing == null || plaatsing.plaatsingId() != in.plaatsingId()) {
            fout(fouten, Presentieregel.ONBEKENDE_PLAATSING, "Onbekende plaatsing.");
        }
        boolean plaatsingBekend = in.plaatsingId() != null && plaatsing != null
                && plaatsing.plaatsingId() == in.plaatsingId();

        LocalDate datum = in.datum();
        if (datum == null) {
            fout(fouten, Presentieregel.VERPLICHT, "datum", "Dit veld is verplicht.");
        } else if (datum.isAfter(vandaag)) {
            fout(fouten, Presentieregel.DATUM_IN_TOEKOMST, "De datum ligt in de toekomst; lever presentie aan"
                    + " voor dagen die voorbij zijn.");
        } else if (plaatsingBekend) {
            if (plaatsing.werkelijkeStart() == null) {
                fout(fouten, Presentieregel.BUITEN_ACTIEVE_PERIODE, "De plaatsing is niet gestart; presentie kan"
                        + " vanaf de startdatum.");
            } else if (datum.isBefore(plaatsing.werkelijkeStart())) {
                fout(fouten, Presentieregel.BUITEN_ACTIEVE_PERIODE, "De datum ligt voor de start van de plaatsing ("
                        + plaatsing.werkelijkeStart() + ").");
            } else if (plaatsing.einddatum() != null && datum.isAfter(plaatsing.einddatum())) {
                fout(fouten, Presentieregel.BUITEN_ACTIEVE_PERIODE, "De datum ligt na het einde van de plaatsing ("
                        + plaatsing.einddatum() + ").");
            }
            if (metMaandslot && afgeslotenMaanden.contains(YearMonth.from(datum))) {
                fout(fouten, Presentieregel.MAAND_AFGESLOTEN, "De maand " + YearMonth.from(datum) + " is afgesloten"
                        + " voor de afrekening; wijzig deze presentie met een correctieverzoek.");
            }
        }
        if (in.onderdeel() == null) {
            fout(fouten, Presentieregel.VERPLICHT, "onderdeel", "Dit veld is verplicht.");
        }

        BigDecimal geroosterd = uren(fouten, "geroosterdeUren", in.geroosterdeUren());
        BigDecimal aanwezig = uren(fouten, "aanwezigeUren", in.aanwezigeUren());
        if (geroosterd != null && plaatsingBekend && datum != null && plaatsing.isActief(datum)
                && plaatsing.isOnderbroken(datum) && (geroosterd.signum() > 0
                        || aanwezig != null && aanwezig.signum() > 0)) {
            fout(fouten, Presentieregel.ONDERBROKEN, "De plaatsing was op deze dag onderbroken: er zijn dan geen"
                    + " uren geroosterd of gevolgd (alleen 0 en 0, om een eerdere presentie te wissen).");
        }
        if (geroosterd != null && aanwezig != null && aanwezig.compareTo(geroosterd) > 0) {
            fout(fouten, Presentieregel.AANWEZIG_BOVEN_GEROOSTERD, "Er zijn niet meer uren gevolgd dan geroosterd ("
                    + tekst(geroosterd) + ").");
        }
        if (geroosterd != null) {
            BigDecimal dag = geroosterd.add(andereOnderdelenOpDag == null ? BigDecimal.ZERO : andereOnderdelenOpDag);
            if (dag.compareTo(MAX_UREN_PER_DAG) > 0) {
                fout(fouten, Presentieregel.MEER_DAN_12_UUR, "Op één dag zijn hoogstens 12 uur geroosterd, alle"
                        + " onderdelen samen" + (dag.compareTo(geroosterd) == 0 ? "" : " (met dit record "
                        + tekst(dag) + ")") + ".");
            }
        }
        if (geroosterd != null && aanwezig != null && aanwezig.compareTo(geroosterd) <= 0) {
            boolean verzuim = aanwezig.compareTo(geroosterd) < 0;
            if (verzuim && in.verzuimreden() == null) {
                fout(fouten, Presentieregel.VERZUIMREDEN_ONTBREEKT, "Er zijn minder uren gevolgd dan geroosterd:"
                        + " geef de verzuimreden (GEOORLOOFD, ONGEOORLOOFD of ZIEK).");
            } else if (!verzuim && in.verzuimreden() != null) {
                fout(fouten, Presentieregel.VERZUIMREDEN_NIET_TOEGESTAAN, "Alle geroosterde uren zijn gevolgd:"
                        + " laat de verzuimreden leeg.");
            }
        }
        return fouten;
    }

    /** Whether these are whole quarter hours, not negative. */
    public static boolean isKwartieren(BigDecimal uren) {
        return uren.signum() >= 0 && uren.multiply(VIER).stripTrailingZeros().scale() <= 0;
    }

    /** Hours as a Dutch text: {@code 2,5}. */
    static String tekst(BigDecimal uren) {
        return uren.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static BigDecimal uren(List<FieldError> fouten, String veld, BigDecimal uren) {
        if (uren == null) {
            fout(fouten, Presentieregel.VERPLICHT, veld, "Dit veld is verplicht.");
            return null;
        }
        if (!isKwartieren(uren)) {
            fout(fouten, Presentieregel.GEEN_KWARTIEREN, veld, "Uren in hele kwartieren (0, 0,25, 0,5, ...),"
                    + " niet negatief.");
            return null;
        }
        return uren;
    }

    private static void fout(List<FieldError> fouten, Presentieregel regel, String melding) {
        fout(fouten, regel, regel.veld(), melding);
    }

    private static void fout(List<FieldError> fouten, Presentieregel regel, String veld, String melding) {
        fouten.add(new FieldError(veld, regel.code(), melding));
    }
}
