package org.filspresso.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.filspresso.account.Customer;
import org.filspresso.admin.BackOfficeService;

/** Backs /admin/customers?q=...: accounts, newest first, matching a text in the e-mail or the name. Read only. */
@Named("adminCustomers")
@RequestScoped
public class AdminCustomersPage {

    /** What BackOfficeService.customers returns at most. */
    static final int MAX = 200;

    @Inject
    BackOfficeService backOffice;

    private String q;
    private List<Customer> customers;

    public List<Customer> getCustomers() {
        if (customers == null) {
            customers = backOffice.customers(q);
        }
        return customers;
    }

    public boolean isTruncated() {
        return getCustomers().size() >= MAX;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
