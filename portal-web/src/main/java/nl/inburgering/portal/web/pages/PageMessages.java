package nl.inburgering.portal.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Faces messages from bundle keys, and the services' field errors placed next to their inputs.
 *
 * <p>A service reports every invalid field at once as {@link FieldError}s named as the API knows
 * them; a page maps those names to the ids of its inputs. The text comes from the bundle key
 * {@code fout.<code>} when the bundle has one (so English users read English), else the service's
 * own Dutch message. An error for a field the page has no input for is shown as a global message.
 */
public final class PageMessages {

    private PageMessages() {
    }

    public static void info(String key, Object... params) {
        Messages.addGlobal(new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get(key, params), null));
    }

    public static void error(String key, Object... params) {
        Messages.addGlobal(new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get(key, params), null));
    }

    /** An info message that survives the redirect that follows (post-redirect-get). */
    public static void flashInfo(String key, Object... params) {
        info(key, params);
        Faces.getFlash().setKeepMessages(true);
    }

    /**
     * Adds each field error to the input it belongs to.
     *
     * @param form        the client id of the form holding the inputs
     * @param fieldToInput service field name to input id; a field not in the map is looked up as an
     *                    input id of the same name
     */
    public static void fieldErrors(InvalidInputException e, String form, Map<String, String> fieldToInput) {
        FacesContext context = Faces.getContext();
        for (FieldError error : e.errors()) {
            String input = fieldToInput.getOrDefault(error.field(), error.field());
            String clientId = form + ":" + input;
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text(error), null);
            if (input != null && context.getViewRoot().findComponent(clientId) != null) {
                context.addMessage(clientId, message);
            } else {
                context.addMessage(null, message);
            }
        }
        context.validationFailed();
    }

    /** The bundle text for the error's code, or the service's own message. */
    public static String text(FieldError error) {
        return Texts.find("fout." + error.code()).orElse(error.message());
    }
}
