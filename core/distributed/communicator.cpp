// SPDX-License-Identifier: GPL-3.0-or-later
// The one file that includes c10d. Compiled with PATCHDIFF_HAVE_C10D when CMake found the
// c10d headers and at least one backend (core/CMakeLists.txt): PATCHDIFF_HAVE_GLOO with Gloo's
// headers (CPU processes), PATCHDIFF_HAVE_NCCL on CUDA builds with NCCL.
#include "core/distributed/communicator.h"

#include <chrono>
#include <cstdlib>
#include <thread>

#ifdef PATCHDIFF_HAVE_C10D
#include <torch/csrc/distributed/c10d/FileStore.hpp>
#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroup.hpp>  // Work, the options, 2.x's Backend
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#include <torch/version.h>
#ifdef PATCHDIFF_HAVE_GLOO
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#endif
#ifdef PATCHDIFF_HAVE_NCCL
#include <c10/cuda/CUDAFunctions.h>
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif
#endif

namespace patchdiff::distributed {

#ifdef PATCHDIFF_HAVE_C10D

// LibTorch 1.13's backends (ProcessGroupGloo, ProcessGroupNCCL) derive from
// c10d::ProcessGroup; from 2.0 on they derive from c10d::Backend, and ProcessGroup is a
// dispatcher over backends. The collectives we call have the same signatures on both.
#if TORCH_VERSION_MAJOR >= 2
using BackendBase = c10d::Backend;
#else
using BackendBase = c10d::ProcessGroup;
#endif

bool c10d_available() { return true; }
std::string c10d_unavailable_reason() { return {}; }
#ifdef PATCHDIFF_HAVE_NCCL
bool nccl_available() { return true; }
#else
bool nccl_available() { return false; }
#endif

namespace {

std::vector<uint8_t> bytes_of(const std::string& text) { return {text.begin(), text.end()}; }

c10::intrusive_ptr<c10d::Store> make_store(const LaunchEnv& env) {
  if (env.init == InitMethod::File) return c10::make_intrusive<c10d::FileStore>(env.store_path, env.world_size);
  c10d::TCPStoreOptions options;
  options.port = static_cast<std::uint16_t>(env.master_port);
  // Under torchrun's agent store every worker is a client; otherwise rank 0 serves.
  options.isServer = !env.agent_store && env.rank == 0;
  options.numWorkers = env.world_size;
  options.waitWorkers = !env.agent_store;
  options.timeout = env.timeout;
  c10::intrusive_ptr<c10d::Store> tcp = c10::make_intrusive<c10d::TCPStore>(env.master_addr, options);
  // torchrun's workers share the agent's store under this prefix (torch.distributed does the same).
  if (env.agent_store)
    tcp = c10::make_intrusive<c10d::PrefixStore>("/worker/attempt_" + std::to_string(env.restart_count), tcp);
  return tcp;
}

#ifdef PATCHDIFF_HAVE_GLOO
std::shared_ptr<::gloo::transport::Device> gloo_device() {
  // torch.distributed's knob: the network interface Gloo binds to (lo for one machine).
  if (const char* ifname = std::getenv("GLOO_SOCKET_IFNAME"); ifname && *ifname)
    return c10d::ProcessGroupGloo::createDeviceForInterface(ifname);
  return c10d::ProcessGroupGloo::createDefaultDevice();
}
#endif

}  // namespace

struct Communicator::Impl {
  LaunchEnv env;
  torch::Device device = torch::kCPU;  // where the collectives' tensors must be
  std::string backend_name;
  c10::intrusive_ptr<c10d::Store> store;  // our keys (roll call, failure notes)
  c10::intrusive_ptr<BackendBase> group;

  torch::Tensor staged(const torch::Tensor& t) const {
    return t.to(device, /*non_blocking=*/false, /*copy=*/false).contiguous();
  }

  // Which ranks are gone: every rank that notices the failure checks in on the store; those
  // that do not within a grace period are lost. A rank that failed on its own left a note.
  std::string lost_ranks() {
    const auto grace = std::min(env.timeout, std::chrono::milliseconds(8000));
    try {
      store->set("alive/" + std::to_string(env.rank), bytes_of("1"));
      const auto deadline = std::chrono::steady_clock::now() + grace;
      std::vector<int> missing;
      std::string notes;
      while (true) {
        missing.clear();
        notes.clear();
        for (int r = 0; r < env.world_size; ++r) {
          if (r == env.rank) continue;
          if (store->check({"failed/" + std::to_string(r)})) {
            const auto note = store->get("failed/" + std::to_string(r));
            notes += "; rank " + std::to_string(r) + " stopped on its own error: " + std::string(note.begin(), note.end());
          } else if (!store->check({"alive/" + std::to_string(r)})) {
            missing.push_back(r);
          }
        }
        if (missing.empty() || std::chrono::steady_clock::now() >= deadline) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
      std::string names;
      for (int r : missing) names += (names.empty() ? "" : ", ") + std::to_string(r);
      if (!notes.empty()) return (names.empty() ? "" : "lost rank " + names) + notes.substr(names.empty() ? 2 : 0);
      if (names.empty()) return "a peer failed (every rank checked in afterwards)";
      return std::string(missing.size() > 1 ? "lost ranks " : "lost rank ") + names;
    } catch (const std::exception&) {
      // The store is gone with its host.
      if (env.init != InitMethod::File && !env.agent_store)
        return "lost rank 0 (it served the rendezvous store at " + env.master_addr + ":" +
               std::to_string(env.master_port) + ")";
      return "lost contact with the rendezvous store";
    }
  }

  [[noreturn]] void fail(const std::string& what, const std::string& cause) {
    const std::string who = lost_ranks();
    throw DistributedError(who + " of " + std::to_string(env.world_size) + " while " + what + " (this is rank " +
                           std::to_string(env.rank) + "; " + backend_name + ": " + cause +
                           "). The run stops; resume from the last checkpoint with --resume_checkpoint (any "
                           "number of processes)");
  }

  void wait(const c10::intrusive_ptr<c10d::Work>& work, const std::string& what) {
    try {
      if (!work->wait(env.timeout)) fail(what, "the collective was aborted");
    } catch (const DistributedError&) {
      throw;
    } catch (const std::exception& e) {
      std::string cause = e.what();
      if (const auto nl = cause.find('\n'); nl != std::string::npos) cause.resize(nl);  // drop c10's backtrace
      fail(what, cause);
    }
  }

  template <typename Start>
  c10::intrusive_ptr<c10d::Work> start(Start&& launch, const std::string& what) {
    try {
      return launch();
    } catch (const std::exception& e) {
      std::string cause = e.what();
      if (const auto nl = cause.find('\n'); nl != std::string::npos) cause.resize(nl);
      fail(what, cause);
    }
  }
};

Communicator::Communicator() = default;
Communicator::~Communicator() = default;

std::shared_ptr<Communicator> Communicator::connect(const LaunchEnv& env, const torch::Device& device) {
  auto comm = std::make_shared<Communicator>();
  comm->m_env = env;
  if (!env.distributed()) return comm;
  auto impl = std::make_unique<Impl>();
  impl->env = env;
  const std::string where = env.init == InitMethod::File ? "the file store " + env.store_path
                                                           : env.master_addr + ":" + std::to_string(env.master_port);
  try {
    auto store = make_store(env);
    impl->store = c10::make_intrusive<c10d::PrefixStore>("patchdiff", store);
    auto group_store = c10::make_intrusive<c10d::PrefixStore>("pg", store);
    if (device.is_cuda()) {
#ifdef PATCHDIFF_HAVE_NCCL
      // Without asynchronous error handling a lost peer leaves NCCL kernels waiting forever.
      setenv("NCCL_ASYNC_ERROR_HANDLING", "1", /*overwrite=*/0);        // 1.13
      setenv("TORCH_NCCL_ASYNC_ERROR_HANDLING", "1", /*overwrite=*/0);  // 2.x
      c10::cuda::set_device(device.index());
      auto options = c10d::ProcessGroupNCCL::Options::create();
      options->timeout = env.timeout;
      impl->group = c10::make_intrusive<c10d::ProcessGroupNCCL>(group_store, env.rank, env.world_size, options);
      impl->device = device;
      impl->backend_name = "nccl";
#else
      throw ConfigError("this LibTorch build has no NCCL, so several processes cannot share CUDA tensors; train "
                        "on the CPU (--device cpu) or build against a CUDA LibTorch with NCCL");
#endif
    } else {
#ifdef PATCHDIFF_HAVE_GLOO
      auto options = c10d::ProcessGroupGloo::Options::create(env.timeout);
      options->devices.push_back(gloo_device());
      options->threads = 2;
      impl->group = c10::make_intrusive<c10d::ProcessGroupGloo>(group_store, env.rank, env.world_size, options);
      impl->backend_name = "gloo";
#else
      // LibTorch's own downloads and pip wheels ship c10d without Gloo's headers.
      throw ConfigError("this build of patchdiff has no Gloo backend, so several processes cannot work on the "
                        "CPU; run on GPUs (NCCL), or reconfigure with Gloo's headers (Debian: apt install "
                        "libgloo-dev; elsewhere -DGLOO_INCLUDE_DIR=the include folder of the Gloo that "
                        "LibTorch was built with) and rebuild");
#endif
    }
  } catch (const ConfigError&) {
    throw;
  } catch (const std::exception& e) {
    std::string cause = e.what();
    if (const auto nl = cause.find('\n'); nl != std::string::npos) cause.resize(nl);
    throw DistributedError("cannot join the run as " + env.describe() + " through " + where + ": " + cause +
                           " (are all " + std::to_string(env.world_size) + " processes started, with the same "
                           "address, within --dist_timeout?)");
  }
  comm->m_impl = std::move(impl);
  return comm;
}

std::string Communicator::backend() const { return m_impl ? m_impl->backend_name : "none"; }

void Communicator::all_reduce_sum(std::vector<torch::Tensor>& tensors, const std::string& what) {
  if (!m_impl) return;
  std::vector<std::vector<torch::Tensor>> staged(tensors.size());
  std::vector<c10::intrusive_ptr<c10d::Work>> works;
  c10d::AllreduceOptions options;
  options.reduceOp = c10d::ReduceOp::SUM;
  options.timeout = m_env.timeout;
  for (size_t i = 0; i < tensors.size(); ++i) {
    staged[i] = {m_impl->staged(tensors[i])};
    works.push_back(m_impl->start([&] { return m_impl->group->allreduce(staged[i], options); }, what));
  }
  for (size_t i = 0; i < tensors.size(); ++i) {
    m_impl->wait(works[i], what);
    if (!staged[i][0].is_same(tensors[i])) tensors[i].copy_(staged[i][0]);
  }
}

bool Communicator::any(bool value, const std::string& what) {
  if (!m_impl) return value;
  std::vector<torch::Tensor> flag{m_impl->staged(torch::tensor({value ? 1 : 0}, torch::kInt))};
  c10d::AllreduceOptions options;
  options.reduceOp = c10d::ReduceOp::MAX;
  options.timeout = m_env.timeout;
  m_impl->wait(m_impl->start([&] { return m_impl->group->allreduce(flag, options); }, what), what);
  return flag[0].item<int>() != 0;
}

void Communicator::broadcast(std::vector<torch::Tensor>& tensors, int root, const std::string& what) {
  if (!m_impl) return;
  c10d::BroadcastOptions options;
  options.rootRank = root;
  options.timeout = m_env.timeout;
  std::vector<std::vector<torch::Tensor>> staged(tensors.size());
  std::vector<c10::intrusive_ptr<c10d::Work>> works;
  for (size_t i = 0; i < tensors.size(); ++i) {
    staged[i] = {m_impl->staged(tensors[i])};
    works.push_back(m_impl->start([&] { return m_impl->group->broadcast(staged[i], options); }, what));
  }
  for (size_t i = 0; i < tensors.size(); ++i) {
    m_impl->wait(works[i], what);
    if (!staged[i][0].is_same(tensors[i])) tensors[i].copy_(staged[i][0]);
  }
}

torch::Tensor Communicator::all_gather(const torch::Tensor& tensor, const std::string& what) {
  if (!m_impl) return tensor.unsqueeze(0);
  std::vector<torch::Tensor> input{m_impl->staged(tensor)};
  std::vector<std::vector<torch::Tensor>> outputs(1);
  for (int r = 0; r < m_env.world_size; ++r) outputs[0].push_back(torch::empty_like(input[0]));
  c10d::AllgatherOptions options;
  options.timeout = m_env.timeout;
  m_impl->wait(m_impl->start([&] { return m_impl->group->allgather(outputs, input, options); }, what), what);
  return torch::stack(outputs[0]).to(tensor.device());
}

void Communicator::barrier(const std::string& what) {
  if (!m_impl) return;
  // An allreduce rather than the backends' barrier: the same timeout path on Gloo and NCCL.
  std::vector<torch::Tensor> one{torch::ones({1}, torch::kFloat)};
  all_reduce_sum(one, what);
}

void Communicator::announce_failure(const std::string& message) noexcept {
  if (!m_impl) return;
  try {
    m_impl->store->set("failed/" + std::to_string(m_env.rank), bytes_of(message.substr(0, 2000)));
  } catch (...) {
  }
}

std::string process_device(const std::string& requested, const LaunchEnv& env) {
  if (!env.distributed() || (requested != "auto" && requested != "cuda" && !requested.empty())) return requested;
  const auto count = torch::cuda::device_count();
  if (count == 0) return requested == "cuda" ? requested : "cpu";
  return "cuda:" + std::to_string(env.local_rank % static_cast<int>(count));
}

#else  // no c10d in this build

bool c10d_available() { return false; }
std::string c10d_unavailable_reason() {
  return "this build of patchdiff has no c10d (torch.distributed): its LibTorch lacks the c10d headers, or "
         "neither Gloo's headers nor NCCL were found (on Debian: apt install libgloo-dev; elsewhere "
         "-DGLOO_INCLUDE_DIR=the include folder of the Gloo LibTorch was built with; with a CUDA LibTorch: "
         "-DNCCL_INCLUDE_DIR=the folder of nccl.h), then reconfigure and rebuild";
}
bool nccl_available() { return false; }

struct Communicator::Impl {};

Communicator::Communicator() = default;
Communicator::~Communicator() = default;

std::shared_ptr<Communicator> Communicator::connect(const LaunchEnv& env, const torch::Device&) {
  if (env.distributed())
    throw ConfigError("this is " + env.describe() + ", but " + c10d_unavailable_reason() +
                      "; run one process (without a launcher)");
  auto comm = std::make_shared<Communicator>();
  comm->m_env = env;
  return comm;
}

std::string Communicator::backend() const { return "none"; }
void Communicator::all_reduce_sum(std::vector<torch::Tensor>&, const std::string&) {}
bool Communicator::any(bool value, const std::string&) { return value; }
void Communicator::broadcast(std::vector<torch::Tensor>&, int, const std::string&) {}
torch::Tensor Communicator::all_gather(const torch::Tensor& tensor, const std::string&) { return tensor.unsqueeze(0); }
void Communicator::barrier(const std::string&) {}
void Communicator::announce_failure(const std::string&) noexcept {}
std::string process_device(const std::string& requested, const LaunchEnv&) { return requested; }

#endif

}  // namespace patchdiff::distributed
