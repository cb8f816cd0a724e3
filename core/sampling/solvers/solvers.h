// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The step functions of the solver table (core/sampling/solver_registry.cpp), one per file.
#include "core/sampling/solver.h"

namespace patchdiff::sampling::solvers {

// Ho et al. 2020 ancestral sampling, as guided-diffusion's p_sample (learned-range variance).
StepOutput ddpm_step(const StepContext& ctx, const torch::Tensor& x, SolverState& state);
// Song et al. 2021 (DDIM), eq. 12 with sigma from eta, as guided-diffusion's ddim_sample.
StepOutput ddim_step(const StepContext& ctx, const torch::Tensor& x, SolverState& state);
// Karras et al. 2022 (arXiv 2206.00364) Algorithm 1, first order: DDIM eta 0 in sigma.
StepOutput euler_step(const StepContext& ctx, const torch::Tensor& x, SolverState& state);
// Euler with ancestral noise (k-diffusion sample_euler_ancestral).
StepOutput euler_ancestral_step(const StepContext& ctx, const torch::Tensor& x, SolverState& state);
// Karras et al. 2022 Algorithm 1: Heun's method, two denoiser passes per step.
StepOutput heun_step(const StepContext& ctx, const torch::Tensor& x, SolverState& state);
// Lu et al. 2022 (arXiv 2211.01095) Algorithm 2: DPM-Solver++(2M).
StepOutput dpmpp_2m_step(const StepContext& ctx, const torch::Tensor& x, SolverState& state);
// DPM-Solver++(2M) SDE (k-diffusion sample_dpmpp_2m_sde, midpoint), eta from the settings.
StepOutput dpmpp_2m_sde_step(const StepContext& ctx, const torch::Tensor& x, SolverState& state);
// Zhao et al. 2023 (arXiv 2302.04867): UniPC, B(h) = e^-h - 1, data prediction.
StepOutput unipc_step(const StepContext& ctx, const torch::Tensor& x, SolverState& state);

}  // namespace patchdiff::sampling::solvers
