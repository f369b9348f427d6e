#pragma once
#include <string>

namespace filspresso {

/** How to brew: the contract's recipe object. */
struct Recipe {
    int volumeMl = 0;
    int temperatureC = 0;
    int preInfusionMs = 0;
    std::string capsuleType;
    std::string capsuleVariant;
};

/** Whether a recipe may be brewed here, and if not which field is wrong and why. */
struct RecipeCheck {
    bool ok = true;
    std::string field;
    std::string reason;
};

/**
 * The same rules as the server (RecipeRules), checked again before any motion: this accessory
 * fits Original machines only, and its cup sizes are those with a canonical Original volume.
 */
RecipeCheck checkRecipe(const Recipe& recipe);

/** The canonical Original volume of a cup size (ristretto 25, espresso 40, lungo 110), or 0. */
int canonicalVolumeMl(const std::string& variant);

}  // namespace filspresso
