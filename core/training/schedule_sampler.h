// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// --schedule_sampler: the distribution of training timesteps and the importance weights that
// keep the objective unbiased (guided-diffusion's resample.py, with Patch Diffusion's
// UniformSplitSampler). Weights are 1 / (T p(t)): 1 for uniform, n_k / T for
// uniform_split_k (the original multiplies the loss by it, so a split model's loss is
// scaled by the fraction of the schedule it covers).
#include <torch/torch.h>

#include <memory>
#include <string>
#include <vector>

#include "core/model/state_dict.h"

namespace patchdiff::training {

struct TimestepDraw {
  torch::Tensor t;        // [B] int64 step indices on the CPU
  torch::Tensor weights;  // [B] float32 importance weights on the CPU
};

class ScheduleSampler {
 public:
  virtual ~ScheduleSampler() = default;
  // Unnormalised probability of each step (the original's weights()).
  virtual std::vector<double> weights() const = 0;
  virtual TimestepDraw sample(int64_t batch, at::Generator& generator) const;
  // Loss-aware samplers learn from the per-image losses [B] of timesteps t [B].
  virtual void update(const torch::Tensor& /*t*/, const torch::Tensor& /*losses*/) {}
  // Saved into / restored from the optimizer file (keys under "sampler.").
  virtual void save_state(model::StateDict& /*out*/) const {}
  virtual void load_state(const model::StateDict& /*in*/) {}
};

// "uniform", "uniform_split_K" (with the SNRs of each step and the --snr_splits boundaries)
// or "loss-second-moment". ConfigError for other names, listing these.
std::unique_ptr<ScheduleSampler> make_schedule_sampler(const std::string& name,
                                                       const std::vector<double>& snrs,
                                                       const std::vector<double>& snr_splits);

}  // namespace patchdiff::training
