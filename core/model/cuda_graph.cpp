// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/cuda_graph.h"

#include <torch/torch.h>

// Debian's CPU LibTorch ships the ATen/cuda headers too: the CUDA runtime's header and
// cuda_cmake_macros.h (written by CUDA builds of LibTorch only) decide.
// PATCHDIFF_NO_CUDA_EXTRAS turns the CUDA-only code off by hand.
#if !defined(PATCHDIFF_NO_CUDA_EXTRAS) && __has_include(<ATen/cuda/CUDAGraph.h>) && \
    __has_include(<cuda_runtime_api.h>) && __has_include(<c10/cuda/CUDAGuard.h>) && \
    __has_include(<c10/cuda/impl/cuda_cmake_macros.h>)
#define PATCHDIFF_CUDA_GRAPHS 1
#include <ATen/cuda/CUDAGraph.h>
#include <c10/cuda/CUDAGuard.h>
#include <c10/cuda/CUDAStream.h>
#include <torch/cuda.h>
#else
#define PATCHDIFF_CUDA_GRAPHS 0
#endif

#include "core/error.h"

namespace patchdiff::model {

#if PATCHDIFF_CUDA_GRAPHS
struct GraphedForward::Entry {
  at::cuda::CUDAGraph graph;
  torch::Tensor x, t, labels, out;  // static: the graph reads and writes these addresses
};
#else
struct GraphedForward::Entry {};
#endif

GraphedForward::GraphedForward() = default;
GraphedForward::~GraphedForward() { clear(); }

bool GraphedForward::supported() { return PATCHDIFF_CUDA_GRAPHS != 0; }

void GraphedForward::clear() {
#if PATCHDIFF_CUDA_GRAPHS
  if (!m_graphs.empty()) torch::cuda::synchronize();
#endif
  m_graphs.clear();
}

torch::Tensor GraphedForward::run(const Fn& fn, const torch::Tensor& x, const torch::Tensor& t,
                                  const torch::Tensor& labels) {
#if PATCHDIFF_CUDA_GRAPHS
  TORCH_CHECK(x.is_cuda(), "CUDA graphs need CUDA inputs");
  const Key key{x.sizes().vec(), static_cast<int>(x.scalar_type()), x.device().index(),
                labels.defined(), t.size(0)};
  auto it = m_graphs.find(key);
  if (it == m_graphs.end()) {
    auto entry = std::make_unique<Entry>();
    entry->x = x.clone();
    entry->t = t.clone();
    if (labels.defined()) entry->labels = labels.clone();
    c10::cuda::CUDAGuard device_guard(x.device());
    auto side = c10::cuda::getStreamFromPool();
    torch::cuda::synchronize();  // the side stream must see the static inputs
    {
      // Capture needs a side stream; warm-up passes there first create the cuBLAS/cuDNN
      // handles and workspaces outside the graph.
      c10::cuda::CUDAStreamGuard stream_guard(side);
      for (int i = 0; i < 2; ++i) fn(entry->x, entry->t, entry->labels);
      side.synchronize();
      entry->graph.capture_begin();
      entry->out = fn(entry->x, entry->t, entry->labels);
      entry->graph.capture_end();
    }
    torch::cuda::synchronize();
    it = m_graphs.emplace(key, std::move(entry)).first;
  }
  Entry& e = *it->second;
  e.x.copy_(x);
  e.t.copy_(t);
  if (labels.defined()) e.labels.copy_(labels);
  e.graph.replay();
  return e.out.clone();
#else
  (void)fn;
  (void)x;
  (void)t;
  (void)labels;
  throw Error("this build of LibTorch has no CUDA graph support");
#endif
}

}  // namespace patchdiff::model
