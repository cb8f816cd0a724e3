// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// SeededNoise for every stride-th image: image j of a batch is image first + j * stride of
// the seed. One process's share of a run split over N processes (i = rank, rank + N, ...,
// core/distributed/image_shards.h) draws exactly the noise one process gives those images.
#include "core/sampling/noise.h"

namespace patchdiff::sampling {

class StridedSeededNoise : public NoiseSource {
 public:
  StridedSeededNoise(uint64_t seed, int64_t first_image, int64_t stride)
      : m_seed(seed), m_first(first_image), m_stride(stride) {}
  torch::Tensor initial(int64_t batch, int64_t height, int64_t width) override;
  torch::Tensor step(int k, int64_t batch, int64_t height, int64_t width) override;
  torch::Tensor aux(uint64_t stream, int64_t batch, int64_t height, int64_t width) override;

 private:
  torch::Tensor draw(int64_t batch, int64_t height, int64_t width, std::optional<uint64_t> step) const;
  uint64_t m_seed;
  int64_t m_first, m_stride;
};

}  // namespace patchdiff::sampling
