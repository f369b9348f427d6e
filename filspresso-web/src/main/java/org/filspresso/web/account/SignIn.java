package org.filspresso.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Signs the current browser in with Jakarta Security, under a new session id (no session fixation). */
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    public AuthenticationStatus as(String email, String password) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a session id planted before sign-in is worthless after it
        }
        return security.authenticate(request, (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(email, new Password(password == null ? "" : password)))
                .newAuthentication(true));
    }
}
