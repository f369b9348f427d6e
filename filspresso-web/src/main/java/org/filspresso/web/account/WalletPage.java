package org.filspresso.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.filspresso.payment.InvalidCardException;
import org.filspresso.query.InvalidInputException;
import org.filspresso.wallet.WalletCard;
import org.filspresso.wallet.WalletService;
import org.filspresso.web.platform.FormErrors;

/** Backs /account/wallet: saved cards (token, brand, last four, expiry) and adding one. */
@Named
@RequestScoped
public class WalletPage {

    @Inject
    WalletService wallet;

    @Inject
    CurrentUser user;

    private final CardForm card = new CardForm();

    public List<WalletCard> getCards() {
        return wallet.cards(user.id());
    }

    public void add() {
        try {
            WalletCard saved = wallet.add(user.id(), card.toCardDetails());
            FormErrors.info(saved.label() + " saved.");
            card.setHolderName(null);
        } catch (InvalidCardException e) {
            FormErrors.show("addCard", e.problems());
        } catch (InvalidInputException e) {
            FormErrors.show("addCard", e.errors());
        } finally {
            card.forgetSecrets();
        }
    }

    public void remove(long cardId) {
        wallet.remove(user.id(), cardId);
        FormErrors.info("Card removed.");
    }

    public CardForm getCard() {
        return card;
    }
}
