package nl.inburgering.portal.web.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures of resource methods, through the same {@link Problems} as every other
 * failure. Needed only because Jersey's own mapper for {@code ValidationException} would otherwise
 * be closer to the exception than {@link ProblemMapper} and answer in plain text.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException failure) {
        return ProblemMapper.toResponse(Problems.from(failure, ProblemMapper.instance(uriInfo)));
    }
}
