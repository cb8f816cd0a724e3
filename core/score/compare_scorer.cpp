// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/score/compare_scorer.h"

#include <torch/torch.h>

#include "core/score/feature_net.h"
#include "core/score/reference.h"

namespace patchdiff::score {

inspect::ColumnScore to_column_score(const Scores& scores) {
  inspect::ColumnScore out;
  out.fd = scores.fd;
  out.kid = scores.kid;
  out.kid_std = scores.kid_std;
  out.precision = scores.precision;
  out.recall = scores.recall;
  out.class_accuracy = scores.class_accuracy;
  out.num_images = scores.num_images;
  return out;
}

std::function<inspect::ColumnScore(const torch::Tensor&, const std::vector<int64_t>&)> compare_scorer(
    const FeatureNet& net, const Reference& reference, const ScoreOptions& options) {
  return [&net, &reference, options](const torch::Tensor& images, const std::vector<int64_t>& labels) {
    const auto label_tensor =
        !labels.empty() && net.can_classify() ? torch::tensor(labels, torch::kInt64) : torch::Tensor();
    return to_column_score(score_images(net, reference, images, label_tensor, options));
  };
}

}  // namespace patchdiff::score
