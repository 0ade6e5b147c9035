package nl.inburgering.portal.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The one exception mapper of the API: every failure becomes problem+json (see {@link Problems}). */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable failure) {
        return toResponse(Problems.from(failure, instance(uriInfo)));
    }

    static Response toResponse(Problems.Answer answer) {
        Response.ResponseBuilder rb = Response.status(answer.status())
                .type(Problem.MEDIA_TYPE)
                .entity(answer.problem());
        answer.headers().forEach((name, values) -> values.forEach(v -> rb.header(name, v)));
        return rb.build();
    }

    /** The request path as the problem's {@code instance}: without query, so no parameters are echoed. */
    static String instance(UriInfo uriInfo) {
        try {
            return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }
}
