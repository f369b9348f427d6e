package org.filspresso.iot.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkHintsTest {

    private final WorkHints hints = new WorkHints();

    @Test
    void aDeviceNeverLookedAtMayHaveWork() {
        assertThat(hints.mayHaveWork(7)).isTrue();
    }

    @Test
    void aDeviceFoundIdleHasNoWorkUntilSomethingIsAnnouncedForIt() {
        hints.noOpenCommands(7, hints.mark(7));
        assertThat(hints.mayHaveWork(7)).isFalse();

        hints.workFor(8);
        assertThat(hints.mayHaveWork(7)).as("news of another device").isFalse();

        hints.workFor(7);
        assertThat(hints.mayHaveWork(7)).isTrue();
    }

    @Test
    void aLookThatOverlappedAnAnnouncementDoesNotMarkTheDeviceIdle() {
        long mark = hints.mark(7);
        hints.workFor(7); // committed while the look was reading, perhaps too late for it to see
        hints.noOpenCommands(7, mark);
        assertThat(hints.mayHaveWork(7)).isTrue();
    }

    @Test
    void newsOfAnotherDeviceDuringALookDoesNotMatter() {
        long mark = hints.mark(7);
        hints.workFor(8);
        hints.noOpenCommands(7, mark);
        assertThat(hints.mayHaveWork(7)).isFalse();
    }
}
