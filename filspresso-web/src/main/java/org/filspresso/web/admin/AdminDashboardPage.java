package org.filspresso.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.filspresso.admin.BackOfficeService;
import org.filspresso.admin.Dashboard;

/** Backs /admin: the last 30 days in figures and three charts, each with its data as a table. */
@Named("adminDashboard")
@RequestScoped
public class AdminDashboardPage {

    static final int DAYS = 30;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    @Inject
    BackOfficeService backOffice;

    private Dashboard dashboard;

    /** One row of a chart's data, as the chart and its table show it. */
    public record Figure(String label, BigDecimal value) {
    }

    /** Read once per request: every figure and chart of the page comes from the same snapshot. */
    public Dashboard getDashboard() {
        if (dashboard == null) {
            dashboard = backOffice.dashboard(DAYS);
        }
        return dashboard;
    }

    public int getDays() {
        return DAYS;
    }

    // ---- revenue per day ----

    public List<Figure> getRevenuePerDay() {
        return getDashboard().revenuePerDay().entrySet().stream()
                .map(day -> new Figure(DAY.format(day.getKey()), day.getValue()))
                .toList();
    }

    public String getRevenueChart() {
        List<String> labels = getDashboard().revenuePerDay().keySet().stream().map(SHORT_DAY::format).toList();
        return ChartJs.bar(labels, "Revenue (lei)", List.copyOf(getDashboard().revenuePerDay().values()),
                ChartJs.PALETTE.get(0), false, "lei");
    }

    /** What the revenue chart shows, for screen readers (the canvas is an image to them). */
    public String getRevenueSummary() {
        Figure best = getRevenuePerDay().stream().max(Comparator.comparing(Figure::value)).orElse(null);
        String summary = "Revenue per day over the last " + DAYS + " days, " + getDashboard().revenue() + " lei in all";
        return best == null || best.value().signum() == 0 ? summary + "." : summary + "; the best day was " + best.label()
                + " with " + best.value() + " lei. The figures are in the table below.";
    }

    // ---- best sellers ----

    public boolean isAnyProductSold() {
        return !getDashboard().topProducts().isEmpty();
    }

    public String getTopProductsChart() {
        List<Dashboard.TopProduct> top = getDashboard().topProducts();
        return ChartJs.bar(top.stream().map(Dashboard.TopProduct::name).toList(), "Units sold",
                top.stream().map(product -> BigDecimal.valueOf(product.quantity())).toList(),
                ChartJs.PALETTE.get(1), true, "units sold");
    }

    public String getTopProductsSummary() {
        List<Dashboard.TopProduct> top = getDashboard().topProducts();
        return "Best-selling products over the last " + DAYS + " days by units sold; first " + top.get(0).name()
                + " with " + top.get(0).quantity() + ". The figures are in the table below.";
    }

    // ---- subscriptions ----

    public List<Figure> getSubscriptionsByStatus() {
        return getDashboard().subscriptionsByStatus().entrySet().stream()
                .map(status -> new Figure(status.getKey(), BigDecimal.valueOf(status.getValue())))
                .toList();
    }

    public boolean isAnySubscription() {
        return getDashboard().subscriptionsByStatus().values().stream().anyMatch(count -> count > 0);
    }

    public String getSubscriptionsChart() {
        List<Figure> figures = getSubscriptionsByStatus();
        return ChartJs.doughnut(figures.stream().map(Figure::label).toList(), figures.stream().map(Figure::value).toList());
    }

    public String getSubscriptionsSummary() {
        return "Subscriptions by status: " + getSubscriptionsByStatus().stream()
                .map(figure -> figure.value() + " " + figure.label().toLowerCase(Locale.ENGLISH))
                .reduce((a, b) -> a + ", " + b).orElse("none") + ".";
    }
}
