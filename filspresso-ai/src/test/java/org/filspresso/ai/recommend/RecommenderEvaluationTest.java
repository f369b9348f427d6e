package org.filspresso.ai.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.filspresso.catalog.CapsuleSystem;
import org.junit.jupiter.api.Test;

/**
 * Offline evaluation on generated purchase histories: each customer has a hidden taste (two
 * favourite notes, an intensity, sometimes decaf) and buys eight times — half the time again
 * something bought before, otherwise a coffee of their system drawn by how well it suits them. The
 * recommender sees the first seven orders and must put the eighth in its top five (hit rate@5);
 * the baseline recommends the five most ordered coffees of the system. Figures in the README.
 */
class RecommenderEvaluationTest {

    private static final int CUSTOMERS = 400;
    private static final int ORDERS = 8;

    private record Customer(CapsuleSystem system, List<Long> orders) {
    }

    @Test
    void theRecommenderFindsTheNextOrderFarMoreOftenThanPopularity() {
        List<Candidate> catalog = SeedCatalog.coffees();
        List<Customer> customers = generate(catalog, new Random(20261124));
        Map<Long, Integer> popularity = new HashMap<>();
        customers.forEach(c -> c.orders().subList(0, ORDERS - 1).forEach(id -> popularity.merge(id, 1, Integer::sum)));
        List<Candidate> withPopularity = catalog.stream().map(c -> new Candidate(c.id(), c.system(), c.slug(), c.name(), c.intensity(),
                c.decaf(), c.notes(), c.roast(), c.cupSizes(), c.tastingNotes(), popularity.getOrDefault(c.id(), 0))).toList();

        int hits = 0;
        int baselineHits = 0;
        for (Customer customer : customers) {
            long next = customer.orders().get(ORDERS - 1);
            Map<Long, Integer> history = new HashMap<>();
            customer.orders().subList(0, ORDERS - 1).forEach(id -> history.merge(id, 1, Integer::sum));
            Taste taste = new Taste(Set.of(customer.system()), null, null, Set.of(), false, history, Set.of(), LocalTime.NOON);
            hits += Recommender.recommend(withPopularity, taste, 5).stream().anyMatch(r -> r.coffee().id() == next) ? 1 : 0;
            baselineHits += withPopularity.stream().filter(c -> c.system() == customer.system())
                    .sorted(Comparator.comparingInt(Candidate::popularity).reversed().thenComparing(Candidate::name)).limit(5)
                    .anyMatch(c -> c.id() == next) ? 1 : 0;
        }
        double hitRate = (double) hits / customers.size();
        double baseline = (double) baselineHits / customers.size();
        System.out.printf(Locale.ROOT, "recommendations: hit rate@5 %.3f against %.3f for the popularity baseline (%d generated customers)%n",
                hitRate, baseline, customers.size());
        assertThat(hitRate).isGreaterThan(baseline * 1.5);
    }

    private static List<Customer> generate(List<Candidate> catalog, Random random) {
        List<Customer> customers = new ArrayList<>();
        for (int n = 0; n < CUSTOMERS; n++) {
            CapsuleSystem system = random.nextDouble() < 0.55 ? CapsuleSystem.ORIGINAL : CapsuleSystem.VERTUO;
            List<Candidate> range = catalog.stream().filter(c -> c.system() == system).toList();
            Candidate anchor = range.get(random.nextInt(range.size()));
            List<String> favourites = new ArrayList<>(anchor.notes());
            java.util.Collections.shuffle(favourites, random);
            Set<String> liked = Set.copyOf(favourites.subList(0, Math.min(2, favourites.size())));
            double intensity = anchor.intensity() + random.nextGaussian();
            boolean decafLover = random.nextDouble() < 0.1;
            List<Long> orders = new ArrayList<>();
            for (int order = 0; order < ORDERS; order++) {
                if (!orders.isEmpty() && random.nextDouble() < 0.5) {
                    orders.add(orders.get(random.nextInt(orders.size())));
                    continue;
                }
                double[] weights = range.stream().mapToDouble(c -> Math.exp(2.0 * c.notes().stream().filter(liked::contains).count()
                        - Math.abs(c.intensity() - intensity) / 2 + (decafLover ? (c.decaf() ? 2 : -1) : 0))).toArray();
                orders.add(range.get(draw(weights, random)).id());
            }
            customers.add(new Customer(system, orders));
        }
        return customers;
    }

    private static int draw(double[] weights, Random random) {
        double total = java.util.Arrays.stream(weights).sum();
        double at = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            at -= weights[i];
            if (at <= 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
