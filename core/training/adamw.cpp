// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/training/adamw.h"

#include <cmath>

#include "core/error.h"

namespace patchdiff::training {

AdamW::AdamW(std::vector<std::string> names, std::vector<torch::Tensor> params, AdamWOptions options)
    : m_names(std::move(names)), m_params(std::move(params)), m_options(options) {
  TORCH_CHECK(m_names.size() == m_params.size(), "AdamW: one name per parameter");
  for (const auto& p : m_params) {
    m_exp_avg.push_back(torch::zeros_like(p, torch::MemoryFormat::Preserve));
    m_exp_avg_sq.push_back(torch::zeros_like(p, torch::MemoryFormat::Preserve));
  }
}

void AdamW::step(const std::vector<torch::Tensor>& grads, double lr) {
  TORCH_CHECK(grads.size() == m_params.size(), "AdamW: one gradient per parameter");
  torch::NoGradGuard no_grad;
  ++m_step;
  const auto& o = m_options;
  const double bias_correction1 = 1 - std::pow(o.beta1, static_cast<double>(m_step));
  const double bias_correction2 = 1 - std::pow(o.beta2, static_cast<double>(m_step));
  const double step_size = lr / bias_correction1;
  const double bias_correction2_sqrt = std::sqrt(bias_correction2);
  for (size_t i = 0; i < m_params.size(); ++i) {
    auto& param = m_params[i];
    const auto& grad = grads[i];
    param.mul_(1 - lr * o.weight_decay);
    m_exp_avg[i].mul_(o.beta1).add_(grad, 1 - o.beta1);
    m_exp_avg_sq[i].mul_(o.beta2).addcmul_(grad, grad, 1 - o.beta2);
    const auto denom = (m_exp_avg_sq[i].sqrt() / bias_correction2_sqrt).add_(o.eps);
    param.addcdiv_(m_exp_avg[i], denom, -step_size);
  }
}

void AdamW::save_state(model::StateDict& out) const {
  if (m_step == 0) return;
  for (size_t i = 0; i < m_params.size(); ++i) {
    out.insert(m_names[i] + ".exp_avg", m_exp_avg[i]);
    out.insert(m_names[i] + ".exp_avg_sq", m_exp_avg_sq[i]);
    out.insert(m_names[i] + ".step", torch::tensor(static_cast<float>(m_step)));
  }
}

void AdamW::load_state(const model::StateDict& in, const std::string& source) {
  int64_t step = -1;
  torch::NoGradGuard no_grad;
  for (size_t i = 0; i < m_params.size(); ++i) {
    const auto* avg = in.find(m_names[i] + ".exp_avg");
    const auto* avg_sq = in.find(m_names[i] + ".exp_avg_sq");
    const auto* count = in.find(m_names[i] + ".step");
    if (!avg || !avg_sq || !count)
      throw CheckpointError("the optimizer file '" + source + "' has no AdamW state for '" +
                            m_names[i] + "' (expected " + m_names[i] + ".exp_avg, .exp_avg_sq and .step)");
    if (avg->sizes() != m_params[i].sizes() || avg_sq->sizes() != m_params[i].sizes())
      throw CheckpointError("the optimizer file '" + source + "' holds AdamW state of shape " +
                            c10::str(avg->sizes()) + " for '" + m_names[i] + "', the parameter is " +
                            c10::str(m_params[i].sizes()));
    m_exp_avg[i].copy_(*avg);
    m_exp_avg_sq[i].copy_(*avg_sq);
    step = static_cast<int64_t>(std::llround(count->item<double>()));
  }
  m_step = std::max<int64_t>(step, 0);
}

}  // namespace patchdiff::training
