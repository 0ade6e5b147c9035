package nl.inburgering.portal.web.pages;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Faces;

/**
 * The language of the pages for this session: Dutch unless the user switches to English (DESIGN.md,
 * "Pages": Dutch first, English as second bundle). The browser's preference is deliberately ignored:
 * the portal is a Dutch government service.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);

    private Locale locale = DUTCH;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public List<Locale> getSupported() {
        return SUPPORTED;
    }

    /** Switches the language and shows the same page again (with its view parameters) in it. */
    public String switchTo(String language) {
        locale = SUPPORTED.stream()
                .filter(l -> l.getLanguage().equals(language))
                .findFirst()
                .orElse(DUTCH);
        Faces.getViewRoot().setLocale(locale);
        return Faces.getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
