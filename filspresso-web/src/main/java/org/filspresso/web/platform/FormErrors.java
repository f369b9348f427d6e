package org.filspresso.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.List;
import org.filspresso.query.FieldError;

/**
 * Puts the services' field errors on the form: a message next to the input whose id is the
 * field's name (inside the given form), or at the top of the page when there is no such input.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static void show(String formId, List<FieldError> errors) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldError error : errors) {
            String clientId = formId + ":" + error.field();
            UIComponent input = faces.getViewRoot().findComponent(clientId);
            FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), error.message());
            faces.addMessage(input != null ? clientId : null, message);
        }
        faces.validationFailed();
    }

    public static void global(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        faces.validationFailed();
    }

    public static void info(String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }

    /** A confirmation shown on the page a redirect leads to. */
    public static void infoAfterRedirect(String message) {
        info(message);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
