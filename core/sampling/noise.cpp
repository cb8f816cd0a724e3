// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sampling/noise.h"

#include <ATen/CPUGeneratorImpl.h>
#include <ATen/Parallel.h>

#include "core/error.h"

namespace patchdiff::sampling {

namespace {
uint64_t splitmix64(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}
}  // namespace

uint64_t derive_seed(uint64_t seed, uint64_t image, std::optional<uint64_t> step) {
  uint64_t h = splitmix64(seed);
  h = splitmix64(h ^ (image + 1));
  if (step) h = splitmix64(h ^ ((*step + 1) << 20));
  return h;
}

uint64_t aux_seed(uint64_t seed) { return splitmix64(seed ^ 0x6175782D6E6F6973ull); }  // "aux-nois"

torch::Tensor NoiseSource::aux(uint64_t, int64_t, int64_t, int64_t) {
  throw ConfigError("this run's noise source has no auxiliary streams (image-to-image with a mask, and RePaint's "
                    "jumps, need seeded noise)");
}

torch::Tensor seeded_normal(uint64_t seed, int64_t height, int64_t width) {
  auto generator = at::make_generator<at::CPUGeneratorImpl>(seed);
  return torch::randn({3, height, width}, generator, torch::TensorOptions().dtype(torch::kFloat32));
}

torch::Tensor SeededNoise::initial(int64_t batch, int64_t height, int64_t width) {
  return draw(batch, height, width, std::nullopt);
}

torch::Tensor SeededNoise::step(int k, int64_t batch, int64_t height, int64_t width) {
  return draw(batch, height, width, static_cast<uint64_t>(k));
}

torch::Tensor SeededNoise::aux(uint64_t stream, int64_t batch, int64_t height, int64_t width) {
  return SeededNoise(aux_seed(m_seed), m_first).draw(batch, height, width, stream);
}

// Each image has its own generator, so the images can be drawn on the intra-op threads
// with values independent of the thread count: at batch 16 and 256x256 the serial draw
// (3.1 M values) outlasted a whole fp16 step on an H200.
torch::Tensor SeededNoise::draw(int64_t batch, int64_t height, int64_t width,
                                std::optional<uint64_t> step) const {
  auto out = torch::empty({batch, 3, height, width}, torch::kFloat32);  // [B, 3, H, W]
  at::parallel_for(0, batch, /*grain_size=*/1, [&](int64_t begin, int64_t end) {
    for (int64_t i = begin; i < end; ++i) {
      // Drawn in place: the same values as seeded_normal (randn is normal_ on a fresh
      // contiguous tensor; out[i] is a contiguous [3, H, W] view), without a copy.
      auto generator = at::make_generator<at::CPUGeneratorImpl>(
          derive_seed(m_seed, static_cast<uint64_t>(m_first + i), step));
      out[i].normal_(0.0, 1.0, generator);
    }
  });
  return out;
}

torch::Tensor InjectedNoise::initial(int64_t batch, int64_t height, int64_t width) {
  const std::vector<int64_t> expected{batch, 3, height, width};
  if (m_x_T.sizes().vec() != expected)
    throw ConfigError("the given x_T has shape " + c10::str(m_x_T.sizes()) + ", the run needs " +
                      c10::str(c10::IntArrayRef(expected)));
  return m_x_T.to(torch::kFloat32);
}

torch::Tensor InjectedNoise::step(int k, int64_t batch, int64_t height, int64_t width) {
  if (m_step_noise.defined()) {
    if (k >= m_step_noise.size(0))
      throw ConfigError("the given step noise holds " + std::to_string(m_step_noise.size(0)) +
                        " steps, the run needs step " + std::to_string(k));
    return m_step_noise[k].to(torch::kFloat32);
  }
  if (m_fallback) return m_fallback->step(k, batch, height, width);
  throw ConfigError("no noise for step " + std::to_string(k) + " was given");
}

torch::Tensor InjectedNoise::aux(uint64_t stream, int64_t batch, int64_t height, int64_t width) {
  if (m_fallback) return m_fallback->aux(stream, batch, height, width);
  return NoiseSource::aux(stream, batch, height, width);
}

}  // namespace patchdiff::sampling
