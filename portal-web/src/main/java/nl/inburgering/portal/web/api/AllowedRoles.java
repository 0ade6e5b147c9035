package nl.inburgering.portal.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.inburgering.portal.contracts.access.Role;

/**
 * The roles that may call a resource method at all; others get 403 before their body is read.
 * The services decide again, and decide tenancy; this only makes the refusal early and visible.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AllowedRoles {

    Role[] value();
}
