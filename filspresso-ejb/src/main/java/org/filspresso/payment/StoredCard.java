package org.filspresso.payment;

/**
 * What the wallet keeps about a saved card: the processor's token and what the shopper needs to recognise
 * the card. Never the number, never the CVC.
 */
public record StoredCard(String token, CardBrand brand, String lastFour, int expiryMonth, int expiryYear, String holderName) {

    /** How the card is shown to its owner, e.g. {@code "Visa •••• 4242, expires 04/2030"}. */
    public String label() {
        return String.format("%s •••• %s, expires %02d/%d", brand.displayName(), lastFour, expiryMonth, expiryYear);
    }
}
