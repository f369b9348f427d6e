package org.filspresso.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.filspresso.query.InvalidQueryException;

/** Turns every failure of a JSON resource into problem+json; nothing of a stack trace leaves the server. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    @Provider
    public static class InvalidQuery implements ExceptionMapper<InvalidQueryException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(InvalidQueryException e) {
            return new Problem("about:blank", "Invalid request parameters", 400,
                    "Fix the listed fields and try again.", uri.getRequestUri().getPath(), e.errors()).toResponse();
        }
    }

    /** 404, 405, 406, 415... raised by JAX-RS itself or by resources. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            String detail = status.getStatusCode() == 404 ? "No resource at this address." : e.getMessage();
            return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail,
                    uri.getRequestUri().getPath(), List.of()).toResponse();
        }
    }

    /** Anything unexpected: logged with an id the client can quote, answered without details. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(Throwable e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
            return new Problem("about:blank", "Internal Server Error", 500,
                    "Something went wrong on our side (incident " + incident + ").", uri.getRequestUri().getPath(), List.of()).toResponse();
        }
    }
}
