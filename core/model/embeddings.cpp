// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/embeddings.h"

#include <cmath>

#include <torch/torch.h>

namespace patchdiff::model {

torch::Tensor timestep_embedding(const torch::Tensor& timesteps, int64_t dim) {
  const int64_t half = dim / 2;
  TORCH_CHECK(half > 1, "time embedding width ", dim, " is too small");
  auto opts = torch::TensorOptions().dtype(torch::kFloat32).device(timesteps.device());
  auto freqs = torch::exp(-std::log(10000.0) * torch::arange(half, opts) / double(half - 1));
  auto args = timesteps.to(torch::kFloat32).unsqueeze(1) * freqs.unsqueeze(0);  // [B, half]
  auto emb = torch::cat({torch::sin(args), torch::cos(args)}, /*dim=*/1);
  if (dim % 2 == 1) emb = torch::cat({emb, torch::zeros_like(emb.narrow(1, 0, 1))}, 1);
  return emb;
}

torch::Tensor position_embedding_2d(int64_t channels, int64_t resolution,
                                    const torch::Device& device) {
  const int64_t half = channels / 2;
  TORCH_CHECK(half > 1 && channels % 2 == 0, "position embedding needs an even width > 2, got ",
              channels);
  auto opts = torch::TensorOptions().dtype(torch::kFloat32).device(device);
  auto freqs = torch::exp(torch::arange(half, opts) * (-std::log(10000.0) / double(half - 1)));
  auto n = torch::arange(resolution, opts);
  auto e = torch::sin(n.unsqueeze(1) * freqs.unsqueeze(0) * (64.0 / double(resolution)));  // [R, half]
  auto by_col = e.t().unsqueeze(1).expand({half, resolution, resolution});  // [half, row, col] = e[col]
  auto by_row = e.t().unsqueeze(2).expand({half, resolution, resolution});  // = e[row]
  return torch::cat({by_col, by_row}, 0).unsqueeze(0).contiguous();          // [1, C, R, R]
}

}  // namespace patchdiff::model
