// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sampling/strided_noise.h"

#include <ATen/CPUGeneratorImpl.h>
#include <ATen/Parallel.h>

namespace patchdiff::sampling {

torch::Tensor StridedSeededNoise::initial(int64_t batch, int64_t height, int64_t width) {
  return draw(batch, height, width, std::nullopt);
}

torch::Tensor StridedSeededNoise::step(int k, int64_t batch, int64_t height, int64_t width) {
  return draw(batch, height, width, static_cast<uint64_t>(k));
}

torch::Tensor StridedSeededNoise::aux(uint64_t stream, int64_t batch, int64_t height, int64_t width) {
  return StridedSeededNoise(aux_seed(m_seed), m_first, m_stride).draw(batch, height, width, stream);
}

// As SeededNoise::draw (one generator per image, drawn in place), at the strided indices.
torch::Tensor StridedSeededNoise::draw(int64_t batch, int64_t height, int64_t width,
                                       std::optional<uint64_t> step) const {
  auto out = torch::empty({batch, 3, height, width}, torch::kFloat32);  // [B, 3, H, W]
  at::parallel_for(0, batch, /*grain_size=*/1, [&](int64_t begin, int64_t end) {
    for (int64_t i = begin; i < end; ++i) {
      auto generator = at::make_generator<at::CPUGeneratorImpl>(
          derive_seed(m_seed, static_cast<uint64_t>(m_first + i * m_stride), step));
      out[i].normal_(0.0, 1.0, generator);
    }
  });
  return out;
}

}  // namespace patchdiff::sampling
