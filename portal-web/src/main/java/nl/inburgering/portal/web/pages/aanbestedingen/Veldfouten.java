package nl.inburgering.portal.web.pages.aanbestedingen;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Function;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.web.pages.PageMessages;
import org.omnifaces.util.Faces;

/**
 * Places the services' field errors next to inputs that sit in repeated rows ({@code ui:repeat}), whose
 * client ids carry the row index ({@code aanbesteding:percelen:1:naam}) and so cannot be looked up
 * with {@code findComponent} as {@link PageMessages#fieldErrors} does. The page maps each field name
 * to the client id of the message that shows it; a field it does not map becomes a global message.
 */
final class Veldfouten {

    private Veldfouten() {
    }

    /** @param clientId field name to the client id of its input, or null for a global message */
    static void toon(InvalidInputException e, Function<String, String> clientId) {
        FacesContext context = Faces.getContext();
        for (FieldError error : e.errors()) {
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, PageMessages.text(error), null);
            context.addMessage(clientId.apply(error.field()), message);
        }
        context.validationFailed();
    }
}
