package org.filspresso.catalog;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Read side of the catalog. The whole range is a little over a hundred products, so it is
 * loaded (from EclipseLink's shared cache after the first request) and filtered in memory by
 * {@link CoffeeQuery} and {@link MachineQuery}: one tested implementation serves the pages
 * and the JSON API alike.
 */
@Stateless
public class CatalogService {

    @PersistenceContext(unitName = "filspresso")
    private EntityManager entityManager;

    public List<Coffee> findCoffees(CoffeeQuery query) {
        return query.apply(allCoffees());
    }

    public List<Machine> findMachines(MachineQuery query) {
        return query.apply(allMachines());
    }

    public Optional<Coffee> findCoffee(CapsuleSystem system, String slug) {
        return entityManager.createQuery("SELECT c FROM Coffee c WHERE c.system = :system AND c.slug = :slug", Coffee.class)
                .setParameter("system", system)
                .setParameter("slug", slug)
                .getResultStream()
                .filter(Product::published)
                .findFirst();
    }

    public Optional<Machine> findMachine(String slug) {
        return entityManager.createQuery("SELECT m FROM Machine m WHERE m.slug = :slug", Machine.class)
                .setParameter("slug", slug)
                .getResultStream()
                .filter(Product::published)
                .findFirst();
    }

    public List<Coffee> featuredCoffees() {
        return allCoffees().stream().filter(Coffee::featured).sorted(CoffeeSort.NAME.order()).toList();
    }

    public List<Machine> featuredMachines() {
        return allMachines().stream().filter(Machine::featured).sorted(MachineSort.NAME.order()).toList();
    }

    /** Every origin country in the range, for the catalog's origin filter. */
    public SortedSet<String> origins() {
        SortedSet<String> origins = new TreeSet<>();
        allCoffees().forEach(coffee -> origins.addAll(coffee.origins()));
        return origins;
    }

    public List<CapsuleVolume> capsuleVolumes() {
        return entityManager.createQuery("SELECT v FROM CapsuleVolume v ORDER BY v.system, v.volumeMl", CapsuleVolume.class)
                .getResultList();
    }

    public CapsuleVolumes volumeTable() {
        return new CapsuleVolumes(capsuleVolumes());
    }

    /** What shoppers see: published products only (the back office lists everything). */
    private List<Coffee> allCoffees() {
        return entityManager.createNamedQuery(Coffee.ALL, Coffee.class).getResultStream().filter(Product::published).toList();
    }

    private List<Machine> allMachines() {
        return entityManager.createNamedQuery(Machine.ALL, Machine.class).getResultStream().filter(Product::published).toList();
    }
}
