package nl.inburgering.portal.web.pages.rapportage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import org.omnifaces.util.Faces;
import org.primefaces.component.export.CSVOptions;
import org.primefaces.component.export.ExcelOptions;
import org.primefaces.component.export.PDFOptions;
import org.primefaces.component.export.PDFOrientationType;

/**
 * Numbers of the report pages and their exports ({@code #{rapportageFormaat.euro(x)}}): amounts with two decimals
 * and grouping but without the euro sign (the column headers say "€"), so that a spreadsheet reads the exported cell
 * as a number; Dutch conventions, English in English. And the options of the exporters: CSV with a semicolon in
 * Dutch (what Dutch Excel expects), XLSX with numeric cells, PDF in landscape.
 */
@Named
@ApplicationScoped
public class RapportageFormaat {

    public String euro(BigDecimal bedrag) {
        if (bedrag == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(bedrag);
    }

    /** A percentage with one decimal and the sign; empty without a basis. */
    public String procent(BigDecimal p) {
        if (p == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(p) + " %";
    }

    public String uren(BigDecimal uren) {
        if (uren == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(2);
        return f.format(uren);
    }

    /** "jan 2026" / "Jan 2026". */
    public String maand(LocalDate maand) {
        return maand == null ? "" : maand.getMonth().getDisplayName(TextStyle.SHORT, locale()).replace(".", "")
                + " " + maand.getYear();
    }

    /** The short name of month 1 to 12. */
    public String maandnaam(int maand) {
        return java.time.Month.of(maand).getDisplayName(TextStyle.SHORT, locale()).replace(".", "");
    }

    public CSVOptions getCsv() {
        return isEngels() ? CSVOptions.EXCEL : CSVOptions.EXCEL_NORTHERN_EUROPE;
    }

    public ExcelOptions getExcel() {
        ExcelOptions o = new ExcelOptions();
        o.setStronglyTypedCells(true);
        DecimalFormat getal = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale()));
        getal.setParseBigDecimal(true);
        o.setNumberFormat(getal);
        return o;
    }

    public PDFOptions getPdf() {
        PDFOptions o = new PDFOptions();
        o.setOrientation(PDFOrientationType.LANDSCAPE);
        return o;
    }

    private static boolean isEngels() {
        Locale view = Faces.getLocale();
        return view != null && "en".equals(view.getLanguage());
    }

    /** The language tag of the numbers in the charts. */
    static String taal() {
        return locale().toLanguageTag();
    }

    static Locale locale() {
        return isEngels() ? Locale.forLanguageTag("en-IE") : Locale.forLanguageTag("nl-NL");
    }
}
