package nl.inburgering.portal.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest request body a resource method (or every method of a resource class) accepts, in
 * bytes; larger bodies get 413. Without it the limit is {@link #DEFAULT}. A bulk upload declares
 * its own, larger limit.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface MaxBodySize {

    long DEFAULT = 1024 * 1024;

    long value();
}
