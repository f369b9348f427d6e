package org.filspresso.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.filspresso.testing.Deployments;
import org.filspresso.testing.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The back office as the first administrator sees it (created at deployment from the configured password). */
@ExtendWith(ArquillianExtension.class)
class BackOfficeIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.filspressoEar();
    }

    @Test
    void theAdministratorReachesEveryBackOfficePageAndTheDashboardHasItsCharts() {
        WebSession admin = WebSession.signedInAdmin("admin");
        String dashboard = admin.get("admin").body();
        assertThat(dashboard).contains("<h1>Back office</h1>").contains("Revenue per day").contains("Best sellers")
                .contains("Subscriptions by status");
        assertThat(dashboard.split("<canvas").length - 1).as("PrimeFaces charts on the dashboard").isEqualTo(3);
        Map.of("admin/products", "<h1>Products</h1>", "admin/orders", "<h1>Orders</h1>", "admin/customers", "<h1>Customers</h1>",
                        "admin/promos", "<h1>Promo codes</h1>", "admin/subscriptions", "<h1>Subscriptions</h1>",
                        "admin/machines", "<h1>Machines</h1>")
                .forEach((page, heading) -> {
                    HttpResponse<String> response = admin.get(page);
                    assertThat(response.statusCode()).as(page).isEqualTo(200);
                    assertThat(response.body()).as(page).contains(heading);
                });
        assertThat(admin.get("admin/customers").body()).contains("admin@filspresso.local");
        assertThat(admin.get("admin/product/coffee-999999").statusCode()).isEqualTo(404);
    }

    @Test
    void aPromoCodeCreatedInTheBackOfficeIsListedAndABadOneIsExplained() {
        WebSession admin = WebSession.signedInAdmin("admin/promos");
        String code = "AUTUMN-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        HttpResponse<String> page = admin.get("admin/promos");
        HttpResponse<String> created = admin.submit(page, "promo", "promo:save", Map.of(
                "promo:code", code, "promo:description", "15 % off in autumn", "promo:kind_input", "PERCENTAGE",
                "promo:amount", "15", "promo:minimumOrder", "0", "promo:validFrom_input", "2026-01-01",
                "promo:singleUse_input", "on", "promo:active_input", "on"));
        assertThat(created.body()).contains(code).contains("15 % off in autumn");

        HttpResponse<String> refused = admin.submit(admin.get("admin/promos"), "promo", "promo:save", Map.of(
                "promo:code", code + "-X", "promo:description", "Too generous", "promo:kind_input", "PERCENTAGE",
                "promo:amount", "150", "promo:minimumOrder", "0", "promo:validFrom_input", "2026-01-01"));
        assertThat(refused.body()).contains("A percentage goes from 1 to 100.");
    }
}
