package org.filspresso.web.catalog;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.CatalogService;
import org.filspresso.catalog.Machine;
import org.filspresso.catalog.MachineCategory;
import org.filspresso.catalog.MachineQuery;
import org.filspresso.catalog.MachineSort;
import org.filspresso.query.InvalidQueryException;

/** Backs /machines, with the same parameter names as {@code /api/catalog/machines}. */
@Named("machineCatalog")
@ViewScoped
public class MachineCatalogPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CatalogService catalog;

    private final Map<String, String> filters = new LinkedHashMap<>();
    private transient List<Machine> results = List.of();

    public void search() {
        try {
            results = catalog.findMachines(MachineQuery.parse(CatalogForms.asParameters(filters)));
        } catch (InvalidQueryException e) {
            CatalogForms.report(FacesContext.getCurrentInstance(), "filters", e);
            results = List.of();
        }
    }

    public List<Machine> getResults() {
        return results == null ? List.of() : results;
    }

    public String getAddress() {
        return CatalogForms.address(FacesContext.getCurrentInstance(), "/machines", filters);
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

    public String getSystem() { return filters.get("system"); }
    public void setSystem(String value) { filters.put("system", value); }
    public String getCategory() { return filters.get("category"); }
    public void setCategory(String value) { filters.put("category", value); }
    public String getMilk() { return filters.get("milk"); }
    public void setMilk(String value) { filters.put("milk", value); }
    public String getPriceMin() { return filters.get("priceMin"); }
    public void setPriceMin(String value) { filters.put("priceMin", value); }
    public String getPriceMax() { return filters.get("priceMax"); }
    public void setPriceMax(String value) { filters.put("priceMax", value); }
    public String getQ() { return filters.get("q"); }
    public void setQ(String value) { filters.put("q", value); }
    public String getSort() { return filters.get("sort"); }
    public void setSort(String value) { filters.put("sort", value); }
}
