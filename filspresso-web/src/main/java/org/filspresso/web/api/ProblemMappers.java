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
import org.filspresso.iot.command.IllegalTransitionException;
import org.filspresso.iot.command.UnknownCommandException;
import org.filspresso.iot.command.UnknownMachineException;
import org.filspresso.query.FieldError;
import org.filspresso.query.InvalidInputException;
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

    /** A request the business rules refuse (a recipe a machine cannot brew...): 400 naming each field. */
    @Provider
    public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(InvalidInputException e) {
            return new Problem("about:blank", "Invalid request", 400, "Fix the listed fields and try again.",
                    uri.getRequestUri().getPath(), e.errors()).toResponse();
        }
    }

    /** A status change the command's state does not allow: 409, saying what the state is. */
    @Provider
    public static class IllegalTransition implements ExceptionMapper<IllegalTransitionException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(IllegalTransitionException e) {
            return new Problem("about:blank", "Conflict", 409, e.getMessage(), uri.getRequestUri().getPath(),
                    List.of(new FieldError("current_status", e.current().wireName()))).toResponse();
        }
    }

    @Provider
    public static class UnknownMachine implements ExceptionMapper<UnknownMachineException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(UnknownMachineException e) {
            return new Problem("about:blank", "Not Found", 404, e.getMessage(), uri.getRequestUri().getPath(),
                    List.of(new FieldError("machine_id", e.getMessage()))).toResponse();
        }
    }

    @Provider
    public static class UnknownCommand implements ExceptionMapper<UnknownCommandException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(UnknownCommandException e) {
            return new Problem("about:blank", "Not Found", 404, e.getMessage(), uri.getRequestUri().getPath(), List.of()).toResponse();
        }
    }

    /** 401, 403, 404, 405, 406, 413, 415, 429... raised by JAX-RS itself or by resources; their headers are kept. */
    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            String detail = status.getStatusCode() == 404 && e instanceof jakarta.ws.rs.NotFoundException
                    ? "No resource at this address." : e.getMessage();
            String title = status.getReasonPhrase() == null || status.getReasonPhrase().isBlank()
                    ? "HTTP " + status.getStatusCode() : status.getReasonPhrase();
            Response.ResponseBuilder answer = Response.fromResponse(new Problem("about:blank", title, status.getStatusCode(), detail,
                    uri.getRequestUri().getPath(), List.of()).toResponse());
            for (String header : List.of("WWW-Authenticate", "Retry-After", "Allow")) {
                Object value = e.getResponse().getHeaders().getFirst(header);
                if (value != null) {
                    answer.header(header, value);
                }
            }
            return answer.build();
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
