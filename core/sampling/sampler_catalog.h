// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The solver and schedule registries as plain values (no torch): what a sampler box lists
// and what a run description names. The step functions are in core/sampling/solver.h, the
// schedules in core/sampling/schedule.h.
#include <string>
#include <vector>

namespace patchdiff::sampling {

struct SolverInfo {
  std::string id;               // "ddpm", "ddim": the RunSpec/CLI/QSettings name
  std::string title;            // "DDPM (ancestral)", shown in the studio
  bool draws_noise = false;     // uses the seeded step noise (DDIM: only with eta > 0)
  bool uses_eta = false;        // reads SamplerSettings::eta
  int evaluations_per_step = 1; // network passes per step (x2 when guiding)
};

// Every registered solver, in the order a sampler box shows them.
const std::vector<SolverInfo>& solver_infos();
// ConfigError naming the known ids when `id` is not one.
const SolverInfo& solver_info(const std::string& id);

// Schedule names (which timesteps a run visits), in display order; "uniform" is the
// original's respacing. ConfigError from check_schedule naming the known ones.
const std::vector<std::string>& schedule_names();
void check_schedule(const std::string& name);

}  // namespace patchdiff::sampling
