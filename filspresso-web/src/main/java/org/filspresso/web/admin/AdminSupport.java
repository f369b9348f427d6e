package org.filspresso.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What every back-office page shares, as {@code #{adminSupport...}}: the section menu and each form's problem list. */
@Named("adminSupport")
@ApplicationScoped
public class AdminSupport {

    /** A back-office page in the section menu; {@code viewIds} are the views that count as being in it. */
    public record Section(String path, String label, List<String> viewIds) {
        public boolean shows(String viewId) {
            return viewIds.contains(viewId);
        }
    }

    private static final List<Section> SECTIONS = List.of(
            new Section("/admin", "Dashboard", List.of("/admin.xhtml")),
            new Section("/admin/products", "Products", List.of("/admin/products.xhtml", "/admin/product.xhtml")),
            new Section("/admin/orders", "Orders", List.of("/admin/orders.xhtml")),
            new Section("/admin/customers", "Customers", List.of("/admin/customers.xhtml")),
            new Section("/admin/promos", "Promo codes", List.of("/admin/promos.xhtml")),
            new Section("/admin/subscriptions", "Subscriptions", List.of("/admin/subscriptions.xhtml")),
            new Section("/admin/machines", "Machines", List.of("/admin/machines.xhtml")));

    public List<Section> getSections() {
        return SECTIONS;
    }

    /**
     * The messages attached to inputs of one form, for the list at the top of that form. Messages
     * without an input (the layout shows those above the page) are left out, so nothing shows twice.
     */
    public List<FacesMessage> messages(String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String prefix = formId + UINamingContainer.getSeparatorChar(faces);
        List<FacesMessage> found = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String clientId = ids.next();
            if (clientId != null && clientId.startsWith(prefix)) {
                faces.getMessages(clientId).forEachRemaining(found::add);
            }
        }
        return found;
    }

    /** "admin/orders?status=PAID" for a redirect: the blank parameters are left out. */
    static String address(String path, Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .filter(parameter -> parameter.getValue() != null && !parameter.getValue().isBlank())
                .map(parameter -> parameter.getKey() + "=" + URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }
}
