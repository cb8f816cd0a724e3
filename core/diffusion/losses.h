// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Training loss terms as functions of tensors (guided-diffusion's losses.py and Patch
// Diffusion's training_losses); the caller runs the network. Units: the variational bound
// is in bits per dimension, averaged over all non-batch dimensions.
#include <torch/torch.h>

#include "core/diffusion/diffusion_config.h"
#include "core/diffusion/gaussian_diffusion.h"

namespace patchdiff::diffusion {

// Mean over every dimension but the batch: [B, ...] -> [B].
torch::Tensor mean_flat(const torch::Tensor& x);

// KL(N(mean1, exp(logvar1)) || N(mean2, exp(logvar2))) elementwise, in nats.
torch::Tensor normal_kl(const torch::Tensor& mean1, const torch::Tensor& logvar1,
                        const torch::Tensor& mean2, const torch::Tensor& logvar2);

// The tanh approximation of the standard normal CDF (Page 1977), as guided-diffusion uses.
torch::Tensor approx_standard_normal_cdf(const torch::Tensor& x);

// log-likelihood (nats) of images x in [-1, 1] discretized to 8 bits under
// N(means, exp(log_scales)^2), elementwise; the edge bins take the whole tails.
torch::Tensor discretized_gaussian_log_likelihood(const torch::Tensor& x,
                                                  const torch::Tensor& means,
                                                  const torch::Tensor& log_scales);

// One variational-bound term per image [B], bits/dim: KL(q(x_{t-1}|x_t,x0) || p(x_{t-1}|x_t))
// or, where t == 0, the decoder NLL of x_start. model_output is the raw network output
// (with the prediction detached by the caller when only the variance should train); the
// x0 prediction is not clipped, as in training.
torch::Tensor vb_terms_bpd(const GaussianDiffusion& diffusion, const torch::Tensor& model_output,
                           const torch::Tensor& x_start, const torch::Tensor& x_t,
                           const torch::Tensor& t);

// guided-diffusion's loss types, from --use_kl / --rescale_learned_sigmas.
enum class LossType { Mse, RescaledMse, Kl, RescaledKl };
LossType loss_type(const DiffusionConfig& config);

struct TrainingTerms {
  torch::Tensor mse;   // [B] weighted x0 MSE (undefined for the KL losses)
  torch::Tensor vb;    // [B] bits/dim (undefined without learned variance, or for the KL losses)
  torch::Tensor loss;  // [B] what the optimiser minimises (before the sampler's weights)
};

// The loss terms for one batch: x_t = q_sample(x_start, t, noise) was fed to the network,
// which returned model_output; t [B] are the diffusion's (respaced) step indices.
// weight_table is loss_weight_table(weight_schedule, diffusion.tables(), device).
TrainingTerms training_terms(const GaussianDiffusion& diffusion, LossType type,
                             const torch::Tensor& model_output, const torch::Tensor& x_start,
                             const torch::Tensor& x_t, const torch::Tensor& t,
                             const torch::Tensor& weight_table);

}  // namespace patchdiff::diffusion
