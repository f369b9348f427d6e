package org.filspresso.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String EMAIL = "ana.popescu@example.com";

    @Test
    void rulesAreShownOnTheForm() {
        assertThat(PasswordPolicy.rules())
                .isNotEmpty()
                .contains("At least 12 characters", "At most 128 characters",
                        "Not a commonly used password", "Does not contain your email name");
    }

    @Test
    void aLongUncommonPasswordIsFine() {
        assertThat(PasswordPolicy.violations("crema on a rainy tuesday", EMAIL)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n            "})
    void aMissingPasswordAsksForOne(String password) {
        assertThat(PasswordPolicy.violations(password, EMAIL)).containsExactly("Enter a password");
    }

    @Test
    void needsAtLeastTwelveCharacters() {
        assertThat(PasswordPolicy.violations("bean grind!", EMAIL)).containsExactly("At least 12 characters");
        assertThat(PasswordPolicy.violations("bean grinder", EMAIL)).isEmpty();
    }

    @Test
    void allowsAtMostOneHundredTwentyEightCharacters() {
        String longest = "ab".repeat(64);

        assertThat(PasswordPolicy.violations(longest, EMAIL)).isEmpty();
        assertThat(PasswordPolicy.violations(longest + "c", EMAIL)).containsExactly("At most 128 characters");
    }

    @Test
    void countsCharactersAsShoppersSeeThemNotAsJavaChars() {
        // Each emoji is one character but two Java chars (a surrogate pair).
        String sixEmoji = "😀🙂😀🙂😀🙂";
        String twelveEmoji = sixEmoji + sixEmoji;
        String maxEmoji = "😀🙂".repeat(64);

        assertThat(sixEmoji).hasSize(12);
        assertThat(PasswordPolicy.violations(sixEmoji, EMAIL)).containsExactly("At least 12 characters");
        assertThat(PasswordPolicy.violations(twelveEmoji, EMAIL)).isEmpty();
        assertThat(PasswordPolicy.violations(maxEmoji, EMAIL)).isEmpty();
        assertThat(PasswordPolicy.violations(maxEmoji + "😀", EMAIL)).containsExactly("At most 128 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234", "123456789012", "QWERTYUIOPAS", "espresso1234", "Filspresso12"})
    void rejectsCommonPasswordsWhateverTheirCase(String password) {
        assertThat(PasswordPolicy.violations(password, EMAIL)).containsExactly("Not a commonly used password");
    }

    @Test
    void rejectsOneCharacterRepeated() {
        assertThat(PasswordPolicy.violations("aaaaaaaaaaaa", EMAIL)).containsExactly("Not the same character repeated");
        assertThat(PasswordPolicy.violations("☕".repeat(12), EMAIL)).containsExactly("Not the same character repeated");
        assertThat(PasswordPolicy.violations("aaaaaaaaaaab", EMAIL)).isEmpty();
    }

    @Test
    void rejectsThePasswordContainingTheEmailName() {
        assertThat(PasswordPolicy.violations("my ana.popescu secret", EMAIL))
                .containsExactly("Does not contain your email name");
        assertThat(PasswordPolicy.violations("MY ANA.POPESCU SECRET", "Ana.Popescu@Example.com"))
                .containsExactly("Does not contain your email name");
    }

    @Test
    void ignoresEmailNamesTooShortToMean() {
        assertThat(PasswordPolicy.violations("banana bread and coffee", "ana@example.com")).isEmpty();
        assertThat(PasswordPolicy.violations("a good long password", "good@example.com"))
                .containsExactly("Does not contain your email name");
    }

    @Test
    void worksWithoutAnEmail() {
        assertThat(PasswordPolicy.violations("crema on a rainy tuesday", null)).isEmpty();
    }

    @Test
    void reportsEveryBrokenRuleInTheWordingOfTheRules() {
        assertThat(PasswordPolicy.violations("zzzz", "zzzz@example.com"))
                .containsExactly("At least 12 characters", "Not the same character repeated",
                        "Does not contain your email name")
                .isSubsetOf(PasswordPolicy.rules());
    }
}
