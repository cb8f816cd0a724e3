// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A point of the diffusion where the denoiser is evaluated: a respaced table step (exact,
// as the original), or a continuous original timestep t in [0, T-1] for schedules between
// table entries. The clean end (alpha_bar 1) is `clean()`: after the last step, never evaluated.

namespace patchdiff::sampling {

struct EvalPoint {
  int step = -1;           // respaced step index (0 = least noisy), or -1
  double timestep = -1.0;  // continuous original timestep when step < 0; -1: clean
  static EvalPoint at_step(int step) { return {step, -1.0}; }
  static EvalPoint at_timestep(double t) { return {-1, t}; }
  static EvalPoint clean() { return {-1, -1.0}; }
  bool is_step() const { return step >= 0; }
  bool is_clean() const { return step < 0 && timestep < 0; }
};

}  // namespace patchdiff::sampling
