// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/score/score.h"

#include <torch/torch.h>

#include <cmath>

#include "core/error.h"
#include "core/score/frechet.h"
#include "core/score/precision_recall.h"

namespace patchdiff::score {

double class_accuracy(const torch::Tensor& logits, const torch::Tensor& labels) {
  TORCH_CHECK(logits.size(0) == labels.size(0), "one label per image");
  return logits.argmax(1).eq(labels.to(torch::kInt64)).to(torch::kFloat64).mean().item<double>();
}

Scores score_features(const torch::Tensor& features, const torch::Tensor& logits, const torch::Tensor& labels,
                      const Reference& reference, const ScoreOptions& options) {
  Scores scores;
  scores.num_images = features.size(0);
  scores.fd = frechet_distance(gaussian_stats(features), gaussian_stats(reference.train_features));
  const auto kid = kernel_inception_distance(features, reference.train_features, options.kid);
  scores.kid = kid.mean;
  scores.kid_std = kid.std;
  const auto pr = precision_recall(reference.train_features, features, options.k);
  scores.precision = pr.precision;
  scores.recall = pr.recall;
  if (logits.defined() && labels.defined()) scores.class_accuracy = class_accuracy(logits, labels);
  return scores;
}

Scores floor_scores(const FeatureNet& net, const Reference& reference, int64_t num_images,
                    const ScoreOptions& options) {
  const int64_t available = reference.heldout_features.size(0);
  torch::Tensor pick = torch::arange(available);
  if (num_images < available) {
    auto generator = at::make_generator<at::CPUGeneratorImpl>(options.kid.seed + 1);
    pick = torch::randperm(available, generator, torch::kLong).slice(0, 0, num_images);
  }
  const auto features = reference.heldout_features.index_select(0, pick);
  torch::Tensor logits, labels;
  if (net.can_classify() && reference.heldout_labels.defined()) {
    logits = net.classify(features);
    labels = reference.heldout_labels.index_select(0, pick);
  }
  return score_features(features, logits, labels, reference, options);
}

Scores score_images(const FeatureNet& net, const Reference& reference, const torch::Tensor& images,
                    const torch::Tensor& labels, const ScoreOptions& options) {
  if (images.size(1) != reference.image_size || images.size(2) != reference.image_size)
    throw ConfigError("the images are " + std::to_string(images.size(2)) + "x" + std::to_string(images.size(1)) +
                      " but the reference data's are " + std::to_string(reference.image_size) + "x" +
                      std::to_string(reference.image_size) + ": score images of the data set's size");
  if (labels.defined() && !net.can_classify())
    throw ConfigError("class accuracy needs a feature network with a classify method; '" + net.name() +
                      "' has none (leave out the labels)");
  const auto features = net.features(images);
  const auto logits = labels.defined() ? net.classify(features) : torch::Tensor();
  return score_features(features, logits, labels, reference, options);
}

ScoreSpread spread_of(const std::vector<Scores>& runs) {
  ScoreSpread spread;
  spread.repeats = static_cast<int64_t>(runs.size());
  if (runs.empty()) return spread;
  const auto stats = [&](auto get) {
    double sum = 0, squares = 0;
    for (const auto& r : runs) sum += get(r);
    const double mean = sum / static_cast<double>(runs.size());
    for (const auto& r : runs) squares += (get(r) - mean) * (get(r) - mean);
    return std::pair<double, double>{mean, runs.size() > 1 ? std::sqrt(squares / static_cast<double>(runs.size() - 1))
                                                           : 0.0};
  };
  std::tie(spread.mean.fd, spread.std.fd) = stats([](const Scores& s) { return s.fd; });
  std::tie(spread.mean.kid, spread.std.kid) = stats([](const Scores& s) { return s.kid; });
  std::tie(spread.mean.kid_std, spread.std.kid_std) = stats([](const Scores& s) { return s.kid_std; });
  std::tie(spread.mean.precision, spread.std.precision) = stats([](const Scores& s) { return s.precision; });
  std::tie(spread.mean.recall, spread.std.recall) = stats([](const Scores& s) { return s.recall; });
  if (runs.front().class_accuracy) {
    const auto [mean, std] = stats([](const Scores& s) { return s.class_accuracy.value_or(0.0); });
    spread.mean.class_accuracy = mean;
    spread.std.class_accuracy = std;
  }
  spread.mean.num_images = runs.front().num_images;
  return spread;
}

}  // namespace patchdiff::score
