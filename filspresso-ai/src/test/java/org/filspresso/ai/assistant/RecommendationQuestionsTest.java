package org.filspresso.ai.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class RecommendationQuestionsTest {

    @Test
    void askingWhatToTryGoesToTheRecommender() {
        assertThat(RecommendationQuestions.isAsked("What coffee should I try?")).isTrue();
        assertThat(RecommendationQuestions.isAsked("Can you recommend something fruity?")).isTrue();
        assertThat(RecommendationQuestions.isAsked("Which capsule would you pick for a lazy Sunday? I want to try something new")).isTrue();
        assertThat(RecommendationQuestions.isAsked("Any suggestions for a decaf?")).isTrue();
        assertThat(RecommendationQuestions.isAsked("I'd like something new to try")).isTrue();
    }

    @Test
    void questionsAboutBrewingOrMachinesStayWithTheKnowledgeBase() {
        assertThat(RecommendationQuestions.isAsked("What is a ristretto?")).isFalse();
        assertThat(RecommendationQuestions.isAsked("Can you recommend a grind size for a V60?")).isFalse();
        assertThat(RecommendationQuestions.isAsked("Which machine do you recommend for milk drinks?")).isFalse();
        assertThat(RecommendationQuestions.isAsked("What water temperature do you suggest?")).isFalse();
    }

    @Test
    void aNamedTimeOfDayCountsForTheCaffeineRules() {
        assertThat(RecommendationQuestions.statedTime("Something for tonight?")).contains(LocalTime.of(21, 30));
        assertThat(RecommendationQuestions.statedTime("A coffee to wake me up")).contains(LocalTime.of(8, 30));
        assertThat(RecommendationQuestions.statedTime("What should I try?")).isEmpty();
    }
}
