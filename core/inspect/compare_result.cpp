// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/inspect/compare_result.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

namespace patchdiff::inspect {

namespace {

nlohmann::ordered_json score_json(const ColumnScore& score) {
  nlohmann::ordered_json out;
  out["fd"] = score.fd;
  out["kid"] = score.kid;
  out["kid_std"] = score.kid_std;
  out["precision"] = score.precision;
  out["recall"] = score.recall;
  out["class_accuracy"] = score.class_accuracy ? nlohmann::ordered_json(*score.class_accuracy) : nullptr;
  out["num_images"] = score.num_images;
  return out;
}

}  // namespace

bool CompareResult::scored() const {
  return std::any_of(columns.begin(), columns.end(), [](const CompareColumn& c) { return c.score.has_value(); });
}

std::string to_json(const CompareResult& result) {
  // ordered_json: the keys stay in the documented order.
  auto columns = nlohmann::ordered_json::array();
  for (const auto& c : result.columns) {
    nlohmann::ordered_json column;
    column["checkpoint"] = c.checkpoint;
    column["patch_size"] = c.patch_size;
    column["setting"] = c.setting;
    column["params"] = c.params;
    column["gflop_per_pass"] = c.gflop_per_pass;
    column["ms_per_step_median"] = c.ms_per_step_median;
    column["total_s"] = c.total_s;
    column["rms_to_first"] = c.rms_to_first;
    if (c.score) {
      auto score = score_json(*c.score);
      score["gflop_per_image"] = c.gflop_per_image();
      if (result.score_floor) score["floor"] = score_json(*result.score_floor);
      score["feature_net"] = result.feature_net;
      column["score"] = std::move(score);
    }
    columns.push_back(std::move(column));
  }
  return columns.dump(2) + "\n";
}

int align_by_step(int index, int other_num_steps) {
  if (other_num_steps <= 0) return 0;
  return std::clamp(index, 0, other_num_steps - 1);
}

int align_by_snr(const std::vector<double>& log_snr, int index, const std::vector<double>& other_log_snr) {
  if (other_log_snr.empty()) return 0;
  if (log_snr.empty()) return 0;
  const double target = log_snr[static_cast<size_t>(std::clamp(index, 0, static_cast<int>(log_snr.size()) - 1))];
  int best = 0;
  double best_distance = INFINITY;
  for (size_t i = 0; i < other_log_snr.size(); ++i) {
    const double distance = std::abs(other_log_snr[i] - target);
    if (distance < best_distance) {  // strict: the earlier step wins a tie
      best_distance = distance;
      best = static_cast<int>(i);
    }
  }
  return best;
}

}  // namespace patchdiff::inspect
