#pragma once
#include "settings_store.h"

namespace filspresso {

/** Which of the 8 magazine slots hold a capsule, remembered across restarts. */
class Magazine {
public:
    static constexpr int kSlots = 8;
    static constexpr unsigned kAll = (1u << kSlots) - 1;

    explicit Magazine(SettingsStore& store) : store_(store), mask_(static_cast<unsigned>(store.getLong("magazine", 0)) & kAll) {}

    bool loaded(int slot) const { return slot >= 0 && slot < kSlots && (mask_ & (1u << slot)) != 0; }
    /** The first loaded slot, or -1 when empty. */
    int firstLoaded() const {
        for (int slot = 0; slot < kSlots; ++slot) {
            if (loaded(slot)) return slot;
        }
        return -1;
    }
    int count() const {
        int n = 0;
        for (int slot = 0; slot < kSlots; ++slot) n += loaded(slot) ? 1 : 0;
        return n;
    }
    void markEmpty(int slot) { save(mask_ & ~(1u << slot)); }
    /** Marks the slots of {@code mask} as loaded (the refilled button: all of them). */
    void refill(unsigned mask) { save(mask_ | (mask & kAll)); }

private:
    void save(unsigned mask) {
        mask_ = mask;
        store_.putLong("magazine", static_cast<long>(mask_));
    }

    SettingsStore& store_;
    unsigned mask_;
};

}  // namespace filspresso
