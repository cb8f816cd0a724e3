// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The original command line's diffusion and sampling flags, resolved.
#include <string>
#include <vector>

namespace patchdiff::diffusion {

enum class MeanType { XStart, Epsilon, V };          // --model_mean_type: xstart|eps|v
enum class VarianceType { LearnedRange, FixedLarge, FixedSmall };

struct DiffusionConfig {
  std::string noise_schedule = "linear";   // linear | linearX (e.g. linear0.025) | cosine
  int diffusion_steps = 1000;              // T
  std::string timestep_respacing;          // "", "250", "10,20,30", "ddim50"
  MeanType mean_type = MeanType::XStart;
  // learn_sigma picks LearnedRange; otherwise FixedLarge unless sigma_small.
  bool learn_sigma = false;
  bool sigma_small = false;
  // Training only (loss): --weight_schedule and --use_kl / --rescale_learned_sigmas.
  std::string weight_schedule = "sqrt_snr";
  bool use_kl = false;
  bool rescale_learned_sigmas = false;
  // --snr_splits: the SNR boundaries between split models ("" = one model).
  std::vector<double> snr_splits;

  VarianceType variance_type() const {
    if (learn_sigma) return VarianceType::LearnedRange;
    return sigma_small ? VarianceType::FixedSmall : VarianceType::FixedLarge;
  }
};

}  // namespace patchdiff::diffusion
