// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Data-parallel gradient averaging, as DistributedDataParallel does it: after the last
// micro-batch's backward pass, the gradients are copied into flat buckets of about
// `bucket_bytes` each, one allreduce per bucket (all in flight together), divided by the world
// size and copied back. A few loss statistics travel with them (in float64), so every
// decision taken from them afterwards - skipping a non-finite step, lowering the fp16 loss
// scale, the logged loss - is the same on every rank. With one process it does nothing.
#include <torch/torch.h>

#include <memory>
#include <string>
#include <vector>

#include "core/distributed/communicator.h"

namespace patchdiff::distributed {

class GradientSync {
 public:
  explicit GradientSync(std::shared_ptr<Communicator> comm, int64_t bucket_bytes = int64_t{25} << 20);

  // `grads` (float32, any shapes, on one device) and `stats` become their means over the
  // ranks, in place. `what` names the step for error messages.
  void average(std::vector<torch::Tensor>& grads, std::vector<double>& stats, const std::string& what);

  // Wall time of the last average() (the allreduce cost of a step), in seconds.
  double last_seconds() const { return m_last_seconds; }
  const Communicator& communicator() const { return *m_comm; }

 private:
  std::shared_ptr<Communicator> m_comm;
  int64_t m_bucket_bytes;
  double m_last_seconds = 0;
};

}  // namespace patchdiff::distributed
