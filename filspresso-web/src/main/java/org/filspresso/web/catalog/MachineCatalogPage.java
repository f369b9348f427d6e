package org.filspresso.web.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.CatalogService;
import org.filspresso.catalog.Machine;
import org.filspresso.catalog.MachineCategory;
import org.filspresso.catalog.MachineQuery;
import org.filspresso.catalog.MachineSort;

/** Backs /machines, with the parameters of {@code /api/catalog/machines}. */
@Named("machineCatalog")
@ViewScoped
public class MachineCatalogPage extends CatalogFilterPage<Machine> {
    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;

    @Override
    protected String path() {
        return "/machines";
    }

    @Override
    protected List<Machine> find(Map<String, List<String>> parameters) {
        return catalog.findMachines(MachineQuery.parse(parameters));
    }

    public CapsuleSystem[] getSystems() {
        return CapsuleSystem.values();
    }

    public MachineCategory[] getCategories() {
        return MachineCategory.values();
    }

    /** The orders besides the default (by name), which the form leaves out of the address. */
    public List<MachineSort> getSorts() {
        return Arrays.stream(MachineSort.values()).filter(sort -> sort != MachineSort.NAME).toList();
    }
}
