package nl.inburgering.portal.web.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Set;
import java.util.stream.Collectors;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.contracts.shared.NotAllowedException;
import nl.inburgering.portal.web.security.CurrentUser;

/** Refuses (403) a caller whose role is not among the method's {@link AllowedRoles}. */
@Priority(Priorities.AUTHORIZATION)
class RoleFilter implements ContainerRequestFilter {

    private final CurrentUser currentUser;
    private final Set<Role> allowed;

    RoleFilter(CurrentUser currentUser, Set<Role> allowed) {
        this.currentUser = currentUser;
        this.allowed = Set.copyOf(allowed);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Role role = currentUser.actor().role();
        if (!allowed.contains(role)) {
            throw new NotAllowedException("Deze operatie is alleen voor de rol "
                    + allowed.stream().map(Role::name).sorted().collect(Collectors.joining(" of "))
                    + "; u bent " + role.name() + ".");
        }
    }
}
