package org.filspresso.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.filspresso.catalog.CapsuleSystem;
import org.filspresso.catalog.CoffeeQuery;
import org.filspresso.catalog.CoffeeSort;
import org.filspresso.catalog.CupSize;
import org.filspresso.catalog.MachineCategory;
import org.filspresso.catalog.MachineQuery;
import org.filspresso.catalog.MachineSort;
import org.junit.jupiter.api.Test;

/** The OpenAPI annotations are written by hand: keep them equal to what the API accepts. */
class CatalogResourceDocumentationTest {

    @Test
    void coffeeParametersAreAllDocumentedWithTheAcceptedValues() throws NoSuchMethodException {
        Method coffees = CatalogResource.class.getMethod("coffees");

        assertThat(documented(coffees)).containsExactlyInAnyOrderElementsOf(Paging.withPaging(CoffeeQuery.PARAMETERS));
        assertThat(values(coffees, "cupSize")).containsExactlyInAnyOrder(codes(CupSize.values()));
        assertThat(values(coffees, "sort")).containsExactlyInAnyOrder(codes(CoffeeSort.values()));
        assertThat(values(coffees, "system")).containsExactlyInAnyOrder(codes(CapsuleSystem.values()));
    }

    @Test
    void machineParametersAreAllDocumentedWithTheAcceptedValues() throws NoSuchMethodException {
        Method machines = CatalogResource.class.getMethod("machines");

        assertThat(documented(machines)).containsExactlyInAnyOrderElementsOf(Paging.withPaging(MachineQuery.PARAMETERS));
        assertThat(values(machines, "category")).containsExactlyInAnyOrder(codes(MachineCategory.values()));
        assertThat(values(machines, "sort")).containsExactlyInAnyOrder(codes(MachineSort.values()));
    }

    private static List<String> documented(Method method) {
        return Arrays.stream(method.getAnnotationsByType(Parameter.class)).map(Parameter::name).toList();
    }

    private static String[] values(Method method, String name) {
        return Arrays.stream(method.getAnnotationsByType(Parameter.class)).filter(p -> p.name().equals(name))
                .findFirst().orElseThrow().schema().enumeration();
    }

    private static String[] codes(Enum<?>[] constants) {
        return Arrays.stream(constants).map(c -> c.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }
}
