// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the sampling loop hands its observer at every step (guided-diffusion's
// p_sample_loop_progressive yields one such record per step).
#include <torch/types.h>

#include <functional>

#include "core/sampling/solver_state.h"

namespace patchdiff::sampling {

struct StepRecord {
  int index = 0;          // position in the loop: 0 = first (noisiest) step
  int num_steps = 0;      // steps in the respaced schedule
  int step = 0;           // respaced step index (num_steps - 1 - index); -1 between table entries
  int timestep = 0;       // original timestep the network saw
  double snr = 0.0;       // SNR at this step
  int model_index = 0;    // which split checkpoint ran (0 = highest-SNR model)
  torch::Tensor x_t;          // [B, 3, H, W] the step's input, float32 on the device
  torch::Tensor pred_xstart;  // [B, 3, H, W] processed x0 prediction (thresholded, clipped)
  torch::Tensor x_next;       // [B, 3, H, W] the step's output x_{t-1}
  torch::Tensor guidance_gap;     // [B] RMS(eps_c - eps_u), undefined without guidance
  torch::Tensor threshold_scale;  // [B] dynamic thresholding's s, undefined when off
  SolverState solver_state;  // the solver's state after this step (a branch from index + 1 starts from it)
  // The state this step started from (a branch from `index` starts from it; with RePaint's
  // jumps it is not the previous record's state, a jump in between cleared it).
  SolverState solver_state_before;
  double seconds = 0.0;   // wall time of the step (network + update)
};

using StepObserver = std::function<void(const StepRecord&)>;

}  // namespace patchdiff::sampling
