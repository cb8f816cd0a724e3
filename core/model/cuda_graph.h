// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Replays a network's forward pass as a CUDA graph: captured once per input shape, with
// static input and output tensors, then one graph launch per call instead of hundreds of
// kernel launches. Compiled in only against a CUDA LibTorch (the header keeps CUDA out).
#include <functional>
#include <map>
#include <memory>
#include <tuple>
#include <vector>

#include <torch/types.h>

namespace patchdiff::model {

class GraphedForward {
 public:
  using Fn = std::function<torch::Tensor(const torch::Tensor& x, const torch::Tensor& t,
                                         const torch::Tensor& labels)>;
  GraphedForward();
  ~GraphedForward();
  GraphedForward(const GraphedForward&) = delete;
  GraphedForward& operator=(const GraphedForward&) = delete;

  // Built against a CUDA LibTorch with CUDA graph support.
  static bool supported();

  // fn(x, t, labels) through the graph for these shapes (captured on first use: two
  // eager warm-up passes on a side stream, then the capture). Inputs must be CUDA tensors;
  // returns a fresh copy of the static output.
  torch::Tensor run(const Fn& fn, const torch::Tensor& x, const torch::Tensor& t,
                    const torch::Tensor& labels);

  // Drops every captured graph (after weights move or change dtype).
  void clear();
  size_t size() const { return m_graphs.size(); }

 private:
  struct Entry;
  using Key = std::tuple<std::vector<int64_t>, int, int, bool, int64_t>;
  std::map<Key, std::unique_ptr<Entry>> m_graphs;
};

}  // namespace patchdiff::model
