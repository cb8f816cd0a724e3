// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/diffusion/loss_weights.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string>

#include "core/error.h"

namespace patchdiff::diffusion {

std::vector<double> loss_weights(const std::string& schedule, const DiffusionTables& tables) {
  static const char* const kNames[] = {"sqrt_snr", "p2", "snr", "snr+1", "truncated_snr"};
  if (std::find(std::begin(kNames), std::end(kNames), schedule) == std::end(kNames)) {
    throw ConfigError("unknown weight_schedule '" + schedule +
                      "': expected sqrt_snr, p2, snr, snr+1 or truncated_snr");
  }
  const auto& snr = tables.snr;
  std::vector<double> w(snr.size());
  for (size_t i = 0; i < snr.size(); ++i) {
    if (schedule == "sqrt_snr") {
      w[i] = std::sqrt(snr[i]);
    } else if (schedule == "p2") {
      w[i] = snr[i] * tables.sqrt_one_minus_alphas_cumprod[i];
    } else if (schedule == "snr") {
      w[i] = snr[i];
    } else if (schedule == "snr+1") {
      w[i] = snr[i] + 1;
    } else {  // truncated_snr
      w[i] = std::max(snr[i], 1.0);
    }
  }
  return w;
}

torch::Tensor loss_weight_table(const std::string& schedule, const DiffusionTables& tables,
                                const torch::Device& device) {
  return to_float32_tensor(loss_weights(schedule, tables), device);
}

}  // namespace patchdiff::diffusion
