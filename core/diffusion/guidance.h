// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Classifier-free guidance (Ho & Salimans 2022) as Patch Diffusion's
// make_classifier_free_fn combines it, and the sample script's dynamic thresholding
// (Saharia et al. 2022, Imagen), each also returning what the studio plots.
#include <torch/torch.h>

#include "core/diffusion/gaussian_diffusion.h"

namespace patchdiff::diffusion {

struct GuidedOutput {
  // The combined raw output, laid out like the network's: prediction (per mean_type) and,
  // with learned variance, the conditional run's variance channels.
  torch::Tensor output;
  // Per image [B]: RMS over C,H,W of eps_c - eps_u, the guidance gap (on the device).
  torch::Tensor gap_rms;
};

// Combines the conditional and unconditional raw outputs at respaced step `step`
// (both [B, C or 2C, H, W]): each prediction becomes eps with the *un-respaced* tables at
// the original timestep timestep_map[step], eps = eps_u + scale (eps_c - eps_u), and
// back (x0, or v via x0; eps models combine directly). With scale == 1 guidance is off in
// the original and `output` is cond_output itself.
GuidedOutput classifier_free_guidance(const GaussianDiffusion& diffusion,
                                      const torch::Tensor& cond_output,
                                      const torch::Tensor& uncond_output,
                                      const torch::Tensor& x_t, int step, double scale);

struct Thresholded {
  torch::Tensor x0;     // clamp(x0, -s, s) / s
  torch::Tensor scale;  // s per image [B], >= 1
};

// Per image s = max(1, quantile(|x0|, q)) with torch.quantile's 'nearest' interpolation
// (rank round-half-even(q * (n - 1)) computed in float32, as torch does for a float32 input).
Thresholded dynamic_threshold(const torch::Tensor& x0, double quantile = 0.995);

}  // namespace patchdiff::diffusion
