// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The process group of a multi-process run and the few collectives the trainer and the
// sampler use. Every c10d type and LibTorch version difference lives behind this interface
// (communicator.cpp). A one-process Communicator makes every collective a no-op, so callers
// run unchanged without a launcher, and on a LibTorch build without c10d.
//
// Every collective waits at most the run's timeout (--dist_timeout). When a peer is gone (it
// crashed, was killed, or stopped on its own error) the call throws DistributedError naming
// the lost rank(s), found by a roll call on the rendezvous store, instead of hanging.
#include <torch/torch.h>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "core/distributed/launch_env.h"
#include "core/error.h"

namespace patchdiff::distributed {

// A peer was lost or the rendezvous failed; the message names the rank and what to do.
struct DistributedError : Error {
  using Error::Error;
};

// Whether this build can run several processes (it has c10d with Gloo; NCCL on CUDA builds);
// when not, why (for messages).
bool c10d_available();
std::string c10d_unavailable_reason();
bool nccl_available();

// The device of one process: --device auto/cuda become cuda:<local rank> (modulo the visible
// GPUs) in a multi-process run on a CUDA machine, the CPU without one; an explicit cuda:N or
// cpu is kept.
std::string process_device(const std::string& requested, const LaunchEnv& env);

class Communicator {
 public:
  // One process: rank 0 of 1.
  Communicator();
  ~Communicator();
  Communicator(const Communicator&) = delete;
  Communicator& operator=(const Communicator&) = delete;

  // Joins the run `env` describes, with NCCL when `device` is CUDA and Gloo otherwise. With
  // world size 1, a one-process Communicator. ConfigError when this build has no c10d (or no
  // NCCL for a CUDA device); DistributedError when the rendezvous fails or times out.
  static std::shared_ptr<Communicator> connect(const LaunchEnv& env, const torch::Device& device);

  int rank() const { return m_env.rank; }
  int world_size() const { return m_env.world_size; }
  bool is_main() const { return m_env.rank == 0; }
  bool distributed() const { return m_env.world_size > 1; }
  const LaunchEnv& env() const { return m_env; }
  std::string backend() const;  // "gloo", "nccl" or "none"

  // `what` says what the collective is for ("averaging the gradients of step 12"); it goes
  // into the error message when a peer is lost.
  //
  // Each tensor summed over the ranks, in place (one collective per tensor, all in flight
  // at once: buckets).
  void all_reduce_sum(std::vector<torch::Tensor>& tensors, const std::string& what);
  // True when `value` is true on any rank.
  bool any(bool value, const std::string& what);
  // Rank `root`'s tensors copied into every rank's (same shapes and dtypes everywhere).
  void broadcast(std::vector<torch::Tensor>& tensors, int root, const std::string& what);
  // Every rank's `tensor` (same shape and dtype on all ranks), stacked: [world, ...].
  torch::Tensor all_gather(const torch::Tensor& tensor, const std::string& what);
  // Returns when every rank has arrived.
  void barrier(const std::string& what);

  // Leaves a note on the store that this rank stops on its own error, so the others name
  // it and its reason instead of a lost connection. Never throws.
  void announce_failure(const std::string& message) noexcept;

 private:
  struct Impl;
  LaunchEnv m_env;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace patchdiff::distributed
