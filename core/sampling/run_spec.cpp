// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sampling/run_spec.h"

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/sha256.h"

namespace patchdiff::sampling {

using nlohmann::json;

namespace {

// Version 1 (until 0.x): DDPM or DDIM as a boolean, every other field as today.
SamplerSettings settings_from_v1(const json& smp) {
  SamplerSettings s;
  s.solver = smp.at("use_ddim").get<bool>() ? "ddim" : "ddpm";
  s.eta = smp.at("eta").get<double>();
  s.guidance_scale = smp.at("guidance_scale").get<double>();
  s.dynamic_threshold = threshold_mode_from_string(smp.at("dynamic_threshold").get<std::string>());
  s.clip_denoised = smp.at("clip_denoised").get<bool>();
  s.timestep_respacing = smp.at("timestep_respacing").get<std::string>();
  s.snr_splits = smp.at("snr_splits").get<std::vector<double>>();
  return s;
}

}  // namespace

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
  j["format"] = "patchdiff-run/2";
  j["patchdiff_version"] = PATCHDIFF_VERSION;
  json checkpoints = json::array();
  for (const auto& c : s.checkpoints)
    checkpoints.push_back({{"path", c.path}, {"sha256", c.sha256}, {"entry", c.entry}, {"flags", c.flags}});
  j["checkpoints"] = checkpoints;
  j["sampler"] = json::parse(to_json(s.settings));
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
    const std::string format = j.value("format", "");
    if (format != "patchdiff-run/1" && format != "patchdiff-run/2")
      throw ConfigError("not a patchdiff run description (format '" + format + "')");
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
    s.settings = format == "patchdiff-run/1" ? settings_from_v1(smp) : sampler_settings_from_json(smp.dump());
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
