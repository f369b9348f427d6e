package org.filspresso.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.filspresso.query.InvalidQueryException;
import org.junit.jupiter.api.Test;

class MachineQueryTest {

    private final Machine essenza = machine(CapsuleSystem.ORIGINAL, "essenza-mini", "Essenza Mini", MachineCategory.MACHINE, MilkSystem.NONE, "590");
    private final Machine lattissima = machine(CapsuleSystem.ORIGINAL, "lattissima-one", "Lattissima One", MachineCategory.MACHINE_WITH_MILK, MilkSystem.INTEGRATED, "1390");
    private final Machine popPack = machine(CapsuleSystem.VERTUO, "vertuo-pop-pack", "Vertuo Pop bundle", MachineCategory.BUNDLE, MilkSystem.AEROCCINO, "1041.75");
    private final List<Machine> catalog = List.of(essenza, lattissima, popPack);

    @Test
    void filtersBySystemCategoryMilkAndPrice() {
        assertThat(parse("system", "vertuo").apply(catalog)).containsExactly(popPack);
        assertThat(parse("category", "machine_with_milk").apply(catalog)).containsExactly(lattissima);
        assertThat(parse("milk", "true").apply(catalog)).containsExactly(lattissima, popPack);
        assertThat(parse("milk", "false").apply(catalog)).containsExactly(essenza);
        assertThat(parse("priceMax", "1100").apply(catalog)).containsExactly(essenza, popPack);
        assertThat(parse("sort", "price_desc").apply(catalog)).containsExactly(lattissima, popPack, essenza);
        assertThat(parse("q", "lattissima").apply(catalog)).containsExactly(lattissima);
    }

    @Test
    void rejectsAnUnknownCategoryListingTheAllowedOnes() {
        assertThatThrownBy(() -> parse("category", "grinder"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("category: must be one of machine, machine_with_milk, bundle");
    }

    private static MachineQuery parse(String name, String value) {
        return MachineQuery.parse(Map.of(name, List.of(value)));
    }

    private static Machine machine(CapsuleSystem system, String slug, String name, MachineCategory category, MilkSystem milk, String price) {
        return new Machine(system, slug, name, category, milk, new BigDecimal(price));
    }
}
