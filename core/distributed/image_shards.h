// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Sampling split over processes (with sampling::StridedSeededNoise): rank r of N makes the image indices i = r, r + N, r + 2N,
// ... of a run (each with the noise and label of image i, so the images are those of one
// process), and the shares are put back in index order on every rank.
#include <torch/torch.h>

#include <cstdint>
#include <vector>

#include "core/distributed/communicator.h"

namespace patchdiff::distributed {

// How many of `count` images rank `rank` of `world` makes: ceil((count - rank) / world).
int64_t shard_size(int64_t count, int rank, int world);
// Their indices: rank, rank + world, ... below count.
std::vector<int64_t> shard_indices(int64_t count, int rank, int world);
// Every rank's share ([shard_size, ...], the same trailing shape and dtype everywhere) put
// together in image order: [count, ...] on every rank. With one process, `local` itself.
torch::Tensor gather_shards(Communicator& comm, const torch::Tensor& local, int64_t count, const std::string& what);

}  // namespace patchdiff::distributed
