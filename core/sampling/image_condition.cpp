// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sampling/image_condition.h"

#include <cmath>
#include <map>

#include <torch/torch.h>

#include "core/error.h"

namespace patchdiff::sampling {

void validate_init_images(const InitImages& inputs, int64_t image_size) {
  if (!inputs.defined()) return;
  const auto& p = inputs.pixels;
  if (p.scalar_type() != torch::kUInt8 || p.dim() != 4 || p.size(0) < 1 || p.size(3) != 3)
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "input images must be uint8 [M, H, W, 3], got %1 %2"),
                              {c10::str(p.scalar_type()), c10::str(p.sizes())}));
  if (p.size(1) != image_size || p.size(2) != image_size)
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "input images are %1x%2, the model makes %3x%4"),
                              {std::to_string(p.size(2)), std::to_string(p.size(1)), std::to_string(image_size),
                               std::to_string(image_size)}));
  if (inputs.masks.defined()) {
    const auto& m = inputs.masks;
    if (m.scalar_type() != torch::kUInt8 || m.dim() != 3 || m.size(0) != p.size(0) || m.size(1) != p.size(1) ||
        m.size(2) != p.size(2))
      throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "masks must be uint8 [M, H, W] matching the input images %1, "
                                                          "got %2"),
                                {c10::str(p.sizes()), c10::str(m.sizes())}));
  }
}

ImageCondition condition_for_images(const InitImages& inputs, const std::vector<int64_t>& global_indices) {
  ImageCondition c;
  if (!inputs.defined()) return c;
  validate_init_images(inputs, inputs.pixels.size(1));
  const int64_t m = inputs.pixels.size(0);
  std::vector<int64_t> rows;
  for (int64_t g : global_indices) rows.push_back(g % m);
  const auto index = torch::tensor(rows, torch::kLong);
  const auto v = inputs.pixels.index_select(0, index).permute({0, 3, 1, 2}).to(torch::kFloat32);  // [B, 3, S, S]
  c.image = (v / 127.5 - 1.0).contiguous();
  if (inputs.masks.defined()) {
    c.keep = (inputs.masks.index_select(0, index) < 128).to(torch::kFloat32).unsqueeze(1).contiguous();
    c.kept_values = ((v + 0.5) / 127.5 - 1.0).contiguous();
  }
  return c;
}

double point_strength(const EvalPoint& point, const diffusion::GaussianDiffusion& respaced) {
  if (point.is_clean()) return 0.0;
  const double t = point.is_step() ? respaced.timestep_map().at(static_cast<size_t>(point.step)) : point.timestep;
  return (t + 1.0) / static_cast<double>(respaced.original_num_steps());
}

int start_index_for_strength(const std::vector<EvalPoint>& points, const diffusion::GaussianDiffusion& respaced,
                             double strength) {
  if (!(strength > 0.0 && strength <= 1.0))
    throw ConfigError(
        Message(PATCHDIFF_TR_NOOP("core", "the strength must be in (0, 1], got %1"), {std::to_string(strength)}));
  if (points.empty()) throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "the schedule has no steps"), {}));
  int best = 0;
  double best_distance = std::abs(point_strength(points[0], respaced) - strength);
  for (size_t k = 1; k < points.size(); ++k) {
    const double distance = std::abs(point_strength(points[k], respaced) - strength);
    if (distance < best_distance) {  // strictly: ties keep the noisier point
      best = static_cast<int>(k);
      best_distance = distance;
    }
  }
  return best;
}

std::vector<Move> sampling_moves(int start, int num_points, int jumps, int jump_length) {
  if (start < 0 || start > num_points)
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "start step outside the schedule"), {}));
  std::vector<Move> moves;
  const int m = num_points - start;
  // Jumps left per number of steps left - 1 (RePaint's t), as its get_schedule_jump.
  std::map<int, int> jumps_left;
  if (jumps > 0 && jump_length > 0)
    for (int t = 0; t < m - jump_length; t += jump_length) jumps_left[t] = jumps;
  int p = start;
  while (p < num_points) {
    moves.push_back({p, p + 1});
    ++p;
    const int t = num_points - p - 1;  // RePaint's t after the step: steps left - 1 (-1 at the end)
    auto it = jumps_left.find(t);
    if (t >= 0 && it != jumps_left.end() && it->second > 0) {
      --it->second;
      moves.push_back({p, p - jump_length});
      p -= jump_length;
    }
  }
  return moves;
}

}  // namespace patchdiff::sampling
