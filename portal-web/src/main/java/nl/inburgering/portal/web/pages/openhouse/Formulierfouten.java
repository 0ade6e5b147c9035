package nl.inburgering.portal.web.pages.openhouse;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.inburgering.portal.contracts.shared.FieldError;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.web.pages.PageMessages;
import org.omnifaces.util.Faces;

/**
 * The services' field errors placed next to their inputs, also inside repeated rows: a field
 * {@code eisen[2].omschrijving} goes to the input {@code omschrijving} of row 2 of the
 * {@code ui:repeat id="eisen"} directly inside the form ({@code form:eisen:2:omschrijving}), where a
 * {@code p:message for="omschrijving"} in the row shows it. Plain fields go through
 * {@link PageMessages#fieldErrors}. An error for a field the page has no place for is shown globally.
 */
final class Formulierfouten {

    private static final Pattern RIJ = Pattern.compile("([A-Za-z]+)\\[(\\d+)]\\.([A-Za-z]+)(\\..*)?");

    private Formulierfouten() {
    }

    /**
     * @param invoer  service field name to input id, for plain fields (absent: the same name)
     * @param rijen   per repeat id, the input ids its rows have
     */
    static void toon(InvalidInputException e, String form, Map<String, String> invoer, Map<String, Set<String>> rijen) {
        FacesContext context = Faces.getContext();
        List<FieldError> plain = new java.util.ArrayList<>();
        for (FieldError error : e.errors()) {
            Matcher m = RIJ.matcher(error.field());
            if (m.matches() && rijen.getOrDefault(m.group(1), Set.of()).contains(m.group(3))) {
                context.addMessage(form + ":" + m.group(1) + ":" + m.group(2) + ":" + m.group(3),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, PageMessages.text(error), null));
            } else {
                plain.add(error);
            }
        }
        if (!plain.isEmpty()) {
            PageMessages.fieldErrors(new InvalidInputException(plain), form, invoer);
        }
        context.validationFailed();
    }

    /** One error at one input of one row. */
    static void fout(String clientId, String tekst) {
        FacesContext context = Faces.getContext();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, tekst, null));
        context.validationFailed();
    }
}
