// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The bridge from compare mode (core/inspect, which knows nothing of feature networks) to
// the scorer: each column's scored images measured against a Reference, as plain numbers.
#include <functional>
#include <vector>

#include <torch/types.h>

#include "core/inspect/compare_result.h"
#include "core/score/score.h"

namespace patchdiff::score {

inspect::ColumnScore to_column_score(const Scores& scores);

// A CompareRequest::scorer: score_images of a column's images (uint8 [N, H, W, 3]) and their
// requested classes (class accuracy when there are classes and `net` classifies). `net` and
// `reference` must outlive the returned function.
std::function<inspect::ColumnScore(const torch::Tensor&, const std::vector<int64_t>&)> compare_scorer(
    const FeatureNet& net, const Reference& reference, const ScoreOptions& options = {});

}  // namespace patchdiff::score
