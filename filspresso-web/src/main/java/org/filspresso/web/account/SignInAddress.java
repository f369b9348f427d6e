package org.filspresso.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The sign-in address for a visitor whom a login constraint stopped: {@code /login?next=/account/wallet}.
 * (Jakarta Security's form mechanisms go back to the saved page only after their own login posts,
 * not after {@code SecurityContext.authenticate}, which our login page uses for throttling.)
 */
@Named
@RequestScoped
public class SignInAddress {

    @Inject
    HttpServletRequest request;

    public String getPath() {
        String page = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            page += "?" + request.getQueryString();
        }
        return "/login?next=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
    }
}
