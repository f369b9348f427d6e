package org.filspresso.ai.chemistry;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.filspresso.query.InvalidInputException;

/**
 * Chemistry mode's data: {@code GET /api/molecules} (optionally by category or process),
 * {@code /api/molecules/{name}} with a link to its 2-D drawing, {@code /api/molecules/{name}/structure.svg},
 * and the processes ({@code /api/molecules/processes[/{name}]}) with the molecules they involve.
 */
@Path("molecules")
@Tag(name = "chemistry")
public class MoleculesResource {

    static final String SVG = "image/svg+xml";

    @Inject
    ChemistryService chemistry;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The molecules of coffee: formula, molar mass, SMILES, role in flavour and health, "
            + "how roasting and brewing change them")
    @APIResponse(responseCode = "400", description = "Unknown category or process (problem+json naming the parameter)")
    public JsonArray molecules(
            @Parameter(description = "alkaloid, acid, lipid, sugar, aroma, maillard or other") @QueryParam("category") String category,
            @Parameter(description = "only those taking part in this process, e.g. maillard") @QueryParam("process") String process) {
        List<Molecule> chosen = chemistry.molecules();
        if (category != null && !category.isBlank()) {
            Set<String> categories = chosen.stream().map(Molecule::category).collect(Collectors.toCollection(TreeSet::new));
            if (!categories.contains(category)) {
                throw new InvalidInputException("category", "Unknown category " + category + "; one of " + String.join(", ", categories) + ".");
            }
            chosen = chosen.stream().filter(molecule -> molecule.category().equals(category)).toList();
        }
        if (process != null && !process.isBlank()) {
            ChemicalProcess wanted = chemistry.library().process(process).orElseThrow(() -> new InvalidInputException("process",
                    "Unknown process " + process + "; one of " + processNames() + "."));
            chosen = chemistry.library().involvedIn(wanted).stream().filter(chosen::contains).toList();
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        chosen.forEach(molecule -> list.add(molecule.toJson(structureUrl(molecule))));
        return list.build();
    }

    @GET
    @Path("{name}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One molecule, by name or alias (caffeine, theine, chlorogenic-acid…)")
    @APIResponse(responseCode = "404", description = "No such molecule in our library")
    public JsonObject molecule(@PathParam("name") String name) {
        Molecule molecule = find(name);
        return molecule.toJson(structureUrl(molecule)).build();
    }

    @GET
    @Path("{name}/structure.svg")
    @Produces(SVG)
    @Operation(summary = "The molecule's 2-D structure, drawn from its SMILES by the Chemistry Development Kit")
    @APIResponse(responseCode = "404", description = "No such molecule in our library")
    public Response structure(@PathParam("name") String name) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        return Response.ok(chemistry.drawing(find(name)), SVG).cacheControl(cache).build();
    }

    @GET
    @Path("processes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Processes of roasting and brewing (Maillard reaction, caramelisation, extraction…) and their molecules")
    public JsonArray processes() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        chemistry.library().processes().forEach(process -> list.add(process(process)));
        return list.build();
    }

    @GET
    @Path("processes/{name}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One process, with the molecules it involves")
    @APIResponse(responseCode = "404", description = "No such process")
    public JsonObject process(@PathParam("name") String name) {
        return process(chemistry.library().process(name)
                .orElseThrow(() -> new NotFoundException("No process " + name + "; known: " + processNames() + ".")));
    }

    private JsonObject process(ChemicalProcess process) {
        JsonArrayBuilder molecules = Json.createArrayBuilder();
        chemistry.library().involvedIn(process).forEach(molecule -> molecules.add(Json.createObjectBuilder()
                .add("name", molecule.name()).add("display_name", molecule.displayName()).add("formula", molecule.formula())
                .add("url", uri.getBaseUriBuilder().path(MoleculesResource.class).path(molecule.name()).build().toString())
                .add("structure_svg", structureUrl(molecule))));
        return Json.createObjectBuilder().add("name", process.name()).add("display_name", process.displayName())
                .add("summary", process.summary()).add("molecules", molecules).build();
    }

    private Molecule find(String name) {
        return chemistry.molecule(name).orElseThrow(() -> new NotFoundException("No molecule named " + name + " in our library."));
    }

    private String structureUrl(Molecule molecule) {
        return uri.getBaseUriBuilder().path(MoleculesResource.class).path(molecule.name()).path("structure.svg").build().toString();
    }

    private String processNames() {
        return chemistry.library().processes().stream().map(ChemicalProcess::name).collect(Collectors.joining(", "));
    }
}
