package nl.inburgering.portal.web.api;

/** The Dutch texts of the Bean Validation constraints on the API's input records. */
public final class Messages {

    public static final String VERPLICHT = "Dit veld is verplicht.";
    public static final String NIET_LEEG = "Geef ten minste een waarde.";
    public static final String TE_LANG = "Hoogstens {max} tekens.";
    public static final String TE_VEEL = "Hoogstens {max} waarden.";
    public static final String POSITIEF = "Verwacht een getal groter dan nul.";
    public static final String NUL_OF_MEER = "Verwacht nul of meer.";

    private Messages() {
    }
}
