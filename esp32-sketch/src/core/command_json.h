#pragma once
#include <string>

#include "recipe.h"

namespace filspresso {

/** A command handed out by check. */
struct Work {
    long long commandId = 0;
    Recipe recipe;
    bool executeAllowed = false;
    int slot = -1;  // accessory_instructions.slot, or -1: any loaded slot
};

/**
 * The result of reading check's 200 body. A reply without a usable command_id cannot be answered
 * at all; one with a command_id but a broken recipe is answered "failed" with the field named.
 */
struct ParsedWork {
    enum class Kind { Ok, Unusable, BadRecipe } kind = Kind::Unusable;
    Work work;
    std::string field;   // for BadRecipe
    std::string reason;  // for Unusable and BadRecipe
};

ParsedWork parseWork(const std::string& body);

/** What the accessory reports in update's meta. */
struct Report {
    std::string status;  // brewing | complete | failed
    std::string error;   // failed: the reason code, e.g. pick_failed
    std::string detail;  // optional words for people
    std::string field;   // invalid_recipe: the recipe field
    std::string stage;   // where it happened: picking, inserting, brewing...
    int actualVolumeMl = -1;
    long durationMs = -1;
    bool operatorAlert = false;
    std::string note;    // e.g. the machine brews at its own temperature
};

/** The body of POST /api/commands/update/{id}: {"status": ..., "meta": {...}}. */
std::string reportBody(const Report& report);

}  // namespace filspresso
