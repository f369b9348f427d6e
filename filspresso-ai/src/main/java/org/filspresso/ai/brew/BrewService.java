package org.filspresso.ai.brew;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.filspresso.account.Customer;
import org.filspresso.ai.brew.RecipeGrammar.ModelRecipe;
import org.filspresso.ai.generation.AdmissionGate;
import org.filspresso.ai.generation.GenerationService;
import org.filspresso.ai.generation.ModelRouter;
import org.filspresso.ai.model.InstalledModel;
import org.filspresso.ai.model.ModelRegistry;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.CatalogService;
import org.filspresso.catalog.Coffee;
import org.filspresso.catalog.CoffeeQuery;
import org.filspresso.iot.device.Device;
import org.filspresso.iot.device.DeviceService;
import org.filspresso.order.OrderService;
import org.filspresso.query.InvalidInputException;

/**
 * Natural language to a brew command: reads the request, finds the machine, lets the smallest
 * installed model write the recipe under the recipe grammar, and checks it ({@link BrewPlanner}).
 * Nothing is sent to a machine here: the person confirms, then creates the command.
 */
@ApplicationScoped
public class BrewService {

    /** Tokens for a whole recipe ({"volume_ml":…} is about 40 tokens). */
    private static final int RECIPE_TOKENS = 80;

    @EJB
    CatalogService catalog;

    @EJB
    OrderService orders;

    @Inject
    DeviceService devices;

    @Inject
    ModelRegistry models;

    /** The plan and the machine it is for (empty when the person has none or is not signed in). */
    public record Parsed(BrewPlanner.Outcome outcome, Optional<Device> machine, Optional<String> model) {
    }

    public Parsed parse(String text, Optional<Long> machineId, Optional<Customer> customer) {
        BrewWishes wishes = BrewWishes.read(text);
        Optional<Device> machine = machine(machineId, customer, wishes);
        CapsuleSystem system = machine.map(Device::system).or(wishes::system).orElse(CapsuleSystem.ORIGINAL);
        Optional<InstalledModel> model = ModelRouter.MODELS.stream().flatMap(name -> models.model(name).stream()).findFirst();
        BrewPlanner.Outcome outcome = BrewPlanner.plan(text, wishes, system, catalog.volumeTable(),
                grammar -> model.flatMap(m -> draft(m, text, grammar)), capsules(system, machine, customer));
        if (outcome instanceof BrewPlanner.Plan plan && machine.isEmpty()) {
            plan.notes().add(0, "No machine chosen: this is a recipe for " + (system == CapsuleSystem.VERTUO ? "a Vertuo" : "an Original")
                    + " machine; sign in and pair your accessory to send it.");
        }
        return new Parsed(outcome, machine, model.map(InstalledModel::name));
    }

    /** The model's recipe in the format it was trained on: the request, then the recipe marker. */
    private static Optional<ModelRecipe> draft(InstalledModel model, String text, RecipeGrammar grammar) {
        String prompt = "<|user|>" + text.strip() + "\n<|recipe|>";
        try (AdmissionGate.Turn turn = model.gate().enter(model.name(), GenerationService.MAX_WAIT)) {
            return model.generator().generateConstrained(prompt, grammar::allowsPrefix, grammar::isComplete, RECIPE_TOKENS)
                    .flatMap(grammar::read);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("text", "The request is too long for the model (" + e.getMessage() + ").");
        }
    }

    /** The machine named, else the person's only (or most recently seen) machine of the system they named. */
    private Optional<Device> machine(Optional<Long> machineId, Optional<Customer> customer, BrewWishes wishes) {
        List<Device> own = customer.map(c -> devices.devicesOf(c.id())).orElse(List.of());
        if (machineId.isPresent()) {
            return Optional.of(own.stream().filter(device -> device.id().equals(machineId.get())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("machine_id", "You have no machine " + machineId.get()
                            + (customer.isEmpty() ? " (sign in to brew on your machines)." : "."))));
        }
        // Asking for the other system's recipe stays visible: the planner refuses it with the reason.
        return own.stream().sorted(Comparator.comparing((Device device) -> wishes.system().map(s -> s != device.system()).orElse(false))
                .thenComparing(Device::lastSeenAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))).findFirst();
    }

    private List<CapsuleOption> capsules(CapsuleSystem system, Optional<Device> machine, Optional<Customer> customer) {
        Map<Long, Integer> ordered = customer.map(c -> orders.coffeeOrderCounts(c.id())).orElse(Map.of());
        Map<Long, Integer> slotOf = new HashMap<>();
        machine.ifPresent(device -> device.slots().forEach((slot, coffee) -> slotOf.putIfAbsent(coffee, slot)));
        return catalog.findCoffees(CoffeeQuery.forSystem(system)).stream()
                .map(coffee -> option(coffee, ordered.getOrDefault(coffee.id(), 0), slotOf.get(coffee.id()))).toList();
    }

    private static CapsuleOption option(Coffee coffee, int timesOrdered, Integer slot) {
        return new CapsuleOption(coffee.id(), coffee.system(), coffee.slug(), coffee.name(),
                coffee.intensity() == null ? 0 : coffee.intensity(), coffee.decaf(), coffee.cupSizes(), timesOrdered,
                slot == null ? OptionalInt.empty() : OptionalInt.of(slot));
    }
}
