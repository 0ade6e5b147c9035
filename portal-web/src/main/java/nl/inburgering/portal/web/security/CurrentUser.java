package nl.inburgering.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import nl.inburgering.portal.contracts.access.Actor;
import nl.inburgering.portal.contracts.access.Role;

/**
 * The user of the current request, for pages ({@code #{currentUser}}) and API resources. Services get
 * {@link #actor()} and decide tenancy themselves; this bean never filters data.
 */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    @Inject
    TenantNames tenantNames;

    private String tenantName;

    public Optional<AuthenticatedUser> user() {
        return Optional.ofNullable((AuthenticatedUser) request.getAttribute(PortalAuthenticationMechanism.REQUEST_USER));
    }

    /** The acting user; throws {@link NotAuthenticatedException} when nobody is logged in. */
    public Actor actor() {
        return user().map(AuthenticatedUser::actor).orElseThrow(NotAuthenticatedException::new);
    }

    public Optional<Actor> optionalActor() {
        return user().map(AuthenticatedUser::actor);
    }

    public boolean isLoggedIn() {
        return user().isPresent();
    }

    public String getUsername() {
        return user().map(u -> u.actor().username()).orElse(null);
    }

    public String getDisplayName() {
        return user().map(AuthenticatedUser::naam).orElse(null);
    }

    public Role getRole() {
        return user().map(u -> u.actor().role()).orElse(null);
    }

    public boolean isContractbeheerder() {
        return getRole() == Role.CONTRACTBEHEERDER;
    }

    public boolean isGemeente() {
        return getRole() == Role.GEMEENTE;
    }

    public boolean isAanbieder() {
        return getRole() == Role.AANBIEDER;
    }

    public boolean isBeheerder() {
        return getRole() == Role.BEHEERDER;
    }

    /** The gemeente or provider the user works for, or null for region-wide roles. */
    public String getTenantName() {
        if (tenantName == null) {
            Actor a = optionalActor().orElse(null);
            if (a != null && a.gemeenteId() != null) {
                tenantName = tenantNames.gemeente(a.gemeenteId()).orElse(null);
            } else if (a != null && a.aanbiederId() != null) {
                tenantName = tenantNames.aanbieder(a.aanbiederId()).orElse(null);
            }
        }
        return tenantName;
    }
}
