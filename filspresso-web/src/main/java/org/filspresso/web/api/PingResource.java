package org.filspresso.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The cheapest answer the API can give: the yardstick the IoT benchmark compares {@code check} with. */
@Path("ping")
public class PingResource {

    @GET
    @Operation(summary = "204, doing nothing (a baseline for load measurements)")
    public Response ping() {
        return Response.noContent().build();
    }
}
