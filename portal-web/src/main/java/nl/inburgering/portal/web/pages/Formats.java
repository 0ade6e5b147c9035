package nl.inburgering.portal.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.inburgering.portal.contracts.shared.Iban;
import nl.inburgering.portal.contracts.shared.Money;
import nl.inburgering.portal.contracts.shared.Percentage;
import org.omnifaces.util.Faces;

/**
 * Formatting of dates, moments, amounts and IBANs for the pages ({@code #{fmt.date(x)}}): Dutch
 * conventions (dd-MM-yyyy, Europe/Amsterdam, {@code € 1.234,50}), with English number formatting
 * in English. Null gives an empty text.
 */
@Named("fmt")
@ApplicationScoped
public class Formats {

    /** The portal serves Dutch municipalities: moments are shown in Dutch time. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    /** Today in the Netherlands: the date the portal's rules apply to. */
    public LocalDate getToday() {
        return LocalDate.now(ZONE);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant moment) {
        return moment == null ? "" : DATE_TIME.format(moment.atZone(ZONE));
    }

    /** A month in words in the page's language: "oktober 2026", "October 2026". */
    public String month(YearMonth month) {
        Locale view = Faces.getLocale();
        Locale taal = view != null && "en".equals(view.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
        return month == null ? "" : DateTimeFormatter.ofPattern("MMMM yyyy", taal).format(month);
    }

    public String money(Money amount) {
        return amount == null ? "" : NumberFormat.getCurrencyInstance(numberLocale()).format(amount.amount());
    }

    public String percentage(Percentage percentage) {
        return percentage == null ? "" : decimal(percentage.value()) + " %";
    }

    public String decimal(BigDecimal number) {
        if (number == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(numberLocale());
        format.setMaximumFractionDigits(Math.max(0, number.stripTrailingZeros().scale()));
        return format.format(number);
    }

    /** Groups of four: {@code NL91 ABNA 0417 1643 00}. */
    public String iban(Iban iban) {
        return iban == null ? "" : iban.formatted();
    }

    private static Locale numberLocale() {
        Locale view = Faces.getLocale();
        return view != null && "en".equals(view.getLanguage()) ? Locale.forLanguageTag("en-IE")
                : Locale.forLanguageTag("nl-NL");
    }
}
