package org.filspresso.payment;

import java.util.Objects;

/** What a charge is paid with: a card typed in just now, or a card saved in the wallet. */
public sealed interface PaymentSource permits PaymentSource.NewCard, PaymentSource.SavedCard {

    record NewCard(CardDetails card) implements PaymentSource {
        public NewCard {
            Objects.requireNonNull(card, "card");
        }
    }

    /** A token returned earlier by {@link PaymentGateway#tokenize(CardDetails)}. */
    record SavedCard(String token) implements PaymentSource {
        public SavedCard {
            Objects.requireNonNull(token, "token");
        }
    }
}
