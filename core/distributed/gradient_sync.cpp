// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/distributed/gradient_sync.h"

#include <algorithm>
#include <chrono>

namespace patchdiff::distributed {

GradientSync::GradientSync(std::shared_ptr<Communicator> comm, int64_t bucket_bytes)
    : m_comm(std::move(comm)), m_bucket_bytes(std::max<int64_t>(bucket_bytes, 1)) {}

void GradientSync::average(std::vector<torch::Tensor>& grads, std::vector<double>& stats, const std::string& what) {
  m_last_seconds = 0;
  if (!m_comm || !m_comm->distributed()) return;
  const auto started = std::chrono::steady_clock::now();
  torch::NoGradGuard no_grad;
  const double world = static_cast<double>(m_comm->world_size());

  // Consecutive gradients into buckets of at least one tensor and at most ~bucket_bytes.
  std::vector<std::vector<size_t>> members;
  int64_t bytes = 0;
  for (size_t i = 0; i < grads.size(); ++i) {
    const int64_t size = grads[i].numel() * static_cast<int64_t>(grads[i].element_size());
    if (members.empty() || bytes + size > m_bucket_bytes) {
      members.emplace_back();
      bytes = 0;
    }
    members.back().push_back(i);
    bytes += size;
  }
  std::vector<torch::Tensor> buffers;
  for (const auto& bucket : members) {
    std::vector<torch::Tensor> flat;
    for (size_t i : bucket) flat.push_back(grads[i].reshape({-1}));
    buffers.push_back(torch::cat(flat));  // [sum of numels]
  }
  const auto stat_device = grads.empty() ? torch::Device(torch::kCPU) : grads.front().device();
  buffers.push_back(torch::tensor(stats, torch::TensorOptions().dtype(torch::kFloat64)).to(stat_device));

  m_comm->all_reduce_sum(buffers, what);

  for (size_t b = 0; b < members.size(); ++b) {
    buffers[b].div_(world);
    int64_t offset = 0;
    for (size_t i : members[b]) {
      const int64_t n = grads[i].numel();
      grads[i].copy_(buffers[b].narrow(0, offset, n).view(grads[i].sizes()));
      offset += n;
    }
  }
  const auto summed = buffers.back().cpu();
  for (size_t i = 0; i < stats.size(); ++i) stats[i] = summed[static_cast<int64_t>(i)].item<double>() / world;
  m_last_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
}

}  // namespace patchdiff::distributed
