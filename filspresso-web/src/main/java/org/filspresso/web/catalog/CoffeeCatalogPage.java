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
import java.util.SortedSet;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.CatalogService;
import org.filspresso.catalog.Coffee;
import org.filspresso.catalog.CoffeeQuery;
import org.filspresso.catalog.CoffeeSort;
import org.filspresso.catalog.CupSize;
import org.filspresso.query.InvalidQueryException;

/**
 * Backs /coffees. The filter fields are the API's query parameters under the same names, so the
 * page's address is a bookmarkable query and both are validated by {@link CoffeeQuery}.
 */
@Named("coffeeCatalog")
@ViewScoped
public class CoffeeCatalogPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient CatalogService catalog;

    private final Map<String, String> filters = new LinkedHashMap<>();
    private transient List<Coffee> results = List.of();

    public void search() {
        try {
            results = catalog.findCoffees(CoffeeQuery.parse(CatalogForms.asParameters(filters)));
        } catch (InvalidQueryException e) {
            CatalogForms.report(FacesContext.getCurrentInstance(), "filters", e);
            results = List.of();
        }
    }

    public List<Coffee> getResults() {
        return results == null ? List.of() : results;
    }

    /** This page's address with the current filters, for the browser's address bar. */
    public String getAddress() {
        return CatalogForms.address(FacesContext.getCurrentInstance(), "/coffees", filters);
    }

    public CapsuleSystem[] getSystems() {
        return CapsuleSystem.values();
    }

    public CupSize[] getCupSizes() {
        return CupSize.values();
    }

    /** The orders besides the default (by name), which the form leaves out of the address. */
    public List<CoffeeSort> getSorts() {
        return Arrays.stream(CoffeeSort.values()).filter(sort -> sort != CoffeeSort.NAME).toList();
    }

    public SortedSet<String> getOrigins() {
        return catalog.origins();
    }

    public String getSystem() { return filters.get("system"); }
    public void setSystem(String value) { filters.put("system", value); }
    public String getIntensityMin() { return filters.get("intensityMin"); }
    public void setIntensityMin(String value) { filters.put("intensityMin", value); }
    public String getIntensityMax() { return filters.get("intensityMax"); }
    public void setIntensityMax(String value) { filters.put("intensityMax", value); }
    public String getCupSize() { return filters.get("cupSize"); }
    public void setCupSize(String value) { filters.put("cupSize", value); }
    public String getOrigin() { return filters.get("origin"); }
    public void setOrigin(String value) { filters.put("origin", value); }
    public String getDecaf() { return filters.get("decaf"); }
    public void setDecaf(String value) { filters.put("decaf", value); }
    public String getPriceMin() { return filters.get("priceMin"); }
    public void setPriceMin(String value) { filters.put("priceMin", value); }
    public String getPriceMax() { return filters.get("priceMax"); }
    public void setPriceMax(String value) { filters.put("priceMax", value); }
    public String getQ() { return filters.get("q"); }
    public void setQ(String value) { filters.put("q", value); }
    public String getSort() { return filters.get("sort"); }
    public void setSort(String value) { filters.put("sort", value); }
}
