// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The step functions of the solver table (core/sampling/solver_registry.cpp), one per file.
#include "core/sampling/solver.h"

namespace patchdiff::sampling::solvers {

// Ho et al. 2020 ancestral sampling, as guided-diffusion's p_sample (learned-range variance).
StepOutput ddpm_step(const StepContext& ctx, const torch::Tensor& x, SolverState& state);
// Song et al. 2021 (DDIM), eq. 12 with sigma from eta, as guided-diffusion's ddim_sample.
StepOutput ddim_step(const StepContext& ctx, const torch::Tensor& x, SolverState& state);

}  // namespace patchdiff::sampling::solvers
