package org.filspresso.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.CapsuleVolume;
import org.filspresso.catalog.CapsuleVolumes;
import org.filspresso.catalog.CatalogService;
import org.filspresso.catalog.CoffeeQuery;
import org.filspresso.catalog.MachineQuery;
import org.filspresso.query.QueryParameters;
import org.filspresso.web.api.Problem;

/** Read-only JSON catalog with the same filters as the catalog pages. */
@Path("/catalog")
@Tag(name = "catalog")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class CatalogResource {

    @Inject
    CatalogService catalog;

    @Context
    UriInfo uri;

    @GET
    @Path("/coffees")
    @Operation(summary = "Coffees matching the filters",
            description = "All filters are optional and combine with AND. Unknown parameters are rejected.")
    @Parameter(name = "system", in = ParameterIn.QUERY, description = "Capsule system", schema = @Schema(enumeration = {"original", "vertuo"}))
    @Parameter(name = "intensityMin", in = ParameterIn.QUERY, description = "Lowest intensity, 1-13", example = "8",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "13"))
    @Parameter(name = "intensityMax", in = ParameterIn.QUERY, description = "Highest intensity, 1-13",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "13"))
    @Parameter(name = "cupSize", in = ParameterIn.QUERY, description = "A cup size the coffee is made for", example = "lungo",
            schema = @Schema(enumeration = {"ristretto", "espresso", "double_espresso", "lungo", "gran_lungo", "mug", "alto",
                    "carafe", "cappuccino", "caffe_latte", "latte_macchiato", "flat_white", "reverso", "cold_brew", "milk_foam",
                    "hot_milk"}))
    @Parameter(name = "origin", in = ParameterIn.QUERY, description = "Origin country (case and accents ignored)", example = "Colombia")
    @Parameter(name = "decaf", in = ParameterIn.QUERY, description = "Only decaffeinated (true) or only caffeinated (false)",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "priceMin", in = ParameterIn.QUERY, description = "Lowest sleeve price in RON", schema = @Schema(type = SchemaType.NUMBER))
    @Parameter(name = "priceMax", in = ParameterIn.QUERY, description = "Highest sleeve price in RON", schema = @Schema(type = SchemaType.NUMBER))
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words that must all appear in name, notes, origins or description", example = "caramel")
    @Parameter(name = "sort", in = ParameterIn.QUERY, schema = @Schema(enumeration = {"name", "price", "price_desc", "intensity", "intensity_desc"}))
    @Parameter(name = Paging.OFFSET, in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    @Parameter(name = Paging.LIMIT, in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "200"))
    @APIResponse(responseCode = "200", description = "The matching coffees")
    @APIResponse(responseCode = "400", description = "A filter value is invalid; errors[] names each field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Timed(name = "catalog_coffee_searches", absolute = true, description = "Time to answer a coffee catalog search")
    public Listing<CoffeeView> coffees() {
        QueryParameters parameters = QueryParameters.of(uri.getQueryParameters(), Paging.withPaging(CoffeeQuery.PARAMETERS));
        CoffeeQuery query = CoffeeQuery.read(parameters);
        Paging paging = Paging.read(parameters);
        parameters.throwIfInvalid();

        CapsuleVolumes volumes = catalog.volumeTable();
        return paging.of(catalog.findCoffees(query).stream().map(c -> CoffeeView.of(c, volumes)).toList());
    }

    @GET
    @Path("/coffees/{system}/{slug}")
    @Operation(summary = "One coffee, by capsule system and slug")
    @APIResponse(responseCode = "404", description = "No such coffee",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public CoffeeView coffee(@PathParam("system") String system, @PathParam("slug") String slug) {
        CapsuleSystem capsuleSystem = CatalogPaths.system(system).orElseThrow(NotFoundException::new);
        return catalog.findCoffee(capsuleSystem, slug).map(c -> CoffeeView.of(c, catalog.volumeTable()))
                .orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("/machines")
    @Operation(summary = "Machines and bundles matching the filters")
    @Parameter(name = "system", in = ParameterIn.QUERY, schema = @Schema(enumeration = {"original", "vertuo"}))
    @Parameter(name = "category", in = ParameterIn.QUERY, schema = @Schema(enumeration = {"machine", "machine_with_milk", "bundle"}))
    @Parameter(name = "milk", in = ParameterIn.QUERY, description = "Makes milk drinks (frother or integrated)", schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "priceMin", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.NUMBER))
    @Parameter(name = "priceMax", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.NUMBER))
    @Parameter(name = "q", in = ParameterIn.QUERY, description = "Words that must all appear in name, model, maker, colour or description")
    @Parameter(name = "sort", in = ParameterIn.QUERY, schema = @Schema(enumeration = {"name", "price", "price_desc"}))
    @Parameter(name = Paging.OFFSET, in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    @Parameter(name = Paging.LIMIT, in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "200"))
    @APIResponse(responseCode = "200", description = "The matching machines")
    @APIResponse(responseCode = "400", description = "A filter value is invalid; errors[] names each field",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @Timed(name = "catalog_machine_searches", absolute = true, description = "Time to answer a machine catalog search")
    public Listing<MachineView> machines() {
        QueryParameters parameters = QueryParameters.of(uri.getQueryParameters(), Paging.withPaging(MachineQuery.PARAMETERS));
        MachineQuery query = MachineQuery.read(parameters);
        Paging paging = Paging.read(parameters);
        parameters.throwIfInvalid();

        return paging.of(catalog.findMachines(query).stream().map(MachineView::of).toList());
    }

    @GET
    @Path("/machines/{slug}")
    @Operation(summary = "One machine or bundle, by slug")
    @APIResponse(responseCode = "404", description = "No such machine",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public MachineView machine(@PathParam("slug") String slug) {
        return catalog.findMachine(slug).map(MachineView::of).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("/capsule-volumes")
    @Operation(summary = "Canonical cup volumes of each capsule system, in ml")
    public List<VolumeView> capsuleVolumes() {
        return catalog.capsuleVolumes().stream().map(VolumeView::of).toList();
    }

    public record VolumeView(String system, String cupSize, int volumeMl) {
        static VolumeView of(CapsuleVolume volume) {
            return new VolumeView(volume.system().code(), volume.cupSize().code(), volume.volumeMl());
        }
    }
}
