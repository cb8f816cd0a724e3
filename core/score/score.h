// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A set of images scored against a Reference: Fréchet distance, KID, precision/recall
// (k = 3) and class accuracy, and the floor, the same numbers for real held-out images, so
// that every result is read against what real images the network never saw achieve.
#include <torch/types.h>

#include <optional>
#include <string>
#include <vector>

#include "core/score/feature_net.h"
#include "core/score/kid.h"
#include "core/score/reference.h"

namespace patchdiff::score {

struct Scores {
  double fd = 0, kid = 0, kid_std = 0, precision = 0, recall = 0;
  std::optional<double> class_accuracy;  // when the images have classes and the network classifies
  int64_t num_images = 0;
};

struct ScoreOptions {
  KidOptions kid;
  int64_t k = 3;  // precision/recall neighbourhood (Kynkäänniemi et al.)
};

// Scores of features [N, D] (and their requested classes, or undefined) against the
// reference's train split. `logits` [N, C] may be undefined (no class accuracy).
Scores score_features(const torch::Tensor& features, const torch::Tensor& logits, const torch::Tensor& labels,
                      const Reference& reference, const ScoreOptions& options = {});

// Share of rows whose argmax is the label.
double class_accuracy(const torch::Tensor& logits, const torch::Tensor& labels);

// The floor at `num_images`: a fixed random subset of that many held-out images (all of
// them when there are fewer), scored like generated ones, so that the Fréchet distance,
// which grows as the number of images shrinks, is compared at the same N.
Scores floor_scores(const FeatureNet& net, const Reference& reference, int64_t num_images,
                    const ScoreOptions& options = {});

// Scores of images (uint8 [N, H, W, 3]) with optional labels. ConfigError when the image size
// is not the reference's, or labels are given and the network has no classifier.
Scores score_images(const FeatureNet& net, const Reference& reference, const torch::Tensor& images,
                    const torch::Tensor& labels, const ScoreOptions& options = {});

// Mean and sample standard deviation of each metric over repeats.
struct ScoreSpread {
  Scores mean, std;
  int64_t repeats = 0;
};
ScoreSpread spread_of(const std::vector<Scores>& runs);

}  // namespace patchdiff::score
