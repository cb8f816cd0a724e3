// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a run's randomness comes from. Seeded noise is addressable: x_T of image i comes
// from a CPU generator seeded from (seed, i), the noise of loop step k of image i from one
// seeded from (seed, i, k). So image i of a batch of 8 equals image i of a batch of 1,
// CPU and CUDA runs start from the same noise, and any step can be redone alone.
// Injected noise replays another implementation's run exactly.
#include <torch/torch.h>

#include <cstdint>
#include <optional>

namespace patchdiff::sampling {

// The seed of the generator for (seed, image) or (seed, image, step): SplitMix64 mixing of
// the parts, so neighbouring indices give unrelated streams.
uint64_t derive_seed(uint64_t seed, uint64_t image, std::optional<uint64_t> step = std::nullopt);

// A standard normal [3, H, W] float32 on the CPU from a generator seeded with `seed`.
torch::Tensor seeded_normal(uint64_t seed, int64_t height, int64_t width);

class NoiseSource {
 public:
  virtual ~NoiseSource() = default;
  // [B, 3, H, W] on the CPU for images first_image .. first_image + B - 1.
  virtual torch::Tensor initial(int64_t batch, int64_t height, int64_t width) = 0;
  // The noise of loop step k (0 = the first, noisiest step).
  virtual torch::Tensor step(int k, int64_t batch, int64_t height, int64_t width) = 0;
  // Noise that is neither x_T nor a solver's step noise, keyed by `stream` (inpainting's kept
  // region, RePaint's jumps back up), so those leave the solver's streams as they are.
  // ConfigError unless the source has such streams.
  virtual torch::Tensor aux(uint64_t stream, int64_t batch, int64_t height, int64_t width);
};

// The seed of the auxiliary streams of a run seeded with `seed`.
uint64_t aux_seed(uint64_t seed);

class SeededNoise : public NoiseSource {
 public:
  SeededNoise(uint64_t seed, int64_t first_image) : m_seed(seed), m_first(first_image) {}
  torch::Tensor initial(int64_t batch, int64_t height, int64_t width) override;
  torch::Tensor step(int k, int64_t batch, int64_t height, int64_t width) override;
  torch::Tensor aux(uint64_t stream, int64_t batch, int64_t height, int64_t width) override;

 private:
  torch::Tensor draw(int64_t batch, int64_t height, int64_t width, std::optional<uint64_t> step) const;
  uint64_t m_seed;
  int64_t m_first;
};

// Replays given tensors: x_T [B, 3, H, W] and optionally per-step noise [N, B, 3, H, W]
// (without it, step noise falls back to `fallback`, if any, else an error).
class InjectedNoise : public NoiseSource {
 public:
  InjectedNoise(torch::Tensor x_T, torch::Tensor step_noise = {}, NoiseSource* fallback = nullptr)
      : m_x_T(std::move(x_T)), m_step_noise(std::move(step_noise)), m_fallback(fallback) {}
  torch::Tensor initial(int64_t batch, int64_t height, int64_t width) override;
  torch::Tensor step(int k, int64_t batch, int64_t height, int64_t width) override;
  torch::Tensor aux(uint64_t stream, int64_t batch, int64_t height, int64_t width) override;

 private:
  torch::Tensor m_x_T, m_step_noise;
  NoiseSource* m_fallback;
};

}  // namespace patchdiff::sampling
