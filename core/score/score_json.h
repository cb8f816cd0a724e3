// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Scores as JSON: fd, kid, kid_std, precision, recall, class_accuracy (null without
// classes), num_images. The keys `patchdiff score --json` and compare.json share.
#include <nlohmann/json.hpp>

#include "core/score/score.h"

namespace patchdiff::score {

nlohmann::json scores_json(const Scores& scores);
// The mean's keys, plus "std" (the same keys, spread over the repeats) and "repeats".
nlohmann::json spread_json(const ScoreSpread& spread);

}  // namespace patchdiff::score
