// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Solvers as a table of small step functions over a denoiser (k-diffusion's sample_*,
// stable-diffusion.cpp's one function per method). A step takes x at schedule point k to
// point k+1; what a multistep solver remembers lives in a SolverState value that the loop
// hands from step to step, that each step record carries, and that a branch starts from.
// The loop (core/sampling/sampler) knows no solver by name. Adding a solver: one step
// function in core/sampling/solvers/, one row in core/sampling/solver_registry.cpp, tests.
#include <torch/torch.h>

#include <functional>
#include <vector>

#include "core/sampling/denoiser.h"
#include "core/sampling/sampler_settings.h"
#include "core/sampling/sampler_catalog.h"
#include "core/sampling/solver_state.h"

namespace patchdiff::sampling {

// Everything one step may read. `points` is the run's schedule, noisiest first; the step
// goes from points[index] to the point after it (EvalPoint::clean() after the last).
struct StepContext {
  const Denoiser& denoiser;
  const std::vector<EvalPoint>& points;
  int index = 0;
  const SamplerSettings& settings;
  // The seeded noise of this loop step [B, 3, H, W] on x's device; draws on first call.
  std::function<torch::Tensor()> noise;
  const EvalPoint& point() const { return points[static_cast<size_t>(index)]; }
  EvalPoint next_point() const {
    return index + 1 < static_cast<int>(points.size()) ? points[static_cast<size_t>(index) + 1]
                                                       : EvalPoint::clean();
  }
};

struct StepOutput {
  torch::Tensor x_next;  // x at the next point
  Denoised first;        // the step's first denoiser evaluation (what the observer shows)
};

using StepFunction = StepOutput (*)(const StepContext& ctx, const torch::Tensor& x, SolverState& state);

struct Solver {
  SolverInfo info;
  StepFunction step = nullptr;
};

// The registry: every solver, in display order. find_solver throws ConfigError naming the ids.
const std::vector<Solver>& solver_registry();
const Solver& find_solver(const std::string& id);

}  // namespace patchdiff::sampling
