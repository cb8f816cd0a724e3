// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one orchestration of a sampling job: (models, job, labels, seed, N images, batch
// size) -> images with their per-step records. `patchdiff sample`, `patchdiff compare`, the
// studio's worker and the trainer's preview grid all run images through here. Image i draws
// its x_T and step noise from (seed, first_image + i), so it is the same image in any batch
// (and in any shard of a run split over processes: give each its first_image and stride).
#include <torch/torch.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

#include "core/sampling/sampler.h"

namespace patchdiff::sampling {

struct ImagesRequest {
  int64_t num_images = 1;
  int64_t batch_size = 1;
  uint64_t seed = 0;
  int64_t first_image = 0;       // image i of this request is image first_image + i * image_stride
  int64_t image_stride = 1;      // of the seed (a process's share of a run: rank, world size)
  std::vector<int64_t> labels;   // one per image (class-conditional models), else empty
  torch::Tensor given_x_T;       // optional [num_images, 3, H, W]: x_T from a file (step noise stays seeded)
  // Optional input images (image-to-image, inpainting, variations): image i of the request
  // starts from input (first_image + i * image_stride) % M, at the job's strength.
  InitImages init_images;
  // Branching (one batch only): start at loop index start_index from start_x and start_state.
  int start_index = 0;
  torch::Tensor start_x;
  SolverState start_state;
  const std::atomic_bool* cancel = nullptr;  // polled between steps
};

struct ImagesObserver {
  // Every step of every batch; `first` is the batch's first image (relative to the request).
  std::function<void(int64_t first, int64_t batch, const StepRecord&)> step;
  std::function<void(int64_t first, const RunResult&)> batch_done;
};

struct ImagesResult {
  torch::Tensor images;   // [N, 3, H, W] float32 on the CPU, model space [-1, 1]
  int64_t images_done = 0;
  bool cancelled = false;  // the images of the cancelled batch hold its last x0 prediction
  int steps_done = 0;      // of the last batch
  SolverState state;       // of the last batch
};

// Runs the request's images in batches through `sampler` with `settings` (whose respacing
// and splits the sampler was built with). ConfigError for bad counts, labels or x_T shapes.
ImagesResult sample_images(Sampler& sampler, const SamplerSettings& settings, const ImagesRequest& request,
                           const ImagesObserver& observer = {});

// The labels of a run's images: `given` repeated, or (empty) drawn from the seed as
// `patchdiff sample --class_labels random` does; empty for unconditional models, where
// given labels are a ConfigError. Checked against the class count.
std::vector<int64_t> labels_for_images(const std::vector<int64_t>& given, uint64_t seed, int64_t first_image,
                                       int64_t count, int num_classes);

}  // namespace patchdiff::sampling
