package org.filspresso.iot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CommandStatusTest {

    @Test
    void onceBrewingACommandIsNeverHandedOutAgain() {
        assertThat(CommandStatus.BREWING.canBecome(CommandStatus.DISPATCHED)).isFalse();
        assertThat(CommandStatus.BREWING.canBecome(CommandStatus.PENDING)).isFalse();
        assertThat(CommandStatus.DISPATCHED.canBecome(CommandStatus.PENDING)).as("lease lapsed").isTrue();
        assertThat(CommandStatus.COMPLETE.isFinal()).isTrue();
        assertThat(CommandStatus.BREWING.canBecome(CommandStatus.CANCELLED)).as("a brew under way is not cancelled").isFalse();
    }

    @Test
    void devicesReportThreeStatusesByTheirContractNames() {
        assertThat(CommandStatus.reportedByDevice("brewing")).contains(CommandStatus.BREWING);
        assertThat(CommandStatus.reportedByDevice("complete")).contains(CommandStatus.COMPLETE);
        assertThat(CommandStatus.reportedByDevice("failed")).contains(CommandStatus.FAILED);
        assertThat(CommandStatus.reportedByDevice("dispatched")).isEmpty();
        assertThat(CommandStatus.reportedByDevice("COMPLETE")).isEmpty();
    }

    @Test
    void anIllegalMoveNamesTheCurrentState() {
        BrewCommand command = new BrewCommand(1, new Recipe(40, 92, 0, "original", "espresso"), true, "{}", null, "test",
                Instant.EPOCH, Instant.EPOCH.plusSeconds(900));
        command.moveTo(CommandStatus.DISPATCHED, Instant.EPOCH);
        command.moveTo(CommandStatus.BREWING, Instant.EPOCH);
        command.moveTo(CommandStatus.COMPLETE, Instant.EPOCH);
        assertThatThrownBy(() -> command.moveTo(CommandStatus.BREWING, Instant.EPOCH))
                .isInstanceOf(IllegalTransitionException.class)
                .satisfies(e -> assertThat(((IllegalTransitionException) e).current()).isEqualTo(CommandStatus.COMPLETE))
                .hasMessageContaining("is complete and cannot become brewing");
    }
}
