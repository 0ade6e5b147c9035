package nl.inburgering.portal.web.pages.aanbestedingen;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.omnifaces.util.Faces;

/**
 * BPKV points and scores for the tender pages ({@code #{punten.toon(x)}}): always two decimals, as
 * the table computes and ranks them (75,30 and 75,3 would read as different precision), with the
 * decimal separator of the view's language. Null gives an empty text.
 */
@Named("punten")
@ApplicationScoped
public class Punten {

    public String toon(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale());
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    private static Locale locale() {
        Locale view = Faces.getLocale();
        return view != null && "en".equals(view.getLanguage()) ? Locale.forLanguageTag("en-IE")
                : Locale.forLanguageTag("nl-NL");
    }
}
