package org.filspresso.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.filspresso.account.LoginThrottle;
import org.filspresso.web.platform.FormErrors;

/**
 * Backs /login. Guessing is slowed per account and per client address; an unknown e-mail and a
 * wrong password get the same answer; {@link SignIn} changes the session id.
 */
@Named
@RequestScoped
public class LoginPage {

    static final String WRONG_CREDENTIALS = "The e-mail address or the password is not correct.";

    @Inject
    SignIn signIn;

    @Inject
    LoginThrottle throttle;

    @Inject
    FacesContext faces;

    private String email;
    private String password;
    private String next;

    public void signIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String account = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        String client = request.getRemoteAddr();

        Optional<Duration> wait = throttle.waitBefore(account, client);
        if (wait.isPresent()) {
            FormErrors.global("Too many attempts. Please wait " + describe(wait.get()) + " and try again.");
            return;
        }
        AuthenticationStatus status = signIn.as(account, password);
        password = null;
        switch (status) {
            case SEND_CONTINUE -> {
                throttle.recordSuccess(account, client);
                faces.responseComplete(); // back to the page that asked for sign-in
            }
            case SUCCESS -> {
                throttle.recordSuccess(account, client);
                external.redirect(external.getRequestContextPath() + safeReturnPath(next).orElse("/account"));
            }
            default -> {
                throttle.recordFailure(account, client);
                FormErrors.global(WRONG_CREDENTIALS);
            }
        }
    }

    /** The page that sent the visitor here ({@code /login?next=...}, see {@link SignInAddress}): a path of this site only. */
    static Optional<String> safeReturnPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.startsWith("/login")) {
            return Optional.empty();
        }
        try {
            URI target = URI.create(next);
            return target.getScheme() == null && target.getRawAuthority() == null ? Optional.of(next) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String describe(Duration wait) {
        long seconds = Math.max(1, wait.toSeconds());
        return seconds < 90 ? seconds + " seconds" : ((seconds + 59) / 60) + " minutes";
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
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
