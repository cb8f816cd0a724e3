// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/distributed/image_shards.h"

#include "core/error.h"

namespace patchdiff::distributed {

int64_t shard_size(int64_t count, int rank, int world) {
  return count > rank ? (count - rank + world - 1) / world : 0;
}

std::vector<int64_t> shard_indices(int64_t count, int rank, int world) {
  std::vector<int64_t> out;
  for (int64_t i = rank; i < count; i += world) out.push_back(i);
  return out;
}

torch::Tensor gather_shards(Communicator& comm, const torch::Tensor& local, int64_t count, const std::string& what) {
  const int world = comm.world_size();
  if (world == 1) return local;
  TORCH_CHECK(local.size(0) == shard_size(count, comm.rank(), world), "gather_shards: rank ", comm.rank(), " holds ",
              local.size(0), " images, expected ", shard_size(count, comm.rank(), world));
  // Every share padded to the largest (rank 0's), gathered as [world, rows, ...].
  const int64_t rows = shard_size(count, 0, world);
  auto sizes = local.sizes().vec();
  sizes[0] = rows;
  auto padded = torch::zeros(sizes, local.options().device(torch::kCPU));
  if (local.size(0) > 0) padded.narrow(0, 0, local.size(0)).copy_(local);
  const auto gathered = comm.all_gather(padded, what);  // [world, rows, ...]
  // Row j of rank r is image j * world + r: [rows, world, ...] flattened is image order.
  sizes[0] = rows * world;
  return gathered.transpose(0, 1).reshape(sizes).narrow(0, 0, count).contiguous();
}

}  // namespace patchdiff::distributed
