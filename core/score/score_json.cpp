// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/score/score_json.h"

namespace patchdiff::score {

nlohmann::json scores_json(const Scores& scores) {
  nlohmann::json out;
  out["fd"] = scores.fd;
  out["kid"] = scores.kid;
  out["kid_std"] = scores.kid_std;
  out["precision"] = scores.precision;
  out["recall"] = scores.recall;
  out["class_accuracy"] = scores.class_accuracy ? nlohmann::json(*scores.class_accuracy) : nlohmann::json(nullptr);
  out["num_images"] = scores.num_images;
  return out;
}

nlohmann::json spread_json(const ScoreSpread& spread) {
  auto out = scores_json(spread.mean);
  auto std = scores_json(spread.std);
  std.erase("num_images");
  out["std"] = std;
  out["repeats"] = spread.repeats;
  return out;
}

}  // namespace patchdiff::score
