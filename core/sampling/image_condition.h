// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Starting a run from an image instead of noise. Image-to-image (SDEdit, Meng et al. 2021):
// the input noised to the schedule point nearest the strength s, x_t = sqrt(abar_t) x0 +
// sqrt(1 - abar_t) eps with the image's own seeded x_T draw as eps, then any solver from
// there. Inpainting (RePaint, Lugmayr et al. 2022): after every step the kept region is
// replaced by the input noised to the new point, with optional resampling jumps back up
// the schedule. Variations: one input, several images (each its own seeded noise). The
// sampling loop (core/sampling/sampler) walks these moves; nothing here knows a solver.
#include <torch/types.h>

#include <cstdint>
#include <vector>

#include "core/diffusion/gaussian_diffusion.h"
#include "core/sampling/eval_point.h"

namespace patchdiff::sampling {

// A run's input images: image g of the run (its global index) starts from pixels[g % M].
struct InitImages {
  torch::Tensor pixels;  // uint8 [M, S, S, 3] at the model's size
  torch::Tensor masks;   // uint8 [M, S, S]: 255 regenerate, 0 keep; undefined: regenerate everything
  bool defined() const { return pixels.defined(); }
};

// One batch's condition, on the run's device.
struct ImageCondition {
  torch::Tensor image;  // [B, 3, S, S] model space, v / 127.5 - 1 as training reads images
  torch::Tensor keep;   // [B, 1, S, S] 1 where the input is kept; undefined without a mask
  // The kept region's final values: the centres of the input's 8-bit levels, (v + 0.5) /
  // 127.5 - 1, so the original's truncating conversion to 8 bits gives v back exactly.
  torch::Tensor kept_values;
  bool defined() const { return image.defined(); }
  bool inpainting() const { return keep.defined(); }
};

// The condition of the images with these global indices (CPU tensors). ConfigError when the
// pixels or masks have the wrong shape or type, or the masks differ in number from the images.
ImageCondition condition_for_images(const InitImages& inputs, const std::vector<int64_t>& global_indices);
// Checks an InitImages against the model's image size (ConfigError naming what is wrong).
void validate_init_images(const InitImages& inputs, int64_t image_size);

// The strength a schedule point stands for: (t + 1) / T with t its original timestep (the
// first point of a full schedule is 1, every later point less).
double point_strength(const EvalPoint& point, const diffusion::GaussianDiffusion& respaced);
// The loop index a run of strength s starts at: the point whose strength is nearest to s
// (ties go to the noisier point). Every s in (0, 1] runs at least the last step.
int start_index_for_strength(const std::vector<EvalPoint>& points, const diffusion::GaussianDiffusion& respaced,
                             double strength);

// A run's walk over the schedule positions 0 .. n (n: the clean end). A move with to =
// from + 1 is one solver step from point `from`; to < from goes back up (noising x with the
// forward process, RePaint's jump).
struct Move {
  int from = 0, to = 0;
  bool down() const { return to == from + 1; }
};
// From `start` to the clean end n: plain steps, or with RePaint's schedule (its
// get_schedule_jump): with r steps left after a step, where r - 1 is a multiple of
// jump_length and below m - jump_length (m = n - start), go back up jump_length positions,
// `jumps` times per such position.
std::vector<Move> sampling_moves(int start, int num_points, int jumps, int jump_length);

}  // namespace patchdiff::sampling
