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
import org.filspresso.ai.brew.UnbrewableException;
import org.filspresso.ai.generation.ModelBusyException;
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

    /** What every mapper shares: the request's path goes into the problem as its instance. */
    abstract static class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        UriInfo uri;

        Response problem(String title, int status, String detail, List<FieldError> errors) {
            return new Problem("about:blank", title, status, detail, uri.getRequestUri().getPath(), errors).toResponse();
        }
    }

    @Provider
    public static class InvalidQuery extends ProblemMapper<InvalidQueryException> {
        @Override
        public Response toResponse(InvalidQueryException e) {
            return problem("Invalid request parameters", 400, "Fix the listed fields and try again.", e.errors());
        }
    }

    /** A request the business rules refuse (a recipe a machine cannot brew...): 400 naming each field. */
    @Provider
    public static class InvalidInput extends ProblemMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            return problem("Invalid request", 400, "Fix the listed fields and try again.", e.errors());
        }
    }

    /** A status change the command's state does not allow: 409, saying what the state is. */
    @Provider
    public static class IllegalTransition extends ProblemMapper<IllegalTransitionException> {
        @Override
        public Response toResponse(IllegalTransitionException e) {
            return problem("Conflict", 409, e.getMessage(), List.of(new FieldError("current_status", e.current().wireName())));
        }
    }

    @Provider
    public static class UnknownMachine extends ProblemMapper<UnknownMachineException> {
        @Override
        public Response toResponse(UnknownMachineException e) {
            return problem("Not Found", 404, e.getMessage(), List.of(new FieldError("machine_id", e.getMessage())));
        }
    }

    @Provider
    public static class UnknownCommand extends ProblemMapper<UnknownCommandException> {
        @Override
        public Response toResponse(UnknownCommandException e) {
            return problem("Not Found", 404, e.getMessage(), List.of());
        }
    }

    /** A brew request that is unsafe or impossible for the machine (500 ml ristretto, 150 °C): 422 naming the field. */
    @Provider
    public static class Unbrewable extends ProblemMapper<UnbrewableException> {
        @Override
        public Response toResponse(UnbrewableException e) {
            return problem("Cannot brew that", 422, e.getMessage(), List.of(new FieldError(e.field(), e.getMessage())));
        }
    }

    /** A Kafelot model with no room for another request: 503, and when to try again. */
    @Provider
    public static class ModelBusy extends ProblemMapper<ModelBusyException> {
        @Override
        public Response toResponse(ModelBusyException e) {
            return Response.fromResponse(problem("Service Unavailable", 503, e.getMessage(), List.of()))
                    .header("Retry-After", ModelBusyException.RETRY_AFTER_SECONDS).build();
        }
    }

    /** 401, 403, 404, 405, 406, 413, 415, 429... raised by JAX-RS itself or by resources; their headers are kept. */
    @Provider
    public static class WebApplication extends ProblemMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            // Jersey's own "HTTP 404 Not Found" (no such path) says less than our sentence; a resource's own message is kept.
            String detail = status.getStatusCode() == 404 && e instanceof jakarta.ws.rs.NotFoundException
                    && (e.getMessage() == null || e.getMessage().startsWith("HTTP 404")) ? "No resource at this address." : e.getMessage();
            String title = status.getReasonPhrase() == null || status.getReasonPhrase().isBlank()
                    ? "HTTP " + status.getStatusCode() : status.getReasonPhrase();
            Response.ResponseBuilder answer = Response.fromResponse(problem(title, status.getStatusCode(), detail, List.of()));
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
    public static class Unexpected extends ProblemMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Throwable e) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
            return problem("Internal Server Error", 500, "Something went wrong on our side (incident " + incident + ").", List.of());
        }
    }
}
