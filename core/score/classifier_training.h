// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Trains the feature classifier (core/score/classifier_net) on a labelled image set with
// AdamW, a cosine learning rate, random flips and shifts of up to `shift` pixels (the
// border filled white, the emoji background). Everything random (initial weights, the order,
// the augmentation) is drawn from `seed`, so a rerun with the same data, options and thread
// count gives the same weights.
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "core/score/classifier_net.h"
#include "core/score/image_set.h"

namespace patchdiff::score {

struct ClassifierTrainOptions {
  int64_t epochs = 10;  // the bundled network's (resources/score/MODEL_CARD.md)
  int64_t batch_size = 64;
  double lr = 2e-3;
  double weight_decay = 5e-4;
  int64_t shift = 4;
  bool flip = true;
  uint64_t seed = 0;
};

struct ClassifierProgress {
  int64_t epoch = 0, step = 0, total_steps = 0;
  double loss = 0;               // mean training loss of the epoch so far
  double heldout_accuracy = -1;  // after each epoch; -1 within one
};
using ClassifierProgressFn = std::function<void(const ClassifierProgress&)>;

struct ClassifierTrainResult {
  std::shared_ptr<torch::jit::Module> module;  // in eval mode
  std::vector<double> heldout_accuracy;        // after each epoch
  std::vector<double> heldout_class_accuracy;  // per class, after the last epoch (-1: no images)
};

// ConfigError when either set has no labels, a label is outside the classes, or the image
// size differs from shape.input_size. `cancelled`, when given and true, throws Cancelled
// between steps.
ClassifierTrainResult train_classifier(const ImageSet& train, const ImageSet& heldout, const ClassifierShape& shape,
                                       const ClassifierTrainOptions& options, const ClassifierProgressFn& progress = {},
                                       const std::function<bool()>& cancelled = {});

// Share of `set`'s images whose argmax logit is their label (eval mode), and per class.
double classifier_accuracy(torch::jit::Module& module, const ImageSet& set, int64_t num_classes,
                           std::vector<double>* per_class = nullptr);

}  // namespace patchdiff::score
