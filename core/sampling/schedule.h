// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Schedules, separate from solvers (k-diffusion's get_sigmas_*, ComfyUI's scheduler names):
// a schedule gives the points a run visits, noisiest first; any solver walks them.
#include <string>
#include <vector>

#include "core/diffusion/gaussian_diffusion.h"
#include "core/sampling/denoiser.h"

namespace patchdiff::sampling {

// The points of schedule `name` over the respaced diffusion (its timestep_respacing gives
// the step count and, for "uniform", the timesteps themselves). ConfigError for an unknown name.
std::vector<EvalPoint> schedule_points(const std::string& name, const diffusion::GaussianDiffusion& respaced);

}  // namespace patchdiff::sampling
