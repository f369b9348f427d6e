package org.filspresso.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AvailabilityTest {

    @Test
    void shoppersSeeAvailabilityNotExactStock() {
        assertThat(Availability.of(0)).isEqualTo(Availability.OUT_OF_STOCK);
        assertThat(Availability.of(1)).isEqualTo(Availability.LOW_STOCK);
        assertThat(Availability.of(9)).isEqualTo(Availability.LOW_STOCK);
        assertThat(Availability.of(10)).isEqualTo(Availability.IN_STOCK);
    }
}
