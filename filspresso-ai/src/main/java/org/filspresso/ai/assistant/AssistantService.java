package org.filspresso.ai.assistant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.filspresso.account.Customer;
import org.filspresso.ai.chemistry.ChemistryService;
import org.filspresso.ai.chemistry.Molecule;
import org.filspresso.ai.generation.ChatRequest;
import org.filspresso.ai.generation.GenerationService;
import org.filspresso.ai.rag.Chunk;
import org.filspresso.ai.rag.KnowledgeIndex;
import org.filspresso.ai.rag.RetrievalService;
import org.filspresso.ai.recommend.Candidate;
import org.filspresso.ai.recommend.RecommendationJson;
import org.filspresso.ai.recommend.RecommendationService;
import org.filspresso.ai.recommend.Recommender;
import org.filspresso.cart.CartService;
import org.filspresso.catalog.CatalogService;
import org.filspresso.catalog.CoffeeQuery;
import org.filspresso.catalog.MachineQuery;
import org.filspresso.catalog.Product;
import org.filspresso.conversation.ConversationService;
import org.filspresso.conversation.Turn;
import org.filspresso.order.OrderService;
import org.filspresso.query.InvalidInputException;
import org.filspresso.subscription.SubscriptionService;

/**
 * Kafelot's answers in a conversation. Questions about the person's orders and subscriptions are
 * answered from their records, "what should I try?" by the recommender. Anything else is answered from retrieved passages: the model
 * writes with the best passages in its prompt; an answer naming a number, product or molecule
 * the passages do not contain is replaced by the passages' own most relevant sentences, and
 * the reply says so. When no passage is close enough to the question, the assistant says it does
 * not know. Molecules a chemistry question or its answer names come with the answer, to be drawn.
 */
@ApplicationScoped
public class AssistantService {

    /** Cosine similarity (MiniLM) below which the best passage is taken as not about the question. */
    static final double RELEVANT = 0.35;
    /** How much retrieved text goes into the prompt (the models' context is 1,024 tokens or more). */
    static final int CONTEXT_CHARACTERS = 1600;
    /** At most this many structures beside an answer. */
    static final int MOLECULES_SHOWN = 4;
    /** Coffees proposed when asked what to try. */
    static final int RECOMMENDED = 3;

    @Inject
    RetrievalService retrieval;

    @Inject
    GenerationService generation;

    @Inject
    ChemistryService chemistry;

    @Inject
    RecommendationService recommendations;

    @EJB
    CatalogService catalog;

    @EJB
    ConversationService conversations;

    @EJB
    OrderService orders;

    @EJB
    SubscriptionService subscriptions;

    private volatile GroundingCheck check;

    /**
     * @param sources         the passages the answer rests on (title and link to show)
     * @param grounded        false when the model's words were replaced by quotations, or nothing was found
     * @param note            what the person should know about how the answer was made (empty when nothing)
     * @param molecules       molecules to draw beside the answer (chemistry questions)
     * @param recommendations coffees to try, when that was the question
     * @param conversationId  the signed-in person's stored conversation this turn was added to
     */
    public record Reply(GenerationService.Answer answer, List<Chunk> sources, boolean grounded, String note, List<Molecule> molecules,
                        Optional<RecommendationService.Result> recommendations, Optional<Long> conversationId) {

        Reply(GenerationService.Answer answer, List<Chunk> sources, boolean grounded, String note) {
            this(answer, sources, grounded, note, List.of(), Optional.empty(), Optional.empty());
        }

        Reply withMolecules(List<Molecule> shown) {
            return new Reply(answer, sources, grounded, note, shown, recommendations, conversationId);
        }

        Reply withRecommendations(RecommendationService.Result result) {
            return new Reply(answer, sources, grounded, note, molecules, Optional.of(result), conversationId);
        }

        Reply inConversation(long id) {
            return new Reply(answer, sources, grounded, note, molecules, recommendations, Optional.of(id));
        }
    }

    /**
     * The next turn of the conversation; a signed-in person's question and answer are added to
     * their stored conversation ({@code conversation_id}, or a new one). Check the id first with
     * {@link #checkConversation}.
     */
    public Reply chat(ChatRequest request, Optional<Customer> customer, Consumer<String> onText) {
        Reply reply = answer(request, customer, onText);
        if (customer.isEmpty()) {
            return reply;
        }
        List<Turn.Source> sources = reply.sources().stream().map(chunk -> new Turn.Source(chunk.title(), chunk.url())).toList();
        long conversation = conversations.record(customer.get().id(), request.conversationId(), Turn.question(request.lastQuestion()),
                Turn.answer(reply.answer().text(), reply.answer().model(), reply.grounded(), reply.note(), sources));
        return reply.inConversation(conversation);
    }

    /** Refuses a {@code conversation_id} that is not one of the signed-in person's (before any answer is written or streamed). */
    public void checkConversation(ChatRequest request, Optional<Customer> customer) {
        request.conversationId().ifPresent(id -> {
            if (customer.isEmpty()) {
                throw new InvalidInputException("conversation_id", "Sign in to keep conversations; without signing in, leave conversation_id out.");
            }
            if (!conversations.exists(customer.get().id(), id)) {
                throw new InvalidInputException("conversation_id", "You have no conversation " + id + "; leave conversation_id out to start one.");
            }
        });
    }

    private Reply answer(ChatRequest request, Optional<Customer> customer, Consumer<String> onText) {
        String question = request.lastQuestion();
        PersonalQuestions.Topic topic = PersonalQuestions.topic(question);
        if (topic != PersonalQuestions.Topic.NONE) {
            return fromRecords(topic, customer, onText);
        }
        if (RecommendationQuestions.isAsked(question)) {
            return recommend(question, customer, onText);
        }
        Reply reply = fromKnowledge(request, onText);
        return reply.withMolecules(chemistry.library().toShow(question, reply.answer().text(), MOLECULES_SHOWN));
    }

    private Reply fromKnowledge(ChatRequest request, Consumer<String> onText) {
        String question = request.lastQuestion();
        List<KnowledgeIndex.Hit> hits = retrieval.search(retrievalQuery(request), 4, KnowledgeIndex.Mode.HYBRID, KnowledgeIndex.Filter.NONE).stream()
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

    /** "What coffee should I try?": the recommender's picks for the person's machines, time of day and taste, each with why. */
    private Reply recommend(String question, Optional<Customer> customer, Consumer<String> onText) {
        RecommendationService.Result result = recommendations.recommend(question, RecommendationQuestions.statedTime(question)
                .orElseGet(() -> ZonedDateTime.now(CartService.SHOP_ZONE).toLocalTime()), RECOMMENDED, Optional.empty(), customer);
        if (result.picks().isEmpty()) {
            return plain("I found no capsule of your machines' system to recommend for that.", onText, List.of(), true, "");
        }
        StringBuilder text = new StringBuilder("Coffees to try:");
        List<Chunk> sources = new ArrayList<>();
        for (Recommender.Recommendation pick : result.picks()) {
            Candidate coffee = pick.coffee();
            text.append("\n- ").append(coffee.name()).append(" (intensity ").append(coffee.intensity()).append("): ")
                    .append(String.join(" ", pick.why()));
            String page = RecommendationJson.page(coffee);
            sources.add(new Chunk(page.substring(1), "coffee", coffee.name(), "", page));
        }
        return plain(text.toString(), onText, sources, true, customer.isPresent()
                ? "From our catalog, your machines, preferences and orders, and the time of day."
                : "From our catalog and the time of day; sign in and your machines and orders count too.").withRecommendations(result);
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
