#include <gtest/gtest.h>

#include "bench.h"

namespace filspresso {
namespace {

using Stage = BrewProcess::Stage;

TEST(BrewProcess, StartUpHomesTheMagazineFromWhereverItStopped) {
    Bench bench;
    ASSERT_FALSE(bench.rig.hardware().magazineHome.active());
    bench.boot();
    EXPECT_EQ(bench.process.stage(), Stage::Idle);
    EXPECT_TRUE(bench.rig.hardware().magazineHome.active());
    EXPECT_EQ(bench.rig.hardware().magazine.position(), 0);
    EXPECT_FALSE(bench.process.needsService());
}

TEST(BrewProcess, ALungoGoesThroughEveryStageAndEndsHomeWithTheCapsuleEjected) {
    Bench bench;
    bench.boot();
    Outcome outcome = bench.brew(recipe("lungo", 110));

    ASSERT_TRUE(outcome.complete) << outcome.error;
    EXPECT_EQ(bench.stages, (std::vector<Stage>{Stage::Picking, Stage::Inserting, Stage::Brewing, Stage::Ejecting, Stage::Idle}));
    EXPECT_NEAR(outcome.volumeMl, 110, 2);
    EXPECT_NEAR(bench.rig.cupMl(), 110, 2);
    EXPECT_GT(outcome.durationMs, 110 * 400);
    EXPECT_FALSE(bench.magazine.loaded(bench.slot)) << "the slot is used up";
    EXPECT_FALSE(bench.rig.slotHasCapsule(bench.slot));
    EXPECT_EQ(bench.rig.capsulesEjected(), 2) << "the previous capsule on insertion, this one after brewing";
    EXPECT_TRUE(bench.rig.hardware().magazineHome.active());
    EXPECT_TRUE(bench.rig.hardware().leverClosed.active());
    EXPECT_FALSE(bench.rig.machineBrewing());
}

TEST(BrewProcess, AnEspressoIsStoppedByPressingAgainAtItsVolume) {
    Bench bench;
    bench.boot();
    Outcome outcome = bench.brew(recipe("espresso", 40));
    ASSERT_TRUE(outcome.complete) << outcome.error;
    EXPECT_NEAR(outcome.volumeMl, 40, 1.5);
    EXPECT_EQ(bench.rig.buttonPresses(), 2) << "one to start, one to stop";
}

TEST(BrewProcess, PreInfusionPausesTheFlowForTheAskedTime) {
    Bench plain, infused;
    plain.boot();
    infused.boot();
    Outcome without = plain.brew(recipe("espresso", 40));
    Outcome with = infused.brew(recipe("espresso", 40, 3000));
    ASSERT_TRUE(with.complete) << with.error;
    EXPECT_EQ(infused.rig.buttonPresses(), 4) << "start, pause, resume, stop";
    EXPECT_NEAR(with.volumeMl, 40, 1.5);
    EXPECT_GE(with.durationMs - without.durationMs, 3000);
}

TEST(BrewProcess, WhenTheMachineStopsByItselfTheVolumeReportedIsWhatReachedTheCup) {
    Bench bench;
    bench.boot();
    Outcome outcome = bench.brew(recipe("lungo", 130));  // the machine's lungo button stops at 110
    ASSERT_TRUE(outcome.complete) << outcome.error;
    EXPECT_NEAR(outcome.volumeMl, 111, 1.5);
    EXPECT_EQ(bench.rig.buttonPresses(), 1);
}

TEST(BrewProcess, ACapsuleThatDoesNotDropIsTriedThreeTimesThenPickFailed) {
    Faults faults;
    faults.pickJams = true;
    Bench bench(faults);
    bench.boot();
    uint32_t started = bench.clock.now;
    Outcome outcome = bench.brew(recipe("espresso", 40));
    EXPECT_FALSE(outcome.complete);
    EXPECT_EQ(outcome.error, "pick_failed");
    EXPECT_EQ(outcome.stage, "picking");
    EXPECT_FALSE(outcome.operatorAlert) << "an empty or jammed slot needs a refill, not a technician";
    EXPECT_GE(bench.clock.now - started, 3 * static_cast<uint32_t>(bench.calibration.pickTimeoutMs));
    EXPECT_FALSE(bench.magazine.loaded(bench.slot));
    EXPECT_EQ(bench.rig.buttonPresses(), 0);
    EXPECT_EQ(bench.process.stage(), Stage::Error);
    EXPECT_FALSE(bench.process.needsService());
}

TEST(BrewProcess, AButtonPressThatDoesNothingIsRetriedOnceThenButtonNoResponse) {
    Faults faults;
    faults.buttonDead = true;
    Bench bench(faults);
    bench.boot();
    Outcome outcome = bench.brew(recipe("espresso", 40));
    EXPECT_EQ(outcome.error, "button_no_response");
    EXPECT_EQ(outcome.stage, "brewing");
    EXPECT_EQ(bench.rig.buttonPresses(), 2);
}

TEST(BrewProcess, ALightSayingReadyWhileTheCupFillsIsASensorDisagreementThatCallsAPerson) {
    Faults faults;
    faults.ledStuckSteady = true;
    Bench bench(faults);
    bench.boot();
    Outcome outcome = bench.brew(recipe("lungo", 110));
    EXPECT_EQ(outcome.error, "sensor_disagreement");
    EXPECT_TRUE(outcome.operatorAlert);
    EXPECT_TRUE(bench.rig.alertOn());
    EXPECT_TRUE(bench.process.needsService());

    bench.process.reset(bench.clock.now);
    bench.runUntil([&] { return bench.process.stage() == Stage::Idle; }, 20000);
    EXPECT_EQ(bench.process.preflight(-1, bench.clock.now).error, "accessory_needs_service") << "until someone has looked";
    bench.process.acknowledge();
    EXPECT_FALSE(bench.rig.alertOn());
    EXPECT_TRUE(bench.process.preflight(-1, bench.clock.now).ok);
}

TEST(BrewProcess, AMachineThatRunsWithoutFillingTheCupIsASensorDisagreement) {
    Faults faults;
    faults.noFlow = true;
    Bench bench(faults);
    bench.boot();
    Outcome outcome = bench.brew(recipe("espresso", 40));
    EXPECT_EQ(outcome.error, "sensor_disagreement");
    EXPECT_TRUE(outcome.operatorAlert);
    EXPECT_EQ(bench.rig.buttonPresses(), 1) << "pressing again would stop or restart a running machine";
}

struct TimeoutCase {
    const char* name;
    Faults faults;
    const char* error;
    const char* stage;
    bool alert;
};

Faults with(bool Faults::*fault) {
    Faults faults;
    faults.*fault = true;
    return faults;
}

class MotionTimeout : public ::testing::TestWithParam<TimeoutCase> {};

TEST_P(MotionTimeout, EndsTheBrewWithItsReason) {
    const TimeoutCase& c = GetParam();
    Bench bench(c.faults);
    bench.boot();
    Outcome outcome = bench.brew(recipe("espresso", 40));
    EXPECT_FALSE(outcome.complete);
    EXPECT_EQ(outcome.error, c.error);
    EXPECT_EQ(outcome.stage, c.stage);
    EXPECT_EQ(outcome.operatorAlert, c.alert);
    EXPECT_EQ(bench.rig.alertOn(), c.alert);
}

INSTANTIATE_TEST_SUITE_P(
    EveryMotion, MotionTimeout,
    ::testing::Values(TimeoutCase{"leverUp", with(&Faults::leverStuck), "lever_stuck", "inserting", true},
                      TimeoutCase{"loader", with(&Faults::loaderJams), "capsule_jammed", "inserting", true},
                      TimeoutCase{"leverDown", with(&Faults::leverWontClose), "lever_not_closed", "inserting", true},
                      TimeoutCase{"heating", with(&Faults::neverReady), "machine_not_ready", "brewing", false},
                      TimeoutCase{"slowFlow", with(&Faults::slowFlow), "brew_timeout", "brewing", true},
                      TimeoutCase{"noStop", with(&Faults::stopIgnored), "machine_did_not_stop", "brewing", true}),
    [](const ::testing::TestParamInfo<TimeoutCase>& info) { return std::string(info.param.name); });

TEST(BrewProcess, AMagazineThatStopsTurningIsMagazineStuck) {
    Bench bench;
    bench.boot();
    for (int slot = 0; slot < 3; ++slot) bench.magazine.markEmpty(slot);  // slot 3 is away from home
    bench.rig.faults().magazineStuck = true;
    Outcome outcome = bench.brew(recipe("espresso", 40));
    EXPECT_EQ(outcome.error, "magazine_stuck");
    EXPECT_EQ(outcome.stage, "picking");
    EXPECT_TRUE(outcome.operatorAlert);
    EXPECT_EQ(bench.rig.buttonPresses(), 0);
}

TEST(BrewProcess, AMagazineThatCannotHomeAtStartUpNeedsService) {
    Bench bench(with(&Faults::magazineStuck));
    bench.process.reset(bench.clock.now);
    bench.runUntil([&] { return bench.process.stage() != Stage::Reset; }, 30000);
    EXPECT_EQ(bench.process.stage(), Stage::Error);
    EXPECT_TRUE(bench.process.needsService());
    EXPECT_TRUE(bench.rig.alertOn());
    EXPECT_EQ(bench.process.preflight(-1, bench.clock.now).error, "accessory_needs_service");
}

TEST(BrewProcess, PreflightRefusesBeforeAnythingMoves) {
    Bench dry(with(&Faults::waterLow));
    dry.boot();
    EXPECT_EQ(dry.process.preflight(-1, dry.clock.now).error, "water_low");

    Bench off(with(&Faults::machineOff));
    off.boot();
    EXPECT_EQ(off.process.preflight(-1, off.clock.now).error, "machine_off");

    Bench bench;
    bench.boot();
    bench.magazine.markEmpty(2);
    Preflight emptySlot = bench.process.preflight(2, bench.clock.now);
    EXPECT_EQ(emptySlot.error, "magazine_empty");
    EXPECT_EQ(emptySlot.detail, "slot 2 is empty");
    EXPECT_EQ(bench.process.preflight(3, bench.clock.now).slot, 3) << "the slot the server named";
    EXPECT_EQ(bench.process.preflight(-1, bench.clock.now).slot, 0) << "any loaded slot otherwise";
    for (int slot = 0; slot < Magazine::kSlots; ++slot) bench.magazine.markEmpty(slot);
    EXPECT_EQ(bench.process.preflight(-1, bench.clock.now).error, "magazine_empty");

    Bench lifted;
    lifted.boot();
    lifted.rig.hardware().lever.write(lifted.calibration.leverOpenDeg);
    lifted.runUntil([] { return false; }, 1000);
    EXPECT_EQ(lifted.process.preflight(-1, lifted.clock.now).error, "not_home");
    EXPECT_EQ(lifted.rig.buttonPresses(), 0);
}

TEST(BrewProcess, BrewsOneAfterAnotherFromTheNextSlots) {
    Bench bench;
    bench.boot();
    for (int expectedSlot = 0; expectedSlot < 3; ++expectedSlot) {
        Outcome outcome = bench.brew(recipe("ristretto", 25));
        ASSERT_TRUE(outcome.complete) << outcome.error;
        EXPECT_EQ(bench.slot, expectedSlot);
        EXPECT_NEAR(outcome.volumeMl, 25, 1.5);
    }
    EXPECT_EQ(bench.magazine.count(), 5);
}

}  // namespace
}  // namespace filspresso
