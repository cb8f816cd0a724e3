// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The training loss of a checkpoint on a folder of images (a held-out split), measured so
// that checkpoints can be compared: every image is used K times, and draw k of image i
// takes its timestep and noise from a generator seeded by (seed, i, k) alone, so any two
// checkpoints (and any batch size or device) see identical (x0, t, noise) triples. The loss
// is the trainer's own (TrainingLoss) with the true labels (no label dropout) and uniform
// timesteps over the model's diffusion steps.
#include <torch/torch.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/io/image_folder.h"
#include "core/model/model_loader.h"

namespace patchdiff::training {

struct EvaluationOptions {
  int samples_per_image = 4;  // K draws of (t, noise) per image
  uint64_t seed = 0;
  int64_t batch_size = 32;
  torch::Device device{torch::kCPU};
};

// Mean and standard error of the mean (sample standard deviation / sqrt(count)) of values.
struct MeanAndError {
  int64_t count = 0;
  double mean = 0, sem = 0;  // NaN when count is 0 (sem also when count is 1)
};
MeanAndError mean_and_error(const std::vector<double>& values);

// One loss term over all draws and per quartile of t (quartile = int(4 t / T), as progress.csv).
struct TermSummary {
  MeanAndError all;
  std::array<MeanAndError, 4> quartiles;
};

struct Evaluation {
  std::string checkpoint, title, data_dir;
  int64_t images = 0;                  // images evaluated (undecodable ones are skipped)
  int samples_per_image = 0;
  uint64_t seed = 0;
  int num_steps = 0;                   // T
  std::vector<std::string> skipped;    // files that could not be decoded
  // Per draw, image-major (draw d = image * K + k): timestep and each term ("loss", and
  // "mse" / "vb" when the loss has them).
  std::vector<int64_t> t;
  std::map<std::string, std::vector<double>> values;
  std::map<std::string, TermSummary> summary;
};

// Term names in display order, as present in `evaluation`.
std::vector<std::string> term_names(const Evaluation& evaluation);

// The draw of (seed, image, sample): its timestep index in [0, num_steps) and its noise
// [3, size, size] (CPU float32), from a CPU generator seeded with derive_seed(seed ^ salt,
// image, sample), timestep first.
struct LossDraw {
  int64_t t = 0;
  torch::Tensor noise;
};
LossDraw loss_draw(uint64_t seed, int64_t image, int64_t sample, int num_steps, int64_t image_size);

// The folder as the model sees it: its image size, centre crops without flips, classes
// read from the file names when the model is class-conditional. ConfigError / IoError.
io::ImageFolder evaluation_folder(const model::LoadedModel& model, const std::string& data_dir,
                                  io::WarningFn warn = {});

// `progress(images_done, images_total)` after each batch; Cancelled when `cancel` is set.
// ConfigError: labels the model does not know (word classes missing from its sidecar's
// class_names, integers beyond num_classes), a split model (--snr_splits: one network per
// part of the schedule), an unreadable folder; IoError when no image can be decoded.
Evaluation evaluate_loss(const model::LoadedModel& model, const io::ImageFolder& folder,
                         const EvaluationOptions& options,
                         const std::function<void(int64_t, int64_t)>& progress = {},
                         const std::atomic_bool* cancel = nullptr);

// b - a of one term over the draws both evaluations share (the same folder, seed and K):
// mean and standard error of the paired differences, which cancel the variation between
// draws. ConfigError when the two were not evaluated on identical draws.
MeanAndError paired_difference(const Evaluation& a, const Evaluation& b, const std::string& term);

// The evaluations as JSON text: per checkpoint the settings, each term's mean, sem and
// quartiles, and the paired differences to the first checkpoint.
std::string evaluations_to_json(const std::vector<Evaluation>& evaluations);

}  // namespace patchdiff::training
