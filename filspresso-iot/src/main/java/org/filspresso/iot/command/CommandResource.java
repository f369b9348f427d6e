package org.filspresso.iot.command;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.filspresso.account.AccountService;
import org.filspresso.account.Customer;
import org.filspresso.iot.device.ApiClient;
import org.filspresso.iot.device.ApiClientService;
import org.filspresso.iot.device.DeviceDirectory;
import org.filspresso.iot.device.DeviceTokens;

/**
 * The contract the brewing accessories speak (kept exactly as the original service had it):
 * {@code POST /api/commands/create}, {@code GET /api/commands/check/{machine_id}} (with optional
 * long-polling, {@code ?wait=25}) and {@code POST /api/commands/update/{command_id}}.
 */
@Path("commands")
@Tag(name = "commands", description = "Brew commands for paired machines: created by owners or API clients, polled and updated by devices")
@Produces(MediaType.APPLICATION_JSON)
public class CommandResource {

    static final String CREATE_EXAMPLE = "{\"machine_id\": 12, \"recipe\": {\"volume_ml\": 110, \"temperature_c\": 92,"
            + " \"pre_infusion_ms\": 1500, \"capsule_type\": \"original\", \"capsule_variant\": \"lungo\"},"
            + " \"execute_allowed\": true, \"meta\": {\"source\": \"web\", \"coffee\": \"Kazaar\"},"
            + " \"accessory_instructions\": {\"slot\": 3}}";
    static final String CREATED_EXAMPLE = "{\"status\": \"created\", \"command_id\": 421}";
    static final String WORK_EXAMPLE = "{\"command_id\": 421, \"recipe\": {\"volume_ml\": 110, \"temperature_c\": 92,"
            + " \"pre_infusion_ms\": 1500, \"capsule_type\": \"original\", \"capsule_variant\": \"lungo\"},"
            + " \"execute_allowed\": true, \"meta\": {\"source\": \"web\"}, \"accessory_instructions\": {\"slot\": 3},"
            + " \"created_at\": \"2026-11-24T09:15:02.118Z\"}";
    static final String REPORT_EXAMPLE = "{\"status\": \"complete\", \"meta\": {\"started_at\": 1795512902118,"
            + " \"completed_at\": 1795512931402, \"actual_volume_ml\": 108}}";
    static final String STATUS_EXAMPLE = "{\"command_id\": 421, \"machine_id\": 12, \"status\": \"complete\", \"recipe\": {\"volume_ml\": 110,"
            + " \"temperature_c\": 92, \"pre_infusion_ms\": 1500, \"capsule_type\": \"original\", \"capsule_variant\": \"lungo\"},"
            + " \"execute_allowed\": true, \"created_at\": \"2026-11-24T09:15:02.118Z\", \"updated_at\": \"2026-11-24T09:15:41.020Z\","
            + " \"history\": [{\"from\": null, \"to\": \"pending\", \"by\": \"api:kitchen-app\", \"at\": \"2026-11-24T09:15:02.118Z\", \"meta\": {}},"
            + " {\"from\": \"pending\", \"to\": \"dispatched\", \"by\": \"device:12\", \"at\": \"2026-11-24T09:15:03.004Z\", \"meta\": {}},"
            + " {\"from\": \"dispatched\", \"to\": \"brewing\", \"by\": \"device:12\", \"at\": \"2026-11-24T09:15:03.250Z\", \"meta\": {\"stage\": \"picking\"}},"
            + " {\"from\": \"brewing\", \"to\": \"complete\", \"by\": \"device:12\", \"at\": \"2026-11-24T09:15:41.020Z\","
            + " \"meta\": {\"actual_volume_ml\": 109, \"duration_ms\": 37770}}]}";
    static final String UPDATED_EXAMPLE = "{\"status\": \"updated\", \"command_id\": 421}";

    /** The longest a device may park a check (seconds); proxies commonly cut idle requests at 60 s. */
    public static final int MAX_WAIT_SECONDS = 30;

    @Inject
    CommandService commands;

    @Inject
    DeviceDirectory directory;

    @Inject
    ApiClientService apiClients;

    @Inject
    AccountService accounts;

    @Inject
    CommandWaiters waiters;

    @Inject
    WorkHints hints;

    @Inject
    CheckRateLimit rateLimit;

    @Resource
    ManagedExecutorService executor;

    @Context
    HttpServletRequest request;

    @Context
    SecurityContext security;

    @POST
    @Path("create")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a brew command for a machine (its signed-in owner, or an API client with X-Api-Key)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "lungo", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "created", value = CREATED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A field is wrong (problem+json naming it), e.g. a recipe the machine cannot brew")
    @APIResponse(responseCode = "401", description = "Not signed in and no valid API key")
    @APIResponse(responseCode = "404", description = "No such machine, or not the caller's")
    @APIResponse(responseCode = "413", description = "Body over 16 KiB")
    public Response create(String body, @HeaderParam("X-Api-Key") String apiKey) {
        Requester requester = requester(apiKey);
        BrewCommand command = commands.create(CommandJson.parseCreate(body), requester.ownerId(), requester.caller(), Instant.now());
        return Response.status(Response.Status.CREATED)
                .entity(Json.createObjectBuilder().add("status", "created").add("command_id", command.id()).build())
                .build();
    }

    @GET
    @Path("{command_id}")
    @Operation(summary = "A command's status and its history (the owner of its machine, or an API client with X-Api-Key)")
    @APIResponse(responseCode = "200", description = "The command, newest status first in history order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "complete", value = STATUS_EXAMPLE)))
    @APIResponse(responseCode = "401", description = "Not signed in and no valid API key")
    @APIResponse(responseCode = "404", description = "No such command, or not on the caller's machines")
    public JsonObject status(@PathParam("command_id") long commandId, @HeaderParam("X-Api-Key") String apiKey) {
        Requester requester = requester(apiKey);
        BrewCommand command = commands.commandVisibleTo(commandId, requester.ownerId())
                .orElseThrow(() -> new UnknownCommandException(commandId));
        return CommandJson.status(command, commands.history(commandId));
    }

    @GET
    @Path("check/{machine_id}")
    @Operation(summary = "A device asks for work: 204 when there is none, else 200 with the command; ?wait=N (≤ 30) long-polls")
    @APIResponse(responseCode = "200", description = "A command, now dispatched to this device with a 60 s lease",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "work", value = WORK_EXAMPLE)))
    @APIResponse(responseCode = "204", description = "Nothing to do (after waiting up to ?wait seconds)")
    @APIResponse(responseCode = "401", description = "No valid device token (Authorization: Bearer or X-Device-Token)")
    @APIResponse(responseCode = "403", description = "The token belongs to another machine")
    @APIResponse(responseCode = "429", description = "Too many checks: see Retry-After")
    public void check(@PathParam("machine_id") long machineId, @QueryParam("wait") @DefaultValue("0") int wait,
                      @HeaderParam("X-Firmware-Version") String firmware, @Suspended AsyncResponse async) {
        long device = device(machineId);
        Optional<Duration> tooSoon = rateLimit.acquire(device);
        if (tooSoon.isPresent()) {
            throw new WebApplicationException("Too many checks: long-poll with ?wait=25 instead.",
                    Response.status(429).header("Retry-After", Math.max(1, tooSoon.get().toSeconds())).build());
        }
        directory.seen(device, request.getRemoteAddr(), firmware);
        Caller caller = new Caller("device:" + device, request.getRemoteAddr());
        int seconds = Math.max(0, Math.min(wait, MAX_WAIT_SECONDS));
        if (seconds == 0 && !hints.mayHaveWork(device)) {
            async.resume(Response.noContent().build()); // known idle: no transaction, no query
            return;
        }
        if (seconds == 0) {
            async.resume(answer(commands.claim(device, caller, Instant.now())));
            return;
        }
        // Parked before the first attempt, so that a command created in between still wakes this request.
        // One attempt at a time, and never once the request has timed out: a command claimed for a
        // request that can no longer be answered would wait out its lease before going to the device.
        AtomicBoolean busy = new AtomicBoolean();
        AtomicBoolean again = new AtomicBoolean();
        Runnable[] attempt = new Runnable[1];
        attempt[0] = () -> executor.execute(() -> attemptClaim(device, caller, async, busy, again, attempt[0]));
        waiters.park(device, attempt[0]);
        async.setTimeout(seconds, TimeUnit.SECONDS);
        async.setTimeoutHandler(timedOut -> {
            if (busy.compareAndSet(false, true)) {
                waiters.leave(device, attempt[0]);
                timedOut.resume(Response.noContent().build());
            } else {
                timedOut.setTimeout(1, TimeUnit.SECONDS); // an attempt is under way: it answers, or lets the next timeout do so
            }
        });
        attemptClaim(device, caller, async, busy, again, attempt[0]);
    }

    /**
     * Claims work for a parked request and answers it, or parks it again. A wake that arrives while
     * another attempt is claiming sets {@code again}, so that attempt looks once more before parking.
     */
    private void attemptClaim(long device, Caller caller, AsyncResponse async, AtomicBoolean busy, AtomicBoolean again, Runnable attempt) {
        again.set(true);
        while (again.get() && busy.compareAndSet(false, true)) {
            again.set(false);
            Optional<BrewCommand> work;
            try {
                work = commands.claim(device, caller, Instant.now());
            } catch (RuntimeException e) {
                waiters.leave(device, attempt);
                async.resume(e); // answered through the exception mappers; busy stays set
                return;
            }
            if (work.isPresent()) {
                waiters.leave(device, attempt);
                async.resume(answer(work));
                return; // busy stays set: answered
            }
            waiters.park(device, attempt);
            busy.set(false);
        }
    }

    @POST
    @Path("update/{command_id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A device reports brewing, complete or failed; repeating a status changes nothing; an impossible change is 409")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "complete", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Updated (or already in that status)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "updated", value = UPDATED_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Unknown status or malformed body")
    @APIResponse(responseCode = "404", description = "No such command for this device")
    @APIResponse(responseCode = "409", description = "The command's state does not allow it; current_status says where it is")
    public JsonObject update(@PathParam("command_id") long commandId, String body) {
        long device = authenticatedDevice();
        CommandJson.Report report = CommandJson.parseReport(body);
        commands.report(device, commandId, report.status(), report.metaJson(),
                new Caller("device:" + device, request.getRemoteAddr()), Instant.now());
        return Json.createObjectBuilder().add("status", "updated").add("command_id", commandId).build();
    }

    /** Who acts for people: an API client (any machine; ownerId null) or a signed-in customer (their own machines). */
    private record Requester(Long ownerId, Caller caller) {
    }

    private Requester requester(String apiKey) {
        if (apiKey != null) {
            ApiClient client = apiClients.byKey(apiKey).orElseThrow(() -> unauthorized("The API key is not valid."));
            return new Requester(null, new Caller("api:" + client.name(), request.getRemoteAddr()));
        }
        Customer owner = accounts.signedIn(security.getUserPrincipal())
                .orElseThrow(() -> unauthorized("Sign in, or send an API key in X-Api-Key."));
        return new Requester(owner.id(), new Caller("customer:" + owner.email(), request.getRemoteAddr()));
    }

    private static Response answer(Optional<BrewCommand> work) {
        return work.map(command -> Response.ok(CommandJson.work(command), MediaType.APPLICATION_JSON_TYPE).build())
                .orElseGet(() -> Response.noContent().build());
    }

    /** The device named in the address, which must be the one the token belongs to. */
    private long device(long machineId) {
        long device = authenticatedDevice();
        if (device != machineId) {
            throw new ForbiddenException("This token belongs to another machine.");
        }
        return device;
    }

    /** Devices send their token as {@code Authorization: Bearer …} or {@code X-Device-Token: …}. */
    private long authenticatedDevice() {
        String token = DeviceTokens.presented(request.getHeader("Authorization"), request.getHeader("X-Device-Token"));
        if (token == null || token.isBlank()) {
            throw unauthorized("Send the device token as Authorization: Bearer <token> or X-Device-Token.");
        }
        return directory.deviceFor(token).orElseThrow(() -> unauthorized("The device token is not valid (revoked or rotated?)."));
    }

    private static NotAuthorizedException unauthorized(String message) {
        return new NotAuthorizedException(message, Response.status(401).header("WWW-Authenticate", "Bearer realm=\"filspresso\"").build());
    }
}
