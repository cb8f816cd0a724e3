// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The loss the trainer minimises, as a function of a batch with its x0, t, noise and labels
// given: the training loop draws those at random, `patchdiff evaluate` from fixed seeds, and
// both compute the loss here (Patch Diffusion's weighted x0 MSE plus the variational bound
// with learned sigma, or the --use_kl / --rescale_learned_sigmas variants).
#include <torch/torch.h>

#include <memory>

#include "core/diffusion/diffusion_config.h"
#include "core/diffusion/gaussian_diffusion.h"
#include "core/diffusion/losses.h"
#include "core/model/unet.h"

namespace patchdiff::training {

class TrainingLoss {
 public:
  // The diffusion of `config` (its respacing, if any, as the original trains with it) and
  // the weight table of config.weight_schedule, on `device`.
  TrainingLoss(const diffusion::DiffusionConfig& config, torch::Device device);

  const diffusion::GaussianDiffusion& diffusion() const { return *m_diffusion; }
  diffusion::LossType type() const { return m_type; }
  int num_steps() const { return m_diffusion->num_steps(); }
  // Which terms training_terms fills in besides the loss.
  bool has_mse() const;
  bool has_vb() const;

  // Per-image terms [B] (float32, on the device): x_t = q_sample(x_start, t, noise) through
  // the network's training forward pass (under CUDA bf16 autocast when `bf16`), then the
  // original's loss terms. t [B]: step indices of this diffusion on the device; labels
  // [B] (undefined when unconditional) are used as given (label dropout is the caller's).
  diffusion::TrainingTerms terms(model::UNetImpl& net, const torch::Tensor& x_start, const torch::Tensor& t,
                                 const torch::Tensor& noise, const torch::Tensor& labels,
                                 bool bf16 = false) const;

 private:
  std::unique_ptr<diffusion::GaussianDiffusion> m_diffusion;
  diffusion::LossType m_type;
  torch::Tensor m_weight_table;   // float32 [steps] on the device
  torch::Tensor m_timestep_map;   // int64 [steps] on the device: respaced index -> original t
};

}  // namespace patchdiff::training
