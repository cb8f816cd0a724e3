// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/training/training_loss.h"

#include <ATen/autocast_mode.h>
#include <torch/version.h>

#include "core/diffusion/loss_weights.h"
#include "core/diffusion/predictions.h"
#include "core/training/train_network.h"

namespace patchdiff::training {

namespace {

// CUDA autocast to bfloat16 on this thread (--precision bf16), through the API of the
// LibTorch at hand (2.4 renamed it).
void set_bf16_autocast(bool on) {
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
  at::autocast::set_autocast_dtype(at::kCUDA, at::kBFloat16);
  at::autocast::set_autocast_enabled(at::kCUDA, on);
#else
  at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
  at::autocast::set_enabled(on);
#endif
  if (!on) at::autocast::clear_cache();
}

struct Bf16Autocast {
  explicit Bf16Autocast(bool on) : m_on(on) {
    if (m_on) set_bf16_autocast(true);
  }
  ~Bf16Autocast() {
    if (m_on) set_bf16_autocast(false);
  }
  bool m_on;
};

}  // namespace

TrainingLoss::TrainingLoss(const diffusion::DiffusionConfig& config, torch::Device device)
    : m_diffusion(std::make_unique<diffusion::GaussianDiffusion>(config)), m_type(diffusion::loss_type(config)) {
  m_diffusion->to(device);
  m_weight_table = diffusion::loss_weight_table(config.weight_schedule, m_diffusion->tables(), device);
  const auto& map = m_diffusion->timestep_map();
  m_timestep_map = torch::tensor(std::vector<int64_t>(map.begin(), map.end()), torch::kLong).to(device);
}

bool TrainingLoss::has_mse() const {
  return m_type == diffusion::LossType::Mse || m_type == diffusion::LossType::RescaledMse;
}

bool TrainingLoss::has_vb() const {
  return has_mse() && m_diffusion->variance_type() == diffusion::VarianceType::LearnedRange;
}

diffusion::TrainingTerms TrainingLoss::terms(model::UNetImpl& net, const torch::Tensor& x_start,
                                             const torch::Tensor& t, const torch::Tensor& noise,
                                             const torch::Tensor& labels, bool bf16) const {
  const diffusion::StepIndex steps(t);
  const auto x_t = diffusion::q_sample(m_diffusion->device_tables(), steps, x_start, noise);
  torch::Tensor output;
  {
    const Bf16Autocast autocast(bf16);
    output = training_forward(net, x_t, m_timestep_map.index_select(0, t), labels);
  }
  return diffusion::training_terms(*m_diffusion, m_type, output.to(torch::kFloat32), x_start, x_t, t,
                                   m_weight_table);
}

}  // namespace patchdiff::training
