package org.filspresso.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "ana@example.com",
            "first.last+coffee@mail.example.ro",
            "o'neil@example.ie",
            "a@b.co",
            "shop_42@sub-domain.example.com",
            "x@1st-label.example.museum"})
    void acceptsEverydayAddresses(String input) {
        assertThat(EmailAddress.parse(input)).map(EmailAddress::value).contains(input);
    }

    @Test
    void trimsAndLowerCases() {
        assertThat(EmailAddress.parse("  Ana.Popescu@Example.COM \t")).map(EmailAddress::value)
                .contains("ana.popescu@example.com");
    }

    @Test
    void theSameAddressInAnyCaseIsTheSameKey() {
        assertThat(EmailAddress.parse("Ana@Example.COM")).isEqualTo(EmailAddress.parse("ana@example.com"));
        assertThat(EmailAddress.parse("Ana@Example.COM").orElseThrow())
                .hasSameHashCodeAs(EmailAddress.parse("ana@example.com").orElseThrow());
    }

    @Test
    void printsAsThePlainAddress() {
        assertThat(EmailAddress.parse("Ana@Example.com").orElseThrow()).hasToString("ana@example.com");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ",
            "ana",
            "ana@",
            "@example.com",
            "ana@example",
            "ana@@example.com",
            "ana@pop@example.com",
            "ana pop@example.com",
            "ana@exa mple.com",
            "ana..pop@example.com",
            ".ana@example.com",
            "ana.@example.com",
            "ana@example..com",
            "ana@.example.com",
            "ana@example.com.",
            "ana@-example.com",
            "ana@example-.com",
            "ana@example.c",
            "ana@example.c0m",
            "ana@exam_ple.com",
            "\"ana\"@example.com",
            "ana(comment)@example.com",
            "ană@example.com"})
    void rejectsWhatIsNotAnAddress(String input) {
        assertThat(EmailAddress.parse(input)).isEmpty();
    }

    @Test
    void limitsTheLocalPartToSixtyFourCharacters() {
        assertThat(EmailAddress.parse("a".repeat(64) + "@example.com")).isPresent();
        assertThat(EmailAddress.parse("a".repeat(65) + "@example.com")).isEmpty();
    }

    @Test
    void limitsTheWholeAddressTo254Characters() {
        String local = "a".repeat(64);
        String domainOf189 = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".com";
        String domainOf190 = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58) + ".com";

        assertThat(EmailAddress.parse(local + "@" + domainOf189)).map(e -> e.value().length()).contains(254);
        assertThat(EmailAddress.parse(local + "@" + domainOf190)).isEmpty();
    }

    @Test
    void limitsDomainLabelsToSixtyThreeCharacters() {
        assertThat(EmailAddress.parse("ana@" + "b".repeat(63) + ".com")).isPresent();
        assertThat(EmailAddress.parse("ana@" + "b".repeat(64) + ".com")).isEmpty();
    }

    @Test
    void theConstructorOnlyTakesNormalisedAddresses() {
        assertThat(new EmailAddress("ana@example.com").value()).isEqualTo("ana@example.com");
        assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress("Ana@example.com"));
        assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress(" ana@example.com"));
        assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress("not an address"));
        assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress(null));
    }
}
