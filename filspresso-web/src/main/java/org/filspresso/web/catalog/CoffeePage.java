package org.filspresso.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.OptionalInt;
import org.filspresso.catalog.CapsuleVolumes;
import org.filspresso.catalog.CatalogService;
import org.filspresso.catalog.Coffee;
import org.filspresso.catalog.CupSize;
import org.filspresso.catalog.Machine;
import org.filspresso.catalog.MachineQuery;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/** Backs /coffee/{system}/{slug}. */
@Named
@RequestScoped
public class CoffeePage {

    @Inject
    CatalogService catalog;

    @Inject
    @Param(pathIndex = 0)
    String system;

    @Inject
    @Param(pathIndex = 1)
    String slug;

    private Coffee coffee;
    private CapsuleVolumes volumes;

    /** Loads the coffee named by the address, or answers 404. */
    public void load() {
        coffee = CatalogPaths.system(system).flatMap(s -> catalog.findCoffee(s, slug)).orElse(null);
        if (coffee == null) {
            Faces.responseSendError(404, "No such coffee");
            Faces.responseComplete();
            return;
        }
        volumes = catalog.volumeTable();
    }

    public Coffee getCoffee() {
        return coffee;
    }

    /** "40 ml" for a capsule size, empty for a drink such as cappuccino. */
    public String volume(CupSize cup) {
        OptionalInt volume = volumes.volumeMl(coffee.system(), cup);
        return volume.isPresent() ? volume.getAsInt() + " ml" : "";
    }

    /** Machines this coffee fits: those of its capsule system. */
    public List<Machine> getCompatibleMachines() {
        return catalog.findMachines(MachineQuery.forSystem(coffee.system()));
    }
}
