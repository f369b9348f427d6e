package org.filspresso.ai.recommend;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.filspresso.account.CoffeePreferences;
import org.filspresso.account.Customer;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.CapsuleVolumes;
import org.filspresso.catalog.CatalogService;
import org.filspresso.catalog.Coffee;
import org.filspresso.catalog.CoffeeQuery;
import org.filspresso.catalog.MachineQuery;
import org.filspresso.iot.device.Device;
import org.filspresso.iot.device.DeviceService;
import org.filspresso.order.OrderService;

/** Gathers what we know of a person (preferences, machines, orders) and asks the {@link Recommender}. */
@ApplicationScoped
public class RecommendationService {

    @EJB
    CatalogService catalog;

    @EJB
    OrderService orders;

    @Inject
    DeviceService devices;

    public record Result(List<Recommender.Recommendation> picks, Set<CapsuleSystem> systems, CapsuleVolumes volumes) {
    }

    /**
     * @param system the capsule system asked for; otherwise the systems of the person's machines (both when unknown)
     */
    public Result recommend(String text, LocalTime time, int count, Optional<CapsuleSystem> system, Optional<Customer> customer) {
        CoffeePreferences preferences = customer.map(Customer::preferences).orElse(CoffeePreferences.none());
        Set<CapsuleSystem> systems = system.map(Set::of).orElseGet(() -> machineSystems(preferences, customer));
        Set<String> notes = new HashSet<>(preferences.notes());
        notes.addAll(TasteWords.notes(text));
        Set<Taste.Request> asked = EnumSet.noneOf(Taste.Request.class);
        asked.addAll(TasteWords.requests(text));
        Map<Long, Integer> purchases = customer.map(c -> orders.coffeeOrderCounts(c.id())).orElse(Map.of());
        Taste taste = new Taste(systems, preferences.intensityMin(), preferences.intensityMax(), notes, preferences.decaf(), purchases, asked, time);
        Map<Long, Integer> popularity = orders.coffeeOrderCounts();
        List<Candidate> candidates = catalog.findCoffees(CoffeeQuery.all()).stream()
                .map(coffee -> candidate(coffee, popularity.getOrDefault(coffee.id(), 0))).toList();
        return new Result(Recommender.recommend(candidates, taste, count), systems, catalog.volumeTable());
    }

    /** The capsule systems of the machines in their preferences and of the accessories they paired; empty when none. */
    private Set<CapsuleSystem> machineSystems(CoffeePreferences preferences, Optional<Customer> customer) {
        Set<CapsuleSystem> systems = EnumSet.noneOf(CapsuleSystem.class);
        catalog.findMachines(MachineQuery.forSystem(null)).stream().filter(machine -> preferences.machineIds().contains(machine.id()))
                .forEach(machine -> systems.add(machine.system()));
        customer.ifPresent(c -> devices.devicesOf(c.id()).stream().map(Device::system).forEach(systems::add));
        return systems;
    }

    private static Candidate candidate(Coffee coffee, int popularity) {
        return new Candidate(coffee.id(), coffee.system(), coffee.slug(), coffee.name(), coffee.intensity() == null ? 0 : coffee.intensity(),
                coffee.decaf(), List.copyOf(coffee.notes()), coffee.roast() == null ? null : coffee.roast().label().toLowerCase(Locale.ROOT),
                List.copyOf(coffee.cupSizes()), coffee.tastingNotes(), popularity);
    }
}
