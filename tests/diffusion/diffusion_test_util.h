// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the core/diffusion tests: the reference index, arrays, and error capture.
#include <torch/torch.h>

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "core/error.h"
#include "core/io/npy.h"
#include "support/error_of.h"
#include "support/shared_data.h"

namespace patchdiff::test {

inline const nlohmann::json& reference_index() {
  static const nlohmann::json index = nlohmann::json::parse(reference_index_text());
  return index;
}

inline torch::Tensor reference_array(const std::string& file) {
  return io::read_npy(reference_path(file));
}

// The message of the ConfigError f throws, or a marker when it throws none.
template <typename F>
std::string config_error_of(F&& f) {
  return error_of<ConfigError>(std::forward<F>(f));
}

// Largest |a - b| / |b| over the elements (b != 0), in float64.
inline double max_rel_diff(const torch::Tensor& a, const torch::Tensor& b) {
  const auto a64 = a.to(torch::kFloat64);
  const auto b64 = b.to(torch::kFloat64);
  return ((a64 - b64).abs() / b64.abs()).max().item<double>();
}

inline torch::Tensor as_tensor(const std::vector<double>& v) {
  return torch::tensor(v, torch::kFloat64);
}

}  // namespace patchdiff::test
