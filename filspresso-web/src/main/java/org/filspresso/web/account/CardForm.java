package org.filspresso.web.account;

import java.io.Serializable;
import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;
import org.filspresso.payment.CardDetails;

/**
 * The fields of a card form (wallet, checkout). The number and the CVC are never shown back (their
 * getters answer null) and are dropped with {@link #forgetSecrets()} after every attempt, so they
 * live no longer than the request that carried them.
 */
public class CardForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private String number;
    private Integer expiryMonth;
    private Integer expiryYear;
    private String cvc;
    private String holderName;

    public CardDetails toCardDetails() {
        return new CardDetails(number == null ? "" : number, expiryMonth == null ? 0 : expiryMonth,
                expiryYear == null ? 0 : expiryYear, cvc == null ? "" : cvc, holderName);
    }

    public void forgetSecrets() {
        number = null;
        cvc = null;
    }

    public List<Integer> getMonths() {
        return IntStream.rangeClosed(1, 12).boxed().toList();
    }

    public List<Integer> getYears() {
        int year = Year.now().getValue();
        return IntStream.rangeClosed(year, year + 15).boxed().toList();
    }

    public String getNumber() { return null; }
    public void setNumber(String number) { this.number = number; }
    public Integer getExpiryMonth() { return expiryMonth; }
    public void setExpiryMonth(Integer expiryMonth) { this.expiryMonth = expiryMonth; }
    public Integer getExpiryYear() { return expiryYear; }
    public void setExpiryYear(Integer expiryYear) { this.expiryYear = expiryYear; }
    public String getCvc() { return null; }
    public void setCvc(String cvc) { this.cvc = cvc; }
    public String getHolderName() { return holderName; }
    public void setHolderName(String holderName) { this.holderName = holderName; }
}
