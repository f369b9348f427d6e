package org.filspresso.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.filspresso.account.AccountService;
import org.filspresso.account.Customer;
import org.filspresso.account.Role;

/**
 * Who is asking, resolved once per request from the security context. Pages pass {@link #id()}
 * to the services, which is how every customer sees only their own data.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    private Optional<Customer> customer;

    public Optional<Customer> customer() {
        if (customer == null) {
            Principal caller = security.getCallerPrincipal();
            customer = caller == null ? Optional.empty() : accounts.findByEmail(caller.getName());
        }
        return customer;
    }

    public boolean isSignedIn() {
        return customer().isPresent();
    }

    public boolean isAdmin() {
        return security.isCallerInRole(Role.ADMIN_ROLE);
    }

    /** The signed-in customer's id; pages that call it are behind a login constraint. */
    public long id() {
        return customer().orElseThrow(() -> new IllegalStateException("Not signed in")).id();
    }

    public String getName() {
        return customer().map(Customer::fullName).orElse("");
    }

    public String getEmail() {
        return customer().map(Customer::email).orElse("");
    }
}
