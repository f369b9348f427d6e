package org.filspresso.ai.rag;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.filspresso.query.FieldError;
import org.filspresso.query.InvalidInputException;

/** {@code GET /api/knowledge/search}: the passages the assistant would ground an answer on; {@code /api/knowledge/{article}}: an article. */
@Path("knowledge")
@Tag(name = "kafelot")
public class KnowledgeResource {

    static final Set<String> CATEGORIES = Set.of("knowledge", "coffee", "machine", "molecule", "capsule-volumes");

    @Inject
    RetrievalService retrieval;

    @GET
    @Path("search")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hybrid search (BM25 + sentence embeddings, fused by reciprocal rank) over the coffee knowledge, catalog and molecules")
    @APIResponse(responseCode = "400", description = "A parameter is wrong (problem+json naming it)")
    @APIResponse(responseCode = "503", description = "The index is still being built")
    public JsonObject search(@Parameter(description = "the question", required = true) @QueryParam("q") String question,
                             @Parameter(description = "knowledge, coffee, machine, molecule or capsule-volumes") @QueryParam("category") String category,
                             @Parameter(description = "hybrid (default), bm25 or vector") @QueryParam("mode") @DefaultValue("hybrid") String mode,
                             @Parameter(description = "passages in this language only (ISO 639-1; our knowledge is written in en)")
                             @QueryParam("language") String language,
                             @Parameter(description = "1 to 20") @QueryParam("limit") @DefaultValue("5") int limit) {
        List<FieldError> errors = new ArrayList<>();
        if (question == null || question.isBlank() || question.length() > 500) {
            errors.add(new FieldError("q", "q is the question, 1 to 500 characters."));
        }
        if (category != null && !CATEGORIES.contains(category)) {
            errors.add(new FieldError("category", "category is one of " + String.join(", ", CATEGORIES.stream().sorted().toList()) + "."));
        }
        KnowledgeIndex.Mode searchMode = null;
        try {
            searchMode = KnowledgeIndex.Mode.valueOf(mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("mode", "mode is hybrid, bm25 or vector."));
        }
        if (language != null && !language.matches("[a-z]{2}")) {
            errors.add(new FieldError("language", "language is a two-letter ISO 639-1 code such as en."));
        }
        if (limit < 1 || limit > 20) {
            errors.add(new FieldError("limit", "limit is 1 to 20."));
        }
        InvalidInputException.throwIf(errors);
        JsonArrayBuilder results = Json.createArrayBuilder();
        for (KnowledgeIndex.Hit hit : retrieval.search(question, limit, searchMode,
                new KnowledgeIndex.Filter(Optional.ofNullable(category), Optional.ofNullable(language)))) {
            Chunk chunk = hit.chunk();
            results.add(Json.createObjectBuilder().add("title", chunk.title()).add("url", chunk.url()).add("category", chunk.category())
                    .add("source", chunk.source()).add("language", chunk.language()).add("text", chunk.text()).add("score", Math.round(hit.score() * 10_000) / 10_000.0));
        }
        return Json.createObjectBuilder().add("query", question).add("results", results).build();
    }

    @GET
    @Path("{article}")
    @Produces("text/markdown;charset=UTF-8")
    @Operation(summary = "A knowledge article (Markdown), the page a knowledge source links to")
    @APIResponse(responseCode = "404", description = "No such article")
    public String article(@PathParam("article") String article) {
        return retrieval.article(article).orElseThrow(() -> new NotFoundException("No article " + article + "."));
    }
}
