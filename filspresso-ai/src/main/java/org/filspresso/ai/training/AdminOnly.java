package org.filspresso.ai.training;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.filspresso.account.Role;

/** Training and model management are for administrators of the shop, signed in as for the back office. */
public final class AdminOnly {

    private AdminOnly() {
    }

    public static void check(SecurityContext security) {
        if (security.getUserPrincipal() == null) {
            throw new NotAuthorizedException("Sign in as an administrator.", Response.status(401)
                    .header("WWW-Authenticate", "FormLogin realm=\"filspresso\"").build());
        }
        if (!security.isUserInRole(Role.ADMIN_ROLE)) {
            throw new ForbiddenException("Only administrators may train and install models.");
        }
    }
}
