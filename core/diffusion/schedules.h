// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Noise schedules (betas) by name, in float64 exactly as the original computes them
// (guided-diffusion's get_named_beta_schedule, with Patch Diffusion's `linearX`).
#include <string>
#include <vector>

namespace patchdiff::diffusion {

// numpy.linspace(start, stop, num) in float64: start + i*step with step = (stop-start)/(num-1)
// and the last entry set to stop exactly (numpy's formula, so the bits match).
std::vector<double> linspace(double start, double stop, int num);

// `linear` (0.02 at T = 1000), `linearX` (X in place of 0.02, e.g. `linear0.025`) or
// `cosine` (Nichol & Dhariwal 2021, eq. 17, betas clipped at 0.999) for T steps.
// Throws ConfigError for other names or T < 1.
std::vector<double> beta_schedule(const std::string& name, int num_timesteps);

}  // namespace patchdiff::diffusion
