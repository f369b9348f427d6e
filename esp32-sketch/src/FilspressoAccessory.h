// The Filspresso brewing accessory: the portable core and, on the ESP32, its hardware adapters.
#pragma once
#include "core/accessory.h"
#include "core/brew_process.h"
#include "core/calibration.h"
#include "core/console.h"
#include "core/device_config.h"
#include "core/magazine.h"
#include "core/ota.h"
#include "core/server_api.h"
#ifdef ARDUINO
#include "esp32/esp32_hardware.h"
#include "esp32/esp32_network.h"
#include "esp32/ota_updater.h"
#include "esp32/pins.h"
#include "esp32/preferences_store.h"
#endif
