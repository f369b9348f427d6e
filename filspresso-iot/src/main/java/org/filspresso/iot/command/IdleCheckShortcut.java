package org.filspresso.iot.command;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.filspresso.iot.device.DeviceDirectory;
import org.filspresso.iot.device.DeviceTokens;

/**
 * The hot path of a fleet of polling devices: a plain {@code check} (no {@code wait}) by a known
 * device that this server knows to be idle is answered 204 here, before resource matching — no
 * transaction, no query, no asynchronous request. Anything else (unknown token, another machine's
 * id, possible work, rate limit reached, long-polling) goes on to {@link CommandResource}.
 */
@Provider
@PreMatching
public class IdleCheckShortcut implements ContainerRequestFilter {

    private static final Pattern CHECK = Pattern.compile("commands/check/(\\d{1,18})");

    @Inject
    DeviceDirectory directory;

    @Inject
    WorkHints hints;

    @Inject
    CheckRateLimit rateLimit;

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (!HttpMethod.GET.equals(context.getMethod()) || context.getUriInfo().getQueryParameters().containsKey("wait")) {
            return;
        }
        Matcher check = CHECK.matcher(context.getUriInfo().getPath());
        if (!check.matches()) {
            return;
        }
        long machineId = Long.parseLong(check.group(1));
        String token = DeviceTokens.presented(context.getHeaderString("Authorization"), context.getHeaderString("X-Device-Token"));
        Optional<Long> device = directory.deviceFor(token);
        if (device.isEmpty() || device.get() != machineId || hints.mayHaveWork(machineId) || rateLimit.acquire(machineId).isPresent()) {
            return; // the resource answers, with its errors and its database look
        }
        directory.seen(machineId, request.getRemoteAddr(), context.getHeaderString("X-Firmware-Version"));
        context.abortWith(Response.noContent().build());
    }
}
