package nl.inburgering.portal.web.pages;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/** Texts of the message bundle ({@code #{msg}}) in the locale of the current view, for backing beans. */
public final class Texts {

    /** The base name of the bundle registered as {@code msg} and as the JSF message bundle. */
    public static final String BUNDLE = "nl.inburgering.portal.web.i18n.messages";

    private Texts() {
    }

    /** The text of a key, with {@link MessageFormat} parameters when given. */
    public static String get(String key, Object... params) {
        return find(key, params).orElseThrow(() -> new MissingResourceException(key, BUNDLE, key));
    }

    public static Optional<String> find(String key, Object... params) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
        if (!bundle.containsKey(key)) {
            return Optional.empty();
        }
        String text = bundle.getString(key);
        return Optional.of(params.length == 0 ? text
                : new MessageFormat(text, context.getViewRoot().getLocale()).format(params));
    }
}
