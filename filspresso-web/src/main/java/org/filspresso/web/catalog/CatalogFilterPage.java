package org.filspresso.web.catalog;

import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import org.filspresso.query.InvalidQueryException;

/**
 * What the coffee and machine listings share: filter fields named like the API's query parameters
 * (so the page address is a bookmarkable query), validation by the domain query, errors as Faces
 * messages on the form. Pages bind inputs and view parameters to {@code filters['name']}.
 */
public abstract class CatalogFilterPage<T> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final TreeMap<String, String> filters = new TreeMap<>();
    private transient List<T> results = List.of();

    /** The page's own address, e.g. "/coffees". */
    protected abstract String path();

    /** Parses the parameters with the domain query and runs it; throws InvalidQueryException. */
    protected abstract List<T> find(Map<String, List<String>> parameters);

    public void search() {
        try {
            results = find(CatalogForms.asParameters(filters));
        } catch (InvalidQueryException e) {
            CatalogForms.report(FacesContext.getCurrentInstance(), "filters", e);
            results = List.of();
        }
    }

    public Map<String, String> getFilters() {
        return filters;
    }

    public List<T> getResults() {
        return results == null ? List.of() : results;
    }

    /** This page's address with the current filters, for the browser's address bar. */
    public String getAddress() {
        return CatalogForms.address(FacesContext.getCurrentInstance(), path(), filters);
    }
}
