package org.filspresso.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.filspresso.cart.CartService;
import org.filspresso.promo.PromoCode;
import org.filspresso.promo.PromoKind;
import org.filspresso.promo.PromoService;
import org.filspresso.query.InvalidInputException;
import org.filspresso.web.platform.FormErrors;
import org.omnifaces.util.Faces;

/**
 * Backs /admin/promos: the codes and their terms, and one form that creates a code or, with
 * ?edit=CODE in the address, changes the terms of that code (a code itself never changes: shoppers
 * may have it already).
 */
@Named("adminPromos")
@ViewScoped
public class AdminPromosPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PromoService promos;

    /** Entities, not serializable: read again after the view was passivated. */
    private transient List<PromoCode> codes;

    /** The code named by ?edit=, and its id once found; no id means the form creates a code. */
    private String edit;
    private Long editingId;

    private String code;
    private String description;
    private PromoKind kind;
    private BigDecimal amount;
    private LocalDate validFrom = LocalDate.now(CartService.SHOP_ZONE);
    private LocalDate validUntil;
    private BigDecimal minimumOrder = BigDecimal.ZERO;
    private boolean singleUse;
    private boolean active = true;

    public List<PromoCode> getCodes() {
        if (codes == null) {
            codes = promos.all();
        }
        return codes;
    }

    /** With ?edit=CODE, fills the form with that code's terms. */
    public void load() {
        if (edit == null || edit.isBlank()) {
            return;
        }
        promos.find(edit).ifPresentOrElse(promo -> {
            PromoCode.PromoTerms terms = promo.terms();
            editingId = promo.id();
            code = promo.code();
            description = terms.description();
            kind = terms.kind();
            amount = terms.kind() == PromoKind.FREE_SHIPPING ? null : terms.amount();
            validFrom = terms.validFrom();
            validUntil = terms.validUntil();
            minimumOrder = terms.minimumOrder();
            singleUse = terms.singleUse();
            active = terms.active();
        }, () -> FormErrors.global("There is no code " + PromoCode.normalise(edit) + "; the form below creates a new one."));
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public void save() {
        try {
            // The terms check themselves and name every offending field at once.
            PromoCode.PromoTerms terms = new PromoCode.PromoTerms(description, kind, amount, validFrom, validUntil,
                    minimumOrder, singleUse, active);
            if (editingId == null) {
                PromoCode created = promos.create(code, terms);
                FormErrors.infoAfterRedirect("The code " + created.code() + " was created.");
            } else {
                promos.change(editingId, terms);
                FormErrors.infoAfterRedirect("The terms of " + code + " were saved.");
            }
            Faces.redirect("admin/promos");
        } catch (InvalidInputException e) {
            FormErrors.show("promo", e.errors());
        }
    }

    /** "10 % off", "25.00 lei off", "free delivery". */
    public String offer(PromoCode promo) {
        PromoCode.PromoTerms terms = promo.terms();
        return switch (terms.kind()) {
            case PERCENTAGE -> terms.amount().stripTrailingZeros().toPlainString() + " " + terms.kind().label();
            case FIXED_AMOUNT -> terms.amount() + " " + terms.kind().label();
            case FREE_SHIPPING -> terms.kind().label();
        };
    }

    public PromoKind[] getKinds() {
        return PromoKind.values();
    }

    public String getEdit() {
        return edit;
    }

    public void setEdit(String edit) {
        this.edit = edit;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public PromoKind getKind() {
        return kind;
    }

    public void setKind(PromoKind kind) {
        this.kind = kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public BigDecimal getMinimumOrder() {
        return minimumOrder;
    }

    public void setMinimumOrder(BigDecimal minimumOrder) {
        this.minimumOrder = minimumOrder;
    }

    public boolean isSingleUse() {
        return singleUse;
    }

    public void setSingleUse(boolean singleUse) {
        this.singleUse = singleUse;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
