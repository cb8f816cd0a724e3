// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Compare mode: columns that differ in one thing and share everything else (seed, x_T,
// labels, sampler settings). Either 2 to 4 checkpoints (x_T is drawn at pixel resolution by
// SeededNoise, so every patch size sees the same x_T) or one checkpoint and 2 to 6 values
// of one sampling setting. Columns run one after another on the calling thread; the
// studio's worker and `patchdiff compare` share this code.
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <torch/types.h>

#include "core/inspect/compare_result.h"
#include "core/model/flags.h"
#include "core/sampling/sampler.h"
#include "core/sampling/step_record.h"

namespace patchdiff::inspect {

enum class Varied { Checkpoint, GuidanceScale, TimestepRespacing, Sampler, Eta, Schedule, Strength };

// "checkpoint", "guidance_scale", "timestep_respacing", "sampler", "eta", "schedule", "strength". The
// original's solver flag with False,True also reads, as sampler=ddpm,ddim; steps=10,20 reads as
// timestep_respacing=10,20.
const char* to_string(Varied varied);
// ConfigError listing the settings that can vary.
Varied varied_from_string(const std::string& name);

struct VarySpec {
  Varied setting = Varied::GuidanceScale;
  std::vector<std::string> values;  // as typed
};
// "guidance_scale=1,1.5,3" (also timestep_respacing=10,25,ddim50, sampler=ddpm,ddim,
// eta=0,0.5,1). ConfigError for an unknown setting, a value of the wrong type, or a count
// outside 2..6.
VarySpec parse_vary(const std::string& text);

inline constexpr int kMinCheckpoints = 2, kMaxCheckpoints = 4;
inline constexpr int kMinValues = 2, kMaxValues = 6;

struct CompareRequest {
  // Varied::Checkpoint: 2 to 4 checkpoints, one per column. Otherwise exactly one.
  std::vector<std::string> checkpoints;
  model::FlagValues model_flags;  // user model/diffusion flags for every checkpoint
  std::string entry;              // wrapped entry ("ema"), or empty for the default
  Varied varied = Varied::Checkpoint;
  std::vector<std::string> values;  // 2 to 6 values of the varied setting

  // Shared by every column (the varied setting overrides its own field); snr_splits unused.
  sampling::SamplerSettings settings;
  // Varying the sampler: true keeps settings.eta for every column, false gives each column
  // its solver's default eta (0, or 1 for dpmpp_2m_sde).
  bool eta_given = false;
  // Runs from input images (settings.strength, a mask): every column starts from them.
  // Varying the strength needs them.
  sampling::InitImages init_images;
  uint64_t seed = 0;
  std::vector<int64_t> class_labels;  // repeated to num_samples; empty: drawn from the seed as `sample` does
  int64_t num_samples = 1;            // images per column
  int64_t batch_size = 1;
  torch::Device device = torch::kCPU;
  int x0_every = 0;  // keep every k-th step's x0 prediction (and the last) for a scrubber; 0: none

  // Scoring: after its shown images, every column samples `score_images` more (classes
  // balanced, image i asking for class i mod C; x_T from the seed, the same for every
  // column), `score_batch_size` at a time, and `scorer` measures them (uint8 [N, H, W, 3]
  // and their classes, empty when unconditional). 0 images or no scorer: no scores.
  int64_t score_images = 0;
  int64_t score_batch_size = 25;
  std::function<ColumnScore(const torch::Tensor& images, const std::vector<int64_t>& labels)> scorer;
};

struct CompareProgress {
  int column = 0, num_columns = 0;
  int step = 0, num_steps = 0;  // loop index just finished in the current batch
  int64_t images_done = 0;      // images of this column finished before the current batch
  int64_t num_images = 0;
  bool scoring = false;         // the column's scored images, after its shown ones
  int64_t batch_images = 0;     // images in the running batch
};

struct CompareObserver {
  std::function<void(const CompareProgress&)> progress;  // after every step
  std::function<void(int column, const sampling::StepRecord&)> step;  // every step's record
  // Before the relative numbers are set, and before the column's scored images are made.
  std::function<void(const CompareColumn&)> column_done;
};

// Checks the column counts and the varied values without loading anything (ConfigError).
void validate_request(const CompareRequest& request);

// Loads the checkpoints (ConfigError when their image sizes or class counts differ), runs
// the columns and fills the table. `cancel` is polled between steps: throws Cancelled.
CompareResult run_compare(const CompareRequest& request, const CompareObserver& observer = {},
                          const std::atomic_bool* cancel = nullptr);

// The settings in the original's terms, "timestep_respacing=25 <its solver flag>=False eta=0
// guidance_scale=1.5" (respacing "" shows as the diffusion step count it means; solvers the
// original lacks show as "sampler=ID").
std::string settings_label(int num_steps, const sampling::SamplerSettings& settings);

}  // namespace patchdiff::inspect
