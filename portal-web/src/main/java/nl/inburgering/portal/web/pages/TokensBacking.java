package nl.inburgering.portal.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import nl.inburgering.portal.contracts.shared.InvalidInputException;
import nl.inburgering.portal.contracts.shared.NotFoundException;
import nl.inburgering.portal.web.security.ApiTokenView;
import nl.inburgering.portal.web.security.CurrentUser;
import nl.inburgering.portal.web.security.NieuwToken;
import nl.inburgering.portal.web.security.UserAccountService;

/**
 * The user's own API tokens ({@code /app/tokens.xhtml}). A new token's plaintext is shown once, in a
 * dialog, and forgotten when the dialog closes: the portal keeps only its hash. A token acts with the
 * user's role and tenancy until it is revoked.
 */
@Named
@ViewScoped
public class TokensBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserAccountService accounts;

    private List<ApiTokenView> tokens;
    private String naam;
    private transient NieuwToken nieuwToken;

    @PostConstruct
    void init() {
        tokens = accounts.listTokens(currentUser.actor());
    }

    public void aanmaken() {
        try {
            nieuwToken = accounts.createToken(currentUser.actor(), naam);
            naam = null;
            tokens = accounts.listTokens(currentUser.actor());
        } catch (InvalidInputException e) {
            PageMessages.fieldErrors(e, "tokens", Map.of());
        }
    }

    public void intrekken(long tokenId) {
        try {
            accounts.revokeToken(currentUser.actor(), tokenId);
            PageMessages.info("tokens.ingetrokken");
        } catch (NotFoundException e) {
            PageMessages.error("tokens.nietGevonden");
        }
        tokens = accounts.listTokens(currentUser.actor());
    }

    /** Called when the dialog closes: the plaintext is not kept any longer than needed. */
    public void vergeetToken() {
        nieuwToken = null;
    }

    public List<ApiTokenView> getTokens() {
        return tokens;
    }

    public NieuwToken getNieuwToken() {
        return nieuwToken;
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }
}
