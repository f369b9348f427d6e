package org.filspresso.testing;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Steps through the shop's pages with a {@link WebSession}, as a browser without JavaScript would. */
public final class ShopPages {

    private ShopPages() {
    }

    /** Presses "Add to cart" on the first product of a listing; returns the page that answers. */
    public static HttpResponse<String> addFirstProductToCart(WebSession session, String listing) {
        HttpResponse<String> page = session.get(listing);
        Matcher form = Pattern.compile("<form id=\"([^\"]+)\"[^>]*class=\"add-to-cart\"").matcher(page.body());
        if (!form.find()) {
            throw new IllegalStateException("No add-to-cart form on " + listing);
        }
        return session.submit(page, form.group(1), elementName(page.body(), form.group(1) + ":", ""), Map.of());
    }

    /** The full name of the first form element whose name starts with {@code prefix} and ends with {@code suffix}. */
    public static String elementName(String html, String prefix, String suffix) {
        Matcher name = Pattern.compile("name=\"(" + Pattern.quote(prefix) + "[^\"]*" + Pattern.quote(suffix) + ")\"")
                .matcher(html);
        if (!name.find()) {
            throw new IllegalStateException("No element named " + prefix + "…" + suffix);
        }
        return name.group(1);
    }
}
