package org.filspresso.web.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.filspresso.account.LoginThrottle;

/** One sign-in throttle for the application (per server: each instance counts its own attempts). */
@ApplicationScoped
public class Throttles {

    @Produces
    @Singleton
    LoginThrottle loginThrottle() {
        return new LoginThrottle();
    }
}
