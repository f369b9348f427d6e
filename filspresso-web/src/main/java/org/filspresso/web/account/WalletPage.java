package org.filspresso.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;
import org.filspresso.payment.CardDetails;
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

    private String cardNumber;
    private Integer expiryMonth;
    private Integer expiryYear;
    private String cvc;
    private String holderName;

    public List<WalletCard> getCards() {
        return wallet.cards(user.id());
    }

    public void add() {
        try {
            WalletCard card = wallet.add(user.id(), new CardDetails(cardNumber == null ? "" : cardNumber,
                    expiryMonth == null ? 0 : expiryMonth, expiryYear == null ? 0 : expiryYear, cvc == null ? "" : cvc, holderName));
            FormErrors.info(card.label() + " saved.");
            holderName = null;
        } catch (InvalidCardException e) {
            FormErrors.show("addCard", e.problems());
        } catch (InvalidInputException e) {
            FormErrors.show("addCard", e.errors());
        } finally {
            cardNumber = null;
            cvc = null;
        }
    }

    public void remove(long cardId) {
        wallet.remove(user.id(), cardId);
        FormErrors.info("Card removed.");
    }

    public List<Integer> getMonths() {
        return IntStream.rangeClosed(1, 12).boxed().toList();
    }

    public List<Integer> getYears() {
        int year = Year.now().getValue();
        return IntStream.rangeClosed(year, year + 15).boxed().toList();
    }

    public String getCardNumber() { return null; }
    public void setCardNumber(String cardNumber) { this.cardNumber = cardNumber; }
    public Integer getExpiryMonth() { return expiryMonth; }
    public void setExpiryMonth(Integer expiryMonth) { this.expiryMonth = expiryMonth; }
    public Integer getExpiryYear() { return expiryYear; }
    public void setExpiryYear(Integer expiryYear) { this.expiryYear = expiryYear; }
    public String getCvc() { return null; }
    public void setCvc(String cvc) { this.cvc = cvc; }
    public String getHolderName() { return holderName; }
    public void setHolderName(String holderName) { this.holderName = holderName; }
}
