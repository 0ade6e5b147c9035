package nl.inburgering.portal.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Set;
import nl.inburgering.portal.contracts.access.Role;
import nl.inburgering.portal.web.security.CurrentUser;

/**
 * Attaches the per-method request rules when the API starts: {@link RoleFilter} where a method has
 * {@link AllowedRoles}, and {@link BodySizeFilter} with the method's {@link MaxBodySize} on every
 * method that takes a body.
 */
@Provider
@ApplicationScoped
public class RequestRulesFeature implements DynamicFeature {

    @Inject
    CurrentUser currentUser;

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        AllowedRoles roles = method.getAnnotation(AllowedRoles.class);
        if (roles != null) {
            Set<Role> allowed = EnumSet.noneOf(Role.class);
            allowed.addAll(Set.of(roles.value()));
            context.register(new RoleFilter(currentUser, allowed));
        }
        if (takesBody(method)) {
            context.register(new BodySizeFilter(maxBodySize(resourceInfo.getResourceClass(), method)));
        }
    }

    static long maxBodySize(Class<?> resourceClass, Method method) {
        MaxBodySize onMethod = method.getAnnotation(MaxBodySize.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        MaxBodySize onClass = resourceClass.getAnnotation(MaxBodySize.class);
        return onClass != null ? onClass.value() : MaxBodySize.DEFAULT;
    }

    private static boolean takesBody(Method m) {
        return m.isAnnotationPresent(POST.class) || m.isAnnotationPresent(PUT.class)
                || m.isAnnotationPresent(PATCH.class);
    }
}
