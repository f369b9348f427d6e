package org.filspresso.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import java.io.IOException;
import java.util.List;
import org.filspresso.account.AccountService;
import org.filspresso.account.Customer;
import org.filspresso.account.PasswordPolicy;
import org.filspresso.query.InvalidInputException;
import org.filspresso.web.platform.FormErrors;

/** Backs /register: creates the account and signs the new customer in. */
@Named
@RequestScoped
public class RegisterPage {

    @Inject
    AccountService accounts;

    @Inject
    SignIn signIn;

    @Inject
    FacesContext faces;

    private String fullName;
    private String email;
    private String password;

    public void register() throws IOException {
        Customer customer;
        try {
            customer = accounts.register(fullName, email, password);
        } catch (InvalidInputException e) {
            FormErrors.show("register", e.errors());
            return;
        }
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = signIn.as(customer.email(), password);
        password = null;
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            FormErrors.infoAfterRedirect("Welcome to Filspresso, " + customer.fullName() + "!");
            external.redirect(external.getRequestContextPath() + "/account");
        }
    }

    public List<String> getPasswordRules() {
        return PasswordPolicy.rules();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
