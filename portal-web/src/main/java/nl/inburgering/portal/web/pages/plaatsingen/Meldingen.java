package nl.inburgering.portal.web.pages.plaatsingen;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import nl.inburgering.portal.contracts.placement.PlaatsingsRegel;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.web.pages.PageMessages;
import nl.inburgering.portal.web.pages.Texts;
import org.omnifaces.util.Faces;

/**
 * The messages of the placement pages. Like {@link PageMessages#fieldErrors}, each field error goes next
 * to its input; in addition, a refusal by an eligibility rule (DESIGN.md, "Eligibility of a placement")
 * always names the rule ("Regel 4, capaciteit vol: Contract AB-2026-B1-01 zit vol: ..."), and an error
 * without an input on the page goes to the message list named {@code sleutel} (the one inside a dialog),
 * so that it is seen where the user is looking.
 */
public final class Meldingen {

    private Meldingen() {
    }

    /**
     * @param form    client id of the form with the inputs
     * @param velden  service field name to input id; others are looked up under their own name
     * @param sleutel the key of a {@code p:messages forType="key"}, or null for the page's global messages
     */
    public static void fouten(InvalidInputException e, String form, Map<String, String> velden, String sleutel) {
        FacesContext context = Faces.getContext();
        for (FieldError error : e.errors()) {
            String input = velden.getOrDefault(error.field(), error.field());
            String clientId = form + ":" + input;
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, tekst(error), null);
            if (input != null && !input.isBlank() && context.getViewRoot().findComponent(clientId) != null) {
                context.addMessage(clientId, message);
            } else {
                context.addMessage(sleutel, message);
            }
        }
        context.validationFailed();
    }

    /** A message, in the list named {@code sleutel} (null: the page's global messages). */
    public static void fout(String sleutel, String tekst) {
        FacesContext context = Faces.getContext();
        context.addMessage(sleutel, new FacesMessage(FacesMessage.SEVERITY_ERROR, tekst, null));
        context.validationFailed();
    }

    /** The text of a field error: an eligibility rule named first, otherwise as {@link PageMessages#text}. */
    public static String tekst(FieldError error) {
        return regel(error.code())
                .map(r -> Texts.get("plaatsing.regel.weigering", Texts.get("regel." + r.name()), error.message()))
                .orElseGet(() -> PageMessages.text(error));
    }

    /** The eligibility rule with this error code, if it is one. */
    public static Optional<PlaatsingsRegel> regel(String code) {
        return Arrays.stream(PlaatsingsRegel.values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
