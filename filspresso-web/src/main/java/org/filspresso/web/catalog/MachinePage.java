package org.filspresso.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.filspresso.catalog.CatalogService;
import org.filspresso.catalog.Coffee;
import org.filspresso.catalog.CoffeeQuery;
import org.filspresso.catalog.Machine;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/** Backs /machine/{slug}. */
@Named
@RequestScoped
public class MachinePage {

    private static final int SUGGESTED_COFFEES = 6;

    @Inject
    CatalogService catalog;

    @Inject
    @Param(pathIndex = 0)
    String slug;

    private Machine machine;

    public void load() {
        machine = catalog.findMachine(slug).orElse(null);
        if (machine == null) {
            Faces.responseSendError(404, "No such machine");
            Faces.responseComplete();
        }
    }

    public Machine getMachine() {
        return machine;
    }

    /** A few featured-first coffees of the machine's capsule system. */
    public List<Coffee> getCompatibleCoffees() {
        return catalog.findCoffees(CoffeeQuery.forSystem(machine.system())).stream()
                .sorted(Comparator.comparing(Coffee::featured).reversed())
                .limit(SUGGESTED_COFFEES)
                .toList();
    }
}
