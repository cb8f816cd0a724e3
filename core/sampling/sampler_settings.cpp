// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sampling/sampler_settings.h"

#include <locale>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/json_number.h"
#include "core/model/comma_list.h"
#include "core/model/flags.h"
#include "core/sampling/sampler_catalog.h"

namespace patchdiff::sampling {

using nlohmann::json;

namespace {

std::string number_text(double value) {
  std::ostringstream out;
  out.imbue(std::locale::classic());
  out << value;
  return out.str();
}

std::string splits_text(const std::vector<double>& splits) {
  std::string out;
  for (double s : splits) out += (out.empty() ? "" : ",") + number_text(s);
  return out;
}

}  // namespace

bool SamplerSettings::operator==(const SamplerSettings& o) const {
  return solver == o.solver && eta == o.eta && order == o.order && schedule == o.schedule &&
         timestep_respacing == o.timestep_respacing && snr_splits == o.snr_splits &&
         guidance_scale == o.guidance_scale && dynamic_threshold == o.dynamic_threshold &&
         clip_denoised == o.clip_denoised && strength == o.strength && repaint_jumps == o.repaint_jumps &&
         repaint_jump_length == o.repaint_jump_length;
}

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
    throw ConfigError(
        Message(PATCHDIFF_TR_NOOP("core", "--dynamic_threshold must be auto, on or off, got '%1'"), {text}));
  }
}

std::string to_json(const SamplerSettings& s) {
  const json j = {{"solver", s.solver},
                  {"eta", s.eta},
                  {"order", s.order},
                  {"schedule", s.schedule},
                  {"timestep_respacing", s.timestep_respacing},
                  {"snr_splits", s.snr_splits},
                  {"guidance_scale", s.guidance_scale},
                  {"dynamic_threshold", to_string(s.dynamic_threshold)},
                  {"clip_denoised", s.clip_denoised},
                  {"strength", s.strength},
                  {"repaint_jumps", s.repaint_jumps},
                  {"repaint_jump_length", s.repaint_jump_length}};
  return j.dump();
}

SamplerSettings sampler_settings_from_json(const std::string& text) {
  SamplerSettings s;
  try {
    const json j = json::parse(text);
    s.solver = j.value("solver", s.solver);
    s.eta = j.value("eta", s.eta);
    s.order = io::json_integer_or<int>(j, "order", s.order, "order");
    s.schedule = j.value("schedule", s.schedule);
    s.timestep_respacing = j.value("timestep_respacing", s.timestep_respacing);
    s.snr_splits = j.value("snr_splits", s.snr_splits);
    s.guidance_scale = j.value("guidance_scale", s.guidance_scale);
    s.dynamic_threshold = threshold_mode_from_string(j.value("dynamic_threshold", std::string("auto")));
    s.clip_denoised = j.value("clip_denoised", s.clip_denoised);
    s.strength = j.value("strength", s.strength);
    s.repaint_jumps = io::json_integer_or<int>(j, "repaint_jumps", s.repaint_jumps, "repaint_jumps");
    s.repaint_jump_length = io::json_integer_or<int>(j, "repaint_jump_length", s.repaint_jump_length, "repaint_jump_length");
  } catch (const json::exception& e) {
    throw ConfigError(
        Message(PATCHDIFF_TR_NOOP("core", "the sampler settings are malformed: %1"), {std::string(e.what())}));
  }
  validate(s);
  return s;
}

std::string to_string(const SamplerSettings& s) {
  return "solver=" + s.solver + " eta=" + number_text(s.eta) + " order=" + std::to_string(s.order) +
         " schedule=" + s.schedule + " timestep_respacing=" + s.timestep_respacing +
         " snr_splits=" + splits_text(s.snr_splits) + " guidance_scale=" + number_text(s.guidance_scale) +
         " dynamic_threshold=" + to_string(s.dynamic_threshold) +
         " clip_denoised=" + (s.clip_denoised ? "True" : "False") + " strength=" + number_text(s.strength) +
         " repaint_jumps=" + std::to_string(s.repaint_jumps) +
         " repaint_jump_length=" + std::to_string(s.repaint_jump_length);
}

SamplerSettings sampler_settings_from_string(const std::string& text) {
  SamplerSettings s;
  std::istringstream in(text);
  std::string item;
  while (in >> item) {
    const auto eq = item.find('=');
    if (eq == std::string::npos || eq == 0)
      throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "sampler settings: '%1' is not name=value"), {item}));
    const std::string name = item.substr(0, eq), value = item.substr(eq + 1);
    if (name == "solver") s.solver = value;
    else if (name == "eta") s.eta = model::parse_double(name, value);
    else if (name == "order") s.order = static_cast<int>(model::parse_int(name, value));
    else if (name == "schedule") s.schedule = value;
    else if (name == "timestep_respacing") s.timestep_respacing = value;
    else if (name == "snr_splits") {
      s.snr_splits.clear();
      for (const auto& v : model::split_commas(value)) s.snr_splits.push_back(model::parse_double(name, v));
    } else if (name == "guidance_scale") s.guidance_scale = model::parse_double(name, value);
    else if (name == "dynamic_threshold") s.dynamic_threshold = threshold_mode_from_string(value);
    else if (name == "clip_denoised") s.clip_denoised = model::parse_bool(name, value);
    else if (name == "strength") s.strength = model::parse_double(name, value);
    else if (name == "repaint_jumps") s.repaint_jumps = static_cast<int>(model::parse_int(name, value));
    else if (name == "repaint_jump_length") s.repaint_jump_length = static_cast<int>(model::parse_int(name, value));
    else throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "sampler settings: unknown setting '%1'"), {name}));
  }
  validate(s);
  return s;
}

void validate(const SamplerSettings& s) {
  const SolverInfo& info = solver_info(s.solver);  // throws naming the known solvers
  check_schedule(s.schedule);
  if (!(s.eta >= 0.0))
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "eta must be 0 or positive, got %1"), {number_text(s.eta)}));
  if (s.order < 0 || s.order > 3)
    throw ConfigError(Message(
        PATCHDIFF_TR_NOOP("core", "the solver order must be 0 (the solver's default), 1, 2 or 3, got %1"),
        {std::to_string(s.order)}));
  if (!(s.strength > 0.0 && s.strength <= 1.0))
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core",
                                                "the strength must be in (0, 1] (1: from noise; near 0: the input "
                                                "image almost unchanged), got %1"),
                              {number_text(s.strength)}));
  if (s.repaint_jumps < 0 || s.repaint_jumps > 100)
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "repaint_jumps must be 0 (no resampling) to 100, got %1"),
                              {std::to_string(s.repaint_jumps)}));
  if (s.repaint_jump_length < 1 || s.repaint_jump_length > 1000)
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "repaint_jump_length must be 1 to 1000 steps, got %1"),
                              {std::to_string(s.repaint_jump_length)}));
  if (s.schedule != "uniform" && info.table_steps_only)
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core",
                                                "the %1 sampler runs on the respaced table's steps only: use "
                                                "--schedule uniform, or a solver such as euler or dpmpp_2m for "
                                                "schedule '%2'"),
                              {s.solver, s.schedule}));
}

}  // namespace patchdiff::sampling
