package org.filspresso.web.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.filspresso.catalog.CatalogService;
import org.filspresso.catalog.Coffee;
import org.filspresso.catalog.Machine;
import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

/** Backs the home page. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    CatalogService catalog;

    /** MultiViews sends addresses that match no page here (as /unknown/...): those get a 404. */
    @Inject
    @Param(pathIndex = 0)
    String unknownSegment;

    public void rejectUnknownAddress() {
        if (unknownSegment != null) {
            Faces.responseSendError(404, "No such page");
            Faces.responseComplete();
        }
    }

    public List<Coffee> getFeaturedCoffees() {
        return catalog.featuredCoffees();
    }

    public List<Machine> getFeaturedMachines() {
        return catalog.featuredMachines();
    }
}
