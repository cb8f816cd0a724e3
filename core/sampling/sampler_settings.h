// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A sampling job's description as plain values, without torch: which solver (and its
// options), which timesteps (schedule and respacing, split models), guidance, dynamic
// thresholding, clipping. The CLI, the studio (it embeds this type, QSettings included),
// RunSpec and compare all hold this one type. One JSON form and one text form.
#include <string>
#include <vector>

namespace patchdiff::sampling {

enum class ThresholdMode { Auto, On, Off };  // Auto: on exactly when guiding (sample script)

struct SamplerSettings {
  // Solver: an id of the solver registry (core/sampling/sampler_catalog.h) and its options.
  std::string solver = "ddpm";
  double eta = 0.0;  // stochasticity of solvers that take it (DDIM's eta)
  int order = 0;     // multistep order for solvers that take it; 0: the solver's default
  // Which timesteps a run visits: a schedule name (core/sampling/schedule.h) over the
  // original's respacing string ("" every diffusion step, "250", "ddim50", "10,20,30").
  std::string schedule = "uniform";
  std::string timestep_respacing;
  std::vector<double> snr_splits;  // boundaries between split models, high SNR first
  double guidance_scale = 1.5;     // the original sample script's default
  ThresholdMode dynamic_threshold = ThresholdMode::Auto;
  bool clip_denoised = true;
  // Starting from an image (core/sampling/image_condition.h): how much of the schedule to
  // walk, in (0, 1]; 1 is generation from noise (a run without an input image needs 1).
  double strength = 1.0;
  // Inpainting's resampling (RePaint): at every repaint_jump_length-th step, go back up that
  // many steps and come down again, repaint_jumps times; 0 jumps: none.
  int repaint_jumps = 0;
  int repaint_jump_length = 10;

  bool operator==(const SamplerSettings& o) const;
  bool operator!=(const SamplerSettings& o) const { return !(*this == o); }
};

const char* to_string(ThresholdMode mode);
ThresholdMode threshold_mode_from_string(const std::string& text);  // auto|on|off (+ bool forms)

// {"solver": "ddim", "eta": 0, "order": 0, "schedule": "uniform", "timestep_respacing": "25",
//  "snr_splits": [], "guidance_scale": 1.5, "dynamic_threshold": "auto", "clip_denoised": true,
//  "strength": 1, "repaint_jumps": 0, "repaint_jump_length": 10}
std::string to_json(const SamplerSettings& settings);
// Missing keys keep their defaults; ConfigError for malformed text or values.
SamplerSettings sampler_settings_from_json(const std::string& json_text);

// "solver=ddim eta=0 order=0 schedule=uniform timestep_respacing=25 snr_splits=
//  guidance_scale=1.5 dynamic_threshold=auto clip_denoised=True strength=1 repaint_jumps=0
//  repaint_jump_length=10" (one line, for QSettings and
// logs). Parsing accepts any subset of those keys in any order; ConfigError names a bad one.
std::string to_string(const SamplerSettings& settings);
SamplerSettings sampler_settings_from_string(const std::string& text);

// ConfigError unless the solver and schedule are known and the options are in range.
void validate(const SamplerSettings& settings);

}  // namespace patchdiff::sampling
