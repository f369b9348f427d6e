package org.filspresso.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void ordersCanBeCancelledOnlyBeforeTheyShip() {
        assertThat(OrderStatus.PLACED.isCancellable()).isTrue();
        assertThat(OrderStatus.PAID.isCancellable()).isTrue();
        assertThat(OrderStatus.SHIPPED.isCancellable()).isFalse();
        assertThat(OrderStatus.DELIVERED.isCancellable()).isFalse();
        assertThat(OrderStatus.CANCELLED.next()).isEmpty();
    }

    @Test
    void statusesMoveForwardOnly() {
        assertThat(OrderStatus.PAID.canBecome(OrderStatus.SHIPPED)).isTrue();
        assertThat(OrderStatus.SHIPPED.canBecome(OrderStatus.DELIVERED)).isTrue();
        assertThat(OrderStatus.SHIPPED.canBecome(OrderStatus.PAID)).isFalse();
        assertThat(OrderStatus.PLACED.canBecome(OrderStatus.DELIVERED)).isFalse();
    }

    @Test
    void orderNumbersAvoidLookAlikeCharacters() {
        for (int i = 0; i < 200; i++) {
            assertThat(Order.newNumber()).matches("FS-[2-9A-HJ-NP-Z]{8}");
        }
    }
}
