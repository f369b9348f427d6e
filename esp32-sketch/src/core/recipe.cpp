#include "recipe.h"

namespace filspresso {

namespace {
constexpr int kMinVolumeMl = 5;
constexpr int kMinTemperatureC = 70;
constexpr int kMaxTemperatureC = 96;
constexpr int kMaxPreInfusionMs = 10000;

RecipeCheck refuse(const char* field, std::string reason) { return RecipeCheck{false, field, std::move(reason)}; }
}  // namespace

int canonicalVolumeMl(const std::string& variant) {
    if (variant == "ristretto") return 25;
    if (variant == "espresso") return 40;
    if (variant == "lungo") return 110;
    return 0;
}

RecipeCheck checkRecipe(const Recipe& recipe) {
    if (recipe.capsuleType != "original") {
        return refuse("capsule_type", "this accessory fits Original machines, not " + recipe.capsuleType);
    }
    int canonical = canonicalVolumeMl(recipe.capsuleVariant);
    if (canonical == 0) {
        return refuse("capsule_variant", "unknown cup size " + recipe.capsuleVariant);
    }
    int maxVolume = canonical * 5 / 4;
    if (recipe.volumeMl < kMinVolumeMl || recipe.volumeMl > maxVolume) {
        return refuse("volume_ml", "a " + recipe.capsuleVariant + " is " + std::to_string(kMinVolumeMl) + " to " +
                                       std::to_string(maxVolume) + " ml");
    }
    if (recipe.temperatureC < kMinTemperatureC || recipe.temperatureC > kMaxTemperatureC) {
        return refuse("temperature_c", "temperature must be 70 to 96 C");
    }
    if (recipe.preInfusionMs < 0 || recipe.preInfusionMs > kMaxPreInfusionMs) {
        return refuse("pre_infusion_ms", "pre-infusion must be 0 to 10000 ms");
    }
    return RecipeCheck{};
}

}  // namespace filspresso
