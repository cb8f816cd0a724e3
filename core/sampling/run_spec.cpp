// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sampling/run_spec.h"

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/sha256.h"
#include "core/model/flags.h"

namespace patchdiff::sampling {

using nlohmann::json;

const char* to_string(ThresholdMode mode) {
  switch (mode) {
    case ThresholdMode::Auto: return "auto";
    case ThresholdMode::On: return "on";
    case ThresholdMode::Off: return "off";
  }
  return "auto";
}

ThresholdMode threshold_mode_from_string(const std::string& text) {
  if (text == "auto") return ThresholdMode::Auto;
  if (text == "on") return ThresholdMode::On;
  if (text == "off") return ThresholdMode::Off;
  try {
    return model::parse_bool("dynamic_threshold", text) ? ThresholdMode::On : ThresholdMode::Off;
  } catch (const ConfigError&) {
    throw ConfigError("--dynamic_threshold must be auto, on or off, got '" + text + "'");
  }
}

CheckpointRef checkpoint_ref(const model::LoadedModel& m) {
  CheckpointRef ref;
  ref.path = m.path;
  ref.sha256 = io::sha256_file_hex(m.path);
  ref.entry = m.entry;
  for (const auto& [name, flag] : m.config.flags) ref.flags[name] = flag.value;
  return ref;
}

std::string to_json(const RunSpec& s) {
  json j;
  j["format"] = "patchdiff-run/1";
  j["patchdiff_version"] = PATCHDIFF_VERSION;
  json checkpoints = json::array();
  for (const auto& c : s.checkpoints)
    checkpoints.push_back({{"path", c.path}, {"sha256", c.sha256}, {"entry", c.entry}, {"flags", c.flags}});
  j["checkpoints"] = checkpoints;
  j["sampler"] = {{"use_ddim", s.settings.use_ddim},
                  {"eta", s.settings.eta},
                  {"guidance_scale", s.settings.guidance_scale},
                  {"dynamic_threshold", to_string(s.settings.dynamic_threshold)},
                  {"clip_denoised", s.settings.clip_denoised},
                  {"timestep_respacing", s.timestep_respacing},
                  {"snr_splits", s.snr_splits}};
  j["seed"] = s.seed;
  j["device"] = s.device;
  j["precision"] = s.precision;
  j["injected_noise"] = s.injected_noise;
  j["image_index"] = s.image_index;
  if (s.label >= 0) {
    j["label"] = s.label;
    j["class_name"] = s.class_name;
  }
  return j.dump();
}

RunSpec run_spec_from_json(const std::string& text) {
  try {
    const json j = json::parse(text);
    if (j.value("format", "") != "patchdiff-run/1")
      throw ConfigError("not a patchdiff run description (format '" + j.value("format", "") + "')");
    RunSpec s;
    for (const auto& c : j.at("checkpoints")) {
      CheckpointRef ref;
      ref.path = c.at("path").get<std::string>();
      ref.sha256 = c.value("sha256", "");
      ref.entry = c.value("entry", "");
      ref.flags = c.at("flags").get<std::map<std::string, std::string>>();
      s.checkpoints.push_back(ref);
    }
    if (s.checkpoints.empty()) throw ConfigError("the run names no checkpoint");
    const auto& smp = j.at("sampler");
    s.settings.use_ddim = smp.at("use_ddim").get<bool>();
    s.settings.eta = smp.at("eta").get<double>();
    s.settings.guidance_scale = smp.at("guidance_scale").get<double>();
    s.settings.dynamic_threshold = threshold_mode_from_string(smp.at("dynamic_threshold").get<std::string>());
    s.settings.clip_denoised = smp.at("clip_denoised").get<bool>();
    s.timestep_respacing = smp.at("timestep_respacing").get<std::string>();
    s.snr_splits = smp.at("snr_splits").get<std::vector<double>>();
    s.seed = j.at("seed").get<uint64_t>();
    s.device = j.value("device", "cpu");
    s.precision = j.value("precision", "float32");
    s.injected_noise = j.value("injected_noise", false);
    s.image_index = j.at("image_index").get<int64_t>();
    s.label = j.value("label", int64_t(-1));
    s.class_name = j.value("class_name", "");
    return s;
  } catch (const json::exception& e) {
    throw ConfigError(std::string("the run description is malformed: ") + e.what());
  }
}

}  // namespace patchdiff::sampling
