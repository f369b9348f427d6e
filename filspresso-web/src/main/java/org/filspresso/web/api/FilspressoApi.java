package org.filspresso.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The one JAX-RS application of Filspresso, at {@code /api}. Resources of the web, IoT and AI
 * modules are all discovered here because their jars sit in this WAR.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Filspresso API", version = "1",
                description = "Catalog, IoT commands and the Kafelot assistant. Errors are RFC 9457 problem details "
                        + "(application/problem+json) naming the offending field.",
                license = @License(name = "Apache-2.0")),
        tags = @Tag(name = "catalog", description = "Coffees, machines and canonical cup volumes (read-only)"))
public class FilspressoApi extends Application {
}
