// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// AdamW (Loshchilov & Hutter 2019): LibTorch's torch::optim::AdamW (the same order of
// operations as PyTorch 1.13's single-tensor torch.optim.AdamW) behind an adapter that keeps
// our checkpoint's optimizer layout: a state_dict of tensors named after the parameters
// ("<name>.exp_avg", "<name>.exp_avg_sq", "<name>.step"), so the optimizer file is an
// ordinary checkpoint and files written before the adapter resume unchanged.
#include <torch/torch.h>

#include <memory>
#include <string>
#include <vector>

#include "core/model/state_dict.h"

namespace patchdiff::training {

struct AdamWOptions {
  double lr = 1e-4;
  double beta1 = 0.9, beta2 = 0.999;
  double eps = 1e-8;
  double weight_decay = 0.0;  // the original trainer's default (PyTorch's own is 0.01)
};

class AdamW {
 public:
  // `names[i]` names `params[i]` (float32 tensors updated in place, without autograd).
  AdamW(std::vector<std::string> names, std::vector<torch::Tensor> params, AdamWOptions options);
  ~AdamW();

  // One update with `grads[i]` (float32, same shapes) at learning rate `lr`.
  void step(const std::vector<torch::Tensor>& grads, double lr);

  int64_t steps_taken() const { return m_step; }
  const AdamWOptions& options() const { return m_options; }
  const std::vector<torch::Tensor>& params() const { return m_params; }

  // Adds "<name>.exp_avg", "<name>.exp_avg_sq" and "<name>.step" (0-dim float32, as
  // PyTorch 1.13 keeps it) for every parameter that has been stepped.
  void save_state(model::StateDict& out) const;
  // Restores what save_state wrote; CheckpointError (naming `source`) when a parameter's
  // entries are missing or shaped differently.
  void load_state(const model::StateDict& in, const std::string& source);

 private:
  torch::optim::AdamWParamState* state_of(size_t index) const;

  std::vector<std::string> m_names;
  std::vector<torch::Tensor> m_params;
  AdamWOptions m_options;
  std::unique_ptr<torch::optim::AdamW> m_optimizer;
  int64_t m_step = 0;
};

}  // namespace patchdiff::training
