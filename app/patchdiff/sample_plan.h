// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What `patchdiff sample` says before and early in a run: what it is about to do, and once
// the first steps are timed, roughly how long it will take. The original's defaults (10,000
// images x 1,000 steps) run for days on a CPU: a user must hear that before waiting.
#include <cstdint>
#include <string>

namespace patchdiff::cli {

struct SamplePlan {
  int64_t num_samples = 0, batch_size = 0;
  int steps = 0;                 // per image, after respacing
  int diffusion_steps = 0;       // before respacing
  std::string method;            // DDPM or DDIM
  std::string device, save_dir;
  bool count_is_default = false;  // --num_samples not given
  bool steps_are_default = false; // --timestep_respacing not given
};

int64_t batch_count(const SamplePlan& plan);

// Lines on stderr: the plan, and a note when the original's long defaults are in use.
void print_sample_plan(const SamplePlan& plan);

// "estimated time: about ..." from the mean time of the steps timed so far.
void print_sample_estimate(const SamplePlan& plan, double seconds_per_step);

}  // namespace patchdiff::cli
