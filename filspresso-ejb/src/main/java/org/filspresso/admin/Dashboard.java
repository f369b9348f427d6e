package org.filspresso.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The back office's front page: revenue per day, best sellers, subscriptions by status. */
public record Dashboard(Map<LocalDate, BigDecimal> revenuePerDay, List<TopProduct> topProducts,
                        Map<String, Long> subscriptionsByStatus, long orderCount, BigDecimal revenue, long customerCount) {

    public record TopProduct(String name, long quantity, BigDecimal revenue) {
    }
}
