// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/training/adamw.h"

#include <cmath>
#include <sstream>
#include <type_traits>
#include <utility>

#include "core/error.h"

namespace patchdiff::training {

namespace {
// torch::optim keys a parameter's state by its TensorImpl's address: printed as a string in
// LibTorch 1.13, the pointer itself in later versions (2.14's ska::flat_hash_map<void*, ...>).
using StateMap = std::decay_t<decltype(std::declval<torch::optim::AdamW&>().state())>;
template <typename Key>
Key state_key_as(const torch::Tensor& param) {
  if constexpr (std::is_same_v<Key, std::string>) {
    std::ostringstream key;  // c10::guts::to_string's format, which 1.13's optimizers use
    key << param.unsafeGetTensorImpl();
    return key.str();
  } else {
    return param.unsafeGetTensorImpl();
  }
}
StateMap::key_type state_key(const torch::Tensor& param) { return state_key_as<StateMap::key_type>(param); }
}  // namespace

AdamW::AdamW(std::vector<std::string> names, std::vector<torch::Tensor> params, AdamWOptions options)
    : m_names(std::move(names)), m_params(std::move(params)), m_options(options) {
  TORCH_CHECK(m_names.size() == m_params.size(), "AdamW: one name per parameter");
  auto adam = torch::optim::AdamWOptions(options.lr)
                  .betas({options.beta1, options.beta2})
                  .eps(options.eps)
                  .weight_decay(options.weight_decay);
  m_optimizer = std::make_unique<torch::optim::AdamW>(m_params, adam);
}

AdamW::~AdamW() = default;

torch::optim::AdamWParamState* AdamW::state_of(size_t index) const {
  auto& states = m_optimizer->state();
  auto it = states.find(state_key(m_params[index]));
  return it == states.end() ? nullptr : static_cast<torch::optim::AdamWParamState*>(it->second.get());
}

void AdamW::step(const std::vector<torch::Tensor>& grads, double lr) {
  TORCH_CHECK(grads.size() == m_params.size(), "AdamW: one gradient per parameter");
  for (auto& group : m_optimizer->param_groups())
    static_cast<torch::optim::AdamWOptions&>(group.options()).lr(lr);
  for (size_t i = 0; i < m_params.size(); ++i) m_params[i].mutable_grad() = grads[i];
  m_optimizer->step();
  for (auto& p : m_params) p.mutable_grad() = torch::Tensor();
  ++m_step;
}

void AdamW::save_state(model::StateDict& out) const {
  if (m_step == 0) return;
  for (size_t i = 0; i < m_params.size(); ++i) {
    const auto* state = state_of(i);
    TORCH_CHECK(state, "AdamW: no state for a stepped parameter");
    out.insert(m_names[i] + ".exp_avg", state->exp_avg());
    out.insert(m_names[i] + ".exp_avg_sq", state->exp_avg_sq());
    out.insert(m_names[i] + ".step", torch::tensor(static_cast<float>(state->step())));
  }
}

void AdamW::load_state(const model::StateDict& in, const std::string& source) {
  int64_t step = -1;
  torch::NoGradGuard no_grad;
  std::vector<std::unique_ptr<torch::optim::AdamWParamState>> states;
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
    step = static_cast<int64_t>(std::llround(count->item<double>()));
    auto state = std::make_unique<torch::optim::AdamWParamState>();
    // Fresh tensors in the parameter's layout and device (the file's may be mapped or shared).
    state->exp_avg(torch::zeros_like(m_params[i], torch::MemoryFormat::Preserve).copy_(*avg));
    state->exp_avg_sq(torch::zeros_like(m_params[i], torch::MemoryFormat::Preserve).copy_(*avg_sq));
    state->step(step);
    states.push_back(std::move(state));
  }
  // Everything checked: replace the optimizer's state at once.
  auto& target = m_optimizer->state();
  target.clear();
  if (step > 0)
    for (size_t i = 0; i < m_params.size(); ++i) target[state_key(m_params[i])] = std::move(states[i]);
  m_step = std::max<int64_t>(step, 0);
}

}  // namespace patchdiff::training
