package org.filspresso.web.catalog;

import org.filspresso.catalog.Coffee;
import org.filspresso.catalog.Machine;

/** Paths of the product pages, relative to the application root; used by pages and the API alike. */
public final class CatalogLinks {

    private CatalogLinks() {
    }

    public static String coffeePage(Coffee coffee) {
        return "/coffee/" + coffee.system().code() + "/" + coffee.slug();
    }

    public static String machinePage(Machine machine) {
        return "/machine/" + machine.slug();
    }
}
