// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The patched U-Net of the original code (spec/unet.md, "The network"). Module names equal
// the original state_dict keys, so loading a checkpoint is a name-for-name copy.
#include <torch/nn/module.h>
#include <torch/nn/modules/container/modulelist.h>
#include <torch/nn/modules/container/sequential.h>
#include <torch/nn/modules/conv.h>
#include <torch/nn/modules/embedding.h>
#include <torch/nn/pimpl.h>

#include "core/model/attention.h"
#include "core/model/cuda_graph.h"
#include "core/model/model_config.h"
#include "core/model/resample.h"
#include "core/model/resblock.h"

namespace patchdiff::model {

// One entry of input_blocks / middle_block / output_blocks: children named "0", "1", ...
// (the original's TimestepEmbedSequential), each a ResBlock, AttentionBlock, Downsample,
// Upsample or the first Conv2d.
struct EmbedSequentialImpl : torch::nn::Module {
  void append(torch::nn::Conv2d conv);
  void append(ResBlock block);
  void append(AttentionBlock block);
  void append(Downsample block);
  void append(Upsample block);
  torch::Tensor forward(torch::Tensor h, const torch::Tensor& emb, const torch::Tensor& class_emb);

 private:
  // Typed pointers to the children (Module is a virtual base: no static downcast later).
  struct Child {
    std::shared_ptr<torch::nn::Conv2dImpl> conv;
    std::shared_ptr<ResBlockImpl> res;
    std::shared_ptr<AttentionBlockImpl> attention;
    std::shared_ptr<DownsampleImpl> down;
    std::shared_ptr<UpsampleImpl> up;
  };
  std::string next_name() const { return std::to_string(m_children.size()); }
  std::vector<Child> m_children;
};
TORCH_MODULE(EmbedSequential);

struct UNetImpl : torch::nn::Module {
  explicit UNetImpl(const ModelConfig& config);

  // x [B, 3, S, S] float32, timesteps [B] (original, un-respaced), labels [B] int64 or
  // undefined (class-conditional models need them; num_classes is the null label).
  // Returns [B, 3 or 6, S, S] float32: the prediction, then the variance head in (0, 1).
  torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& timesteps,
                        const torch::Tensor& labels = {});

  // The torso's dtype: half when use_fp16 was applied on CUDA (see convert_torso_to_fp16).
  torch::ScalarType torso_dtype() const { return m_torso_dtype; }
  // use_fp16 as the original defines it: only the conv weights of input_blocks,
  // middle_block and output_blocks become half; norms compute in float32.
  void convert_torso_to_fp16() { convert_torso(torch::kHalf); }
  // The same with another dtype (kBFloat16; kFloat32 converts back).
  void convert_torso(torch::ScalarType dtype);

  // Replay forward() as a CUDA graph per input shape on CUDA inputs (when the build has
  // CUDA graphs and fast_paths().cuda_graphs is on). Off by default. Capture happens on the
  // first call per shape; moving the network or changing its dtype needs clear_cuda_graphs().
  void set_cuda_graphs(bool on) { m_use_graphs = on; }
  bool cuda_graphs() const { return m_use_graphs; }
  void clear_cuda_graphs() { m_graphs->clear(); }
  // Channels-last (NHWC) activations and conv weights, where a backend runs them faster.
  void set_channels_last(bool on);
  bool channels_last() const { return m_channels_last; }

  const ModelConfig& config() const { return m_config; }

  torch::nn::Embedding label_embs{nullptr};
  torch::nn::Sequential time_embed{nullptr};
  torch::nn::ModuleList input_blocks{nullptr};
  EmbedSequential middle_block{nullptr};
  torch::nn::ModuleList output_blocks{nullptr};
  torch::nn::Sequential out{nullptr};
  torch::nn::Conv2d variance_output_t_emb{nullptr};
  torch::nn::Sequential variance_output_model{nullptr};

 private:
  torch::Tensor forward_eager(const torch::Tensor& x, const torch::Tensor& timesteps,
                              const torch::Tensor& labels);

  ModelConfig m_config;
  torch::ScalarType m_torso_dtype = torch::kFloat32;
  torch::Tensor m_position;  // cached [1, C, R, R] position embedding (per device)
  bool m_use_graphs = false;
  bool m_channels_last = false;
  std::shared_ptr<GraphedForward> m_graphs = std::make_shared<GraphedForward>();
};
TORCH_MODULE(UNet);

// Sets of downsample factors with attention: ds = patched_size / res for each entry.
std::vector<int> attention_downsample_factors(const ModelConfig& config);

}  // namespace patchdiff::model
