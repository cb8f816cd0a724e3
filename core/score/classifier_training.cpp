// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/score/classifier_training.h"

#include <torch/script.h>
#include <torch/torch.h>

#include <cmath>
#include <numeric>
#include <random>

#include "core/error.h"

namespace patchdiff::score {

namespace {

constexpr double kPi = 3.14159265358979323846;

void check_set(const ImageSet& set, const ClassifierShape& shape, const char* which) {
  if (!set.has_labels())
    throw ConfigError(std::string("the ") + which + " images ('" + set.source +
                      "') have no classes: name them <class>_<anything>.png");
  const int64_t classes = static_cast<int64_t>(shape.class_names.size());
  if (set.labels.min().item<int64_t>() < 0 || set.labels.max().item<int64_t>() >= classes)
    throw ConfigError(std::string("the ") + which + " images ('" + set.source + "') have classes outside 0.." +
                      std::to_string(classes - 1));
  if (set.images.size(1) != shape.input_size || set.images.size(2) != shape.input_size)
    throw ConfigError(std::string("the ") + which + " images ('" + set.source + "') are " +
                      std::to_string(set.images.size(2)) + "x" + std::to_string(set.images.size(1)) +
                      ", the classifier takes " + std::to_string(shape.input_size) + "x" +
                      std::to_string(shape.input_size));
}

// uint8 [B, H, W, 3] -> float [B, 3, H, W] in [-1, 1], flipped and shifted per image.
torch::Tensor augment(const torch::Tensor& batch_u8, const ClassifierTrainOptions& options, std::mt19937_64& rng) {
  auto x = batch_u8.permute({0, 3, 1, 2}).to(torch::kFloat32) / 127.5 - 1.0;
  const int64_t s = options.shift, h = x.size(2), w = x.size(3);
  const auto padded = s > 0 ? torch::constant_pad_nd(x, {s, s, s, s}, 1.0) : x;
  std::vector<torch::Tensor> out;
  out.reserve(static_cast<size_t>(x.size(0)));
  std::uniform_int_distribution<int64_t> offset(0, 2 * s);
  std::bernoulli_distribution coin(0.5);
  for (int64_t i = 0; i < x.size(0); ++i) {
    const int64_t dy = offset(rng), dx = offset(rng);
    auto image = padded[i].slice(1, dy, dy + h).slice(2, dx, dx + w);
    if (options.flip && coin(rng)) image = image.flip({2});
    out.push_back(image);
  }
  return torch::stack(out).contiguous();
}

}  // namespace

double classifier_accuracy(torch::jit::Module& module, const ImageSet& set, int64_t num_classes,
                           std::vector<double>* per_class) {
  module.eval();
  torch::NoGradGuard no_grad;
  std::vector<torch::Tensor> predictions;
  for (int64_t start = 0; start < set.images.size(0); start += 256) {
    const auto batch = set.images.slice(0, start, std::min(start + 256, set.images.size(0)));
    const auto x = batch.permute({0, 3, 1, 2}).to(torch::kFloat32) / 127.5 - 1.0;
    predictions.push_back(classifier_logits(module, x.contiguous()).argmax(1));
  }
  const auto correct = torch::cat(predictions).eq(set.labels);
  if (per_class) {
    per_class->assign(static_cast<size_t>(num_classes), -1.0);
    for (int64_t c = 0; c < num_classes; ++c) {
      const auto mask = set.labels.eq(c);
      const int64_t n = mask.sum().item<int64_t>();
      if (n > 0)
        (*per_class)[static_cast<size_t>(c)] =
            static_cast<double>(correct.masked_select(mask).sum().item<int64_t>()) / static_cast<double>(n);
    }
  }
  return correct.to(torch::kFloat64).mean().item<double>();
}

ClassifierTrainResult train_classifier(const ImageSet& train, const ImageSet& heldout, const ClassifierShape& shape,
                                       const ClassifierTrainOptions& options, const ClassifierProgressFn& progress,
                                       const std::function<bool()>& cancelled) {
  check_set(train, shape, "training");
  check_set(heldout, shape, "held-out");
  if (options.epochs < 1 || options.batch_size < 1) throw ConfigError("epochs and batch size must be at least 1");
  ClassifierTrainResult result;
  result.module = std::make_shared<torch::jit::Module>(make_classifier_net(shape, options.seed));
  auto& module = *result.module;
  std::vector<torch::Tensor> parameters;
  for (const auto& p : module.parameters()) parameters.push_back(p);
  torch::optim::AdamW optimizer(parameters,
                                torch::optim::AdamWOptions(options.lr).weight_decay(options.weight_decay));
  std::mt19937_64 rng(options.seed ^ 0x5eed5c0e5ull);
  const int64_t n = train.images.size(0);
  const int64_t steps_per_epoch = (n + options.batch_size - 1) / options.batch_size;
  const int64_t total_steps = steps_per_epoch * options.epochs;
  const int64_t warmup = std::max<int64_t>(1, total_steps / 20);
  const int64_t classes = static_cast<int64_t>(shape.class_names.size());
  std::vector<int64_t> order(static_cast<size_t>(n));
  ClassifierProgress report;
  report.total_steps = total_steps;
  for (int64_t epoch = 0; epoch < options.epochs; ++epoch) {
    std::iota(order.begin(), order.end(), int64_t{0});
    std::shuffle(order.begin(), order.end(), rng);
    const auto permutation = torch::tensor(order, torch::kInt64);
    module.train();
    double loss_sum = 0;
    for (int64_t step = 0; step < steps_per_epoch; ++step) {
      if (cancelled && cancelled()) throw Cancelled();
      const int64_t global = epoch * steps_per_epoch + step;
      const double scale = global < warmup ? static_cast<double>(global + 1) / static_cast<double>(warmup)
                                           : 0.5 * (1.0 + std::cos(kPi * static_cast<double>(global - warmup) /
                                                                   static_cast<double>(total_steps - warmup)));
      for (auto& group : optimizer.param_groups())
        static_cast<torch::optim::AdamWOptions&>(group.options()).lr(options.lr * scale);
      const auto pick = permutation.slice(0, step * options.batch_size, std::min((step + 1) * options.batch_size, n));
      const auto x = augment(train.images.index_select(0, pick), options, rng);
      const auto y = train.labels.index_select(0, pick);
      optimizer.zero_grad();
      const auto loss = torch::nn::functional::cross_entropy(classifier_logits(module, x), y);
      loss.backward();
      optimizer.step();
      loss_sum += loss.item<double>();
      report.epoch = epoch;
      report.step = global + 1;
      report.loss = loss_sum / static_cast<double>(step + 1);
      report.heldout_accuracy = -1;
      if (progress) progress(report);
    }
    result.heldout_accuracy.push_back(classifier_accuracy(module, heldout, classes,
                                                          epoch + 1 == options.epochs ? &result.heldout_class_accuracy
                                                                                      : nullptr));
    report.heldout_accuracy = result.heldout_accuracy.back();
    if (progress) progress(report);
  }
  module.eval();
  return result;
}

}  // namespace patchdiff::score
