package org.filspresso.ai.assistant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.filspresso.account.Customer;
import org.filspresso.ai.chemistry.ChemistryService;
import org.filspresso.ai.generation.ChatRequest;
import org.filspresso.ai.generation.GenerationService;
import org.filspresso.ai.rag.Chunk;
import org.filspresso.ai.rag.KnowledgeIndex;
import org.filspresso.ai.rag.RetrievalService;
import org.filspresso.cart.CartService;
import org.filspresso.catalog.CatalogService;
import org.filspresso.catalog.CoffeeQuery;
import org.filspresso.catalog.MachineQuery;
import org.filspresso.catalog.Product;
import org.filspresso.order.OrderService;
import org.filspresso.subscription.SubscriptionService;

/**
 * Kafelot's answers in a conversation. Questions about the person's orders and subscriptions are
 * answered from their records. Anything else is answered from retrieved passages: the model
 * writes with the best passages in its prompt; an answer naming a number, product or molecule
 * the passages do not contain is replaced by the passages' own most relevant sentences, and
 * the reply says so. When no passage is close enough to the question, the assistant says it does
 * not know.
 */
@ApplicationScoped
public class AssistantService {

    /** Cosine similarity (MiniLM) below which the best passage is taken as not about the question. */
    static final double RELEVANT = 0.35;
    /** How much retrieved text goes into the prompt (the models' context is 1,024 tokens or more). */
    static final int CONTEXT_CHARACTERS = 1600;

    @Inject
    RetrievalService retrieval;

    @Inject
    GenerationService generation;

    @Inject
    ChemistryService chemistry;

    @EJB
    CatalogService catalog;

    @EJB
    OrderService orders;

    @EJB
    SubscriptionService subscriptions;

    private volatile GroundingCheck check;

    /**
     * @param sources  the passages the answer rests on (title and link to show)
     * @param grounded false when the model's words were replaced by quotations, or nothing was found
     * @param note     what the person should know about how the answer was made (empty when nothing)
     */
    public record Reply(GenerationService.Answer answer, List<Chunk> sources, boolean grounded, String note) {
    }

    public Reply chat(ChatRequest request, Optional<Customer> customer, Consumer<String> onText) {
        String question = request.lastQuestion();
        PersonalQuestions.Topic topic = PersonalQuestions.topic(question);
        if (topic != PersonalQuestions.Topic.NONE) {
            return fromRecords(topic, customer, onText);
        }
        List<KnowledgeIndex.Hit> hits = retrieval.search(retrievalQuery(request), 4, KnowledgeIndex.Mode.HYBRID, Optional.empty()).stream()
                .filter(hit -> hit.similarity() >= RELEVANT).toList();
        if (hits.isEmpty()) {
            return plain("I don't know: nothing in our coffee knowledge, catalog or chemistry notes answers that.", onText, List.of(),
                    false, "No passage was close enough to the question.");
        }
        List<Chunk> sources = distinctSources(hits);
        String context = context(sources);
        String prompt = "<|context|>" + context + "\n<|user|>" + question.strip() + "\n<|assistant|>";
        GenerationService.Answer drafted = generation.answer(request.model(), question, request.messages().size() - 1, prompt,
                GenerationService.stopAtNextQuestion(request.sampling()), onText);
        List<String> unsupported = drafted.text().isBlank() ? List.of(GroundingCheck.TOO_SHORT) : check().unsupported(drafted.text(), context);
        if (unsupported.isEmpty()) {
            return new Reply(drafted, sources, true, "");
        }
        String quoted = ExtractiveAnswer.from(question, sources.stream().map(Chunk::text).toList(), 2);
        GenerationService.Answer replaced = new GenerationService.Answer(quoted, drafted.model(), drafted.promptTokens(), drafted.tokens(),
                "extracted", drafted.millis());
        List<String> claims = unsupported.stream()
                .filter(item -> !item.equals(GroundingCheck.TOO_SHORT) && !item.equals(GroundingCheck.OTHER_WORDS)).toList();
        return new Reply(replaced, sources, false, claims.isEmpty()
                ? "Quoted from the sources: the written answer did not keep to them."
                : "Quoted from the sources: the written answer mentioned " + String.join(", ", claims) + ", which they do not say.");
    }

    /** The last question; a short follow-up ("and a lungo?") is searched together with the question before it. */
    static String retrievalQuery(ChatRequest request) {
        String last = request.lastQuestion().strip();
        if (last.split("\\s+").length >= 6) {
            return last;
        }
        List<ChatRequest.Turn> turns = request.messages();
        for (int i = turns.size() - 2; i >= 0; i--) {
            if (turns.get(i).role().equals("user")) {
                return turns.get(i).content().strip() + " " + last;
            }
        }
        return last;
    }

    private Reply fromRecords(PersonalQuestions.Topic topic, Optional<Customer> customer, Consumer<String> onText) {
        if (customer.isEmpty()) {
            return plain("Sign in and I can tell you about your " + (topic == PersonalQuestions.Topic.ORDERS ? "orders" : "subscriptions") + ".",
                    onText, List.of(), true, "");
        }
        long id = customer.get().id();
        String text = topic == PersonalQuestions.Topic.ORDERS
                ? PersonalQuestions.orders(orders.orders(id), CartService.SHOP_ZONE)
                : PersonalQuestions.subscriptions(subscriptions.subscriptions(id));
        Chunk source = topic == PersonalQuestions.Topic.ORDERS
                ? new Chunk("account/orders", "account", "Your orders", text, "/account/orders")
                : new Chunk("account/subscriptions", "account", "Your subscriptions", text, "/account/subscriptions");
        return plain(text, onText, List.of(source), true, "From your account.");
    }

    private static Reply plain(String text, Consumer<String> onText, List<Chunk> sources, boolean grounded, String note) {
        onText.accept(text);
        return new Reply(new GenerationService.Answer(text, "none", 0, 0, "end", 0), sources, grounded, note);
    }

    /** One chunk per source (the best part of a long section), in rank order. */
    private static List<Chunk> distinctSources(List<KnowledgeIndex.Hit> hits) {
        Map<String, Chunk> bySource = new LinkedHashMap<>();
        hits.forEach(hit -> bySource.putIfAbsent(hit.chunk().source(), hit.chunk()));
        return new ArrayList<>(bySource.values());
    }

    private static String context(List<Chunk> sources) {
        StringBuilder context = new StringBuilder();
        for (Chunk chunk : sources) {
            String passage = chunk.title() + "\n" + chunk.text() + "\n";
            if (context.length() > 0 && context.length() + passage.length() > CONTEXT_CHARACTERS) {
                break;
            }
            context.append(passage.length() > CONTEXT_CHARACTERS ? passage.substring(0, CONTEXT_CHARACTERS) : passage);
        }
        return context.toString().strip();
    }

    /** Names of everything we sell or describe: a name in an answer must come from its sources. */
    private GroundingCheck check() {
        if (check == null) {
            List<String> names = Stream.of(catalog.findCoffees(CoffeeQuery.all()).stream().map(Product::name),
                    catalog.findMachines(MachineQuery.forSystem(null)).stream().map(Product::name),
                    chemistry.molecules().stream().flatMap(m -> Stream.concat(Stream.of(m.displayName(), m.name()), m.aliases().stream())))
                    .flatMap(s -> s).toList();
            check = new GroundingCheck(names);
        }
        return check;
    }
}
