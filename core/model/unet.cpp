// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/unet.h"

#include <set>

#include <torch/torch.h>

#include "core/error.h"
#include "core/model/attention.h"
#include "core/model/embeddings.h"
#include "core/model/fast_paths.h"
#include "core/model/patching.h"
#include "core/model/resample.h"
#include "core/model/resblock.h"

namespace patchdiff::model {

namespace nn = torch::nn;

void EmbedSequentialImpl::append(nn::Conv2d conv) {
  m_children.push_back({register_module(next_name(), conv.ptr()), {}, {}, {}, {}});
}
void EmbedSequentialImpl::append(ResBlock block) {
  m_children.push_back({{}, register_module(next_name(), block.ptr()), {}, {}, {}});
}
void EmbedSequentialImpl::append(AttentionBlock block) {
  m_children.push_back({{}, {}, register_module(next_name(), block.ptr()), {}, {}});
}
void EmbedSequentialImpl::append(Downsample block) {
  m_children.push_back({{}, {}, {}, register_module(next_name(), block.ptr()), {}});
}
void EmbedSequentialImpl::append(Upsample block) {
  m_children.push_back({{}, {}, {}, {}, register_module(next_name(), block.ptr())});
}

torch::Tensor EmbedSequentialImpl::forward(torch::Tensor h, const torch::Tensor& emb,
                                           const torch::Tensor& class_emb) {
  for (const Child& child : m_children) {
    if (child.res) h = child.res->forward(h, emb, class_emb);
    else if (child.attention) h = child.attention->forward(h);
    else if (child.conv) h = conv2d(*child.conv, h, /*padding=*/1);  // the first conv
    else if (child.down) h = child.down->forward(h);
    else h = child.up->forward(h);
  }
  return h;
}

std::vector<int> attention_downsample_factors(const ModelConfig& c) {
  std::vector<int> ds;
  for (int res : c.attention_resolutions) {
    if (res <= 0) throw ConfigError("attention_resolutions entries must be positive");
    ds.push_back(c.patched_size() / res);  // Python's r // int(res)
  }
  return ds;
}

UNetImpl::UNetImpl(const ModelConfig& config) : m_config(config) {
  m_config.validate();
  const ModelConfig& c = m_config;
  const auto attention_ds = attention_downsample_factors(c);
  auto has_attention = [&](int ds) {
    return std::find(attention_ds.begin(), attention_ds.end(), ds) != attention_ds.end();
  };
  const int mc = c.num_channels;
  const int emb_dim = c.time_embed_dim();
  const int class_dim = c.class_cond ? c.class_embed_dim() : 0;
  const int levels = static_cast<int>(c.channel_mult.size());
  const int heads_up = c.num_heads_upsample == -1 ? c.num_heads : c.num_heads_upsample;

  if (c.class_cond)
    label_embs = register_module(
        "label_embs", nn::Embedding(c.num_classes + (c.classifier_free ? 1 : 0), class_dim));
  time_embed = register_module(
      "time_embed", nn::Sequential(nn::Linear(mc, 4 * mc), nn::SiLU(), nn::Linear(4 * mc, emb_dim),
                                   nn::SiLU()));

  auto res_block = [&](int in, int out, Resample resample) {
    ResBlockOptions o;
    o.in_channels = in;
    o.out_channels = out;
    o.emb_channels = emb_dim;
    o.class_emb_channels = class_dim;
    o.dropout = c.dropout;
    o.resample = resample;
    return ResBlock(o);
  };

  input_blocks = register_module("input_blocks", nn::ModuleList());
  int ch = c.level_width(0);
  {
    EmbedSequential first;
    first->append(nn::Conv2d(nn::Conv2dOptions(c.in_channels(), ch, 3).padding(1)));
    input_blocks->push_back(first);
  }
  std::vector<int> skip_channels{ch};
  int ds = 1;
  for (int level = 0; level < levels; ++level) {
    const int width = c.level_width(level);
    for (int i = 0; i < c.num_res_blocks; ++i) {
      EmbedSequential block;
      block->append(res_block(ch, width, Resample::None));
      ch = width;
      if (has_attention(ds))
        block->append(AttentionBlock(ch, c.num_heads, c.num_head_channels,
                                                      c.use_new_attention_order));
      input_blocks->push_back(block);
      skip_channels.push_back(ch);
    }
    if (level != levels - 1) {
      // Unlike guided-diffusion, the downsampler goes straight to the next level's width.
      const int next = c.level_width(level + 1);
      EmbedSequential block;
      if (c.resblock_updown)
        block->append(res_block(ch, next, Resample::Down));
      else
        block->append(Downsample(ch, next));
      input_blocks->push_back(block);
      ch = next;
      skip_channels.push_back(ch);
      ds *= 2;
    }
  }

  middle_block = register_module("middle_block", EmbedSequential());
  middle_block->append(res_block(ch, ch, Resample::None));
  middle_block->append(AttentionBlock(ch, c.num_heads, c.num_head_channels,
                                                       c.use_new_attention_order));
  middle_block->append(res_block(ch, ch, Resample::None));

  output_blocks = register_module("output_blocks", nn::ModuleList());
  for (int level = levels - 1; level >= 0; --level) {
    const int width = c.level_width(level);
    for (int i = 0; i <= c.num_res_blocks; ++i) {
      const int skip = skip_channels.back();
      skip_channels.pop_back();
      EmbedSequential block;
      block->append(res_block(ch + skip, width, Resample::None));
      ch = width;
      if (has_attention(ds))
        block->append(AttentionBlock(ch, heads_up, c.num_head_channels,
                                                      c.use_new_attention_order));
      if (level > 0 && i == c.num_res_blocks) {
        const int previous = c.level_width(level - 1);
        if (c.resblock_updown)
          block->append(res_block(ch, previous, Resample::Up));
        else
          block->append(Upsample(ch, previous));
        ch = previous;
        ds /= 2;
      }
      output_blocks->push_back(block);
    }
  }

  out = register_module(
      "out", nn::Sequential(nn::GroupNorm(nn::GroupNormOptions(32, ch)), nn::SiLU(),
                            nn::Conv2d(nn::Conv2dOptions(ch, c.in_channels(), 3).padding(1))));
  if (c.learn_sigma) {
    variance_output_t_emb = register_module(
        "variance_output_t_emb", nn::Conv2d(nn::Conv2dOptions(emb_dim, 2 * mc, /*kernel=*/1)));
    variance_output_model = register_module(
        "variance_output_model",
        nn::Sequential(nn::Conv2d(nn::Conv2dOptions(2 * mc, mc, 3).padding(1)), nn::SiLU(),
                       nn::Conv2d(nn::Conv2dOptions(mc, c.in_channels(), 3).padding(1)),
                       nn::Sigmoid()));
  }
}

void UNetImpl::convert_torso(torch::ScalarType dtype) {
  for (auto* blocks : {static_cast<nn::Module*>(input_blocks.get()),
                       static_cast<nn::Module*>(middle_block.get()),
                       static_cast<nn::Module*>(output_blocks.get())}) {
    for (auto& module : blocks->modules(/*include_self=*/false)) {
      if (dynamic_cast<nn::Conv2dImpl*>(module.get()) || dynamic_cast<nn::Conv1dImpl*>(module.get())) {
        for (auto& p : module->parameters(/*recurse=*/false)) p.set_data(p.data().to(dtype));
      }
    }
  }
  m_torso_dtype = dtype;
  m_graphs->clear();  // captured graphs read the old weights
}

void UNetImpl::set_channels_last(bool on) {
  if (on == m_channels_last) return;
  const auto format = on ? at::MemoryFormat::ChannelsLast : at::MemoryFormat::Contiguous;
  torch::NoGradGuard no_grad;
  for (auto& p : parameters())
    if (p.dim() == 4) p.set_data(p.data().contiguous(format));
  m_channels_last = on;
  m_graphs->clear();
}

torch::Tensor UNetImpl::forward(const torch::Tensor& x, const torch::Tensor& timesteps,
                                const torch::Tensor& labels) {
  if (m_use_graphs && fast_paths().cuda_graphs && GraphedForward::supported() && x.is_cuda() &&
      !at::GradMode::is_enabled()) {
    return m_graphs->run(
        [this](const torch::Tensor& gx, const torch::Tensor& gt, const torch::Tensor& gy) {
          return forward_eager(gx, gt, gy);
        },
        x, timesteps.to(x.device()), labels.defined() ? labels.to(x.device()) : labels);
  }
  return forward_eager(x, timesteps, labels);
}

torch::Tensor UNetImpl::forward_eager(const torch::Tensor& x, const torch::Tensor& timesteps,
                                      const torch::Tensor& labels) {
  const ModelConfig& c = m_config;
  TORCH_CHECK(x.dim() == 4 && x.size(1) == 3 && x.size(2) == c.image_size &&
                  x.size(3) == c.image_size,
              "the network expects [B, 3, ", c.image_size, ", ", c.image_size, "], got ", x.sizes());
  TORCH_CHECK(timesteps.dim() == 1 && timesteps.size(0) == x.size(0),
              "expected one timestep per image, got ", timesteps.sizes());

  auto emb = time_embed->forward(timestep_embedding(timesteps, c.num_channels));  // [B, D]
  torch::Tensor class_emb;
  if (c.class_cond) {
    if (!labels.defined())
      throw ConfigError("this model is class-conditional: give a label per image");
    TORCH_CHECK(labels.dim() == 1 && labels.size(0) == x.size(0),
                "expected one label per image, got ", labels.sizes());
    class_emb = label_embs->forward(labels.to(torch::kLong));  // [B, E]
  }

  auto h = to_patches(x, c.patch_size).to(m_torso_dtype);  // [B, 3P^2, S/P, S/P]
  if (m_channels_last || nhwc_active(h)) h = h.contiguous(at::MemoryFormat::ChannelsLast);
  std::vector<torch::Tensor> skips;
  skips.reserve(input_blocks->size());
  for (size_t i = 0; i < input_blocks->size(); ++i) {
    h = input_blocks[i]->as<EmbedSequentialImpl>()->forward(h, emb, class_emb);
    if (i == 0) {
      // The original adds the position embedding in place after storing h as the first
      // skip, so the skip (and the variance head's input) include it.
      if (!m_position.defined() || m_position.device() != h.device())
        m_position = position_embedding_2d(h.size(1), h.size(3), h.device());
      h = h + m_position.to(h.scalar_type());
    }
    skips.push_back(h);
  }
  const torch::Tensor first_features = skips.front();  // [B, ch0, r, r], with position
  h = middle_block->forward(h, emb, class_emb);
  for (size_t i = 0; i < output_blocks->size(); ++i) {
    h = torch::cat({h, skips.back()}, /*dim=*/1);
    skips.pop_back();
    h = output_blocks[i]->as<EmbedSequentialImpl>()->forward(h, emb, class_emb);
  }
  h = h.to(torch::kFloat32);

  auto* out_norm = out[0]->as<nn::GroupNormImpl>();
  auto prediction = conv2d(*out[2]->as<nn::Conv2dImpl>(), group_norm32_silu(h, *out_norm), /*padding=*/1);
  prediction = from_patches(prediction, c.patch_size);  // [B, 3, S, S]
  if (!c.learn_sigma) return prediction;

  // Variance head: SiLU a second time on the (already SiLU-ended) time embedding.
  auto t_emb = conv2d(*variance_output_t_emb, torch::silu(emb).unsqueeze(-1).unsqueeze(-1),
                      /*padding=*/0);
  auto v_in = torch::cat({first_features.to(torch::kFloat32), h}, /*dim=*/1) + t_emb;
  // variance_output_model: Conv3x3, SiLU, Conv3x3, Sigmoid
  auto v = torch::silu(conv2d(*variance_output_model[0]->as<nn::Conv2dImpl>(), v_in, /*padding=*/1));
  v = torch::sigmoid(conv2d(*variance_output_model[2]->as<nn::Conv2dImpl>(), v, /*padding=*/1));
  auto variance = from_patches(v, c.patch_size);
  return torch::cat({prediction, variance}, /*dim=*/1);  // [B, 6, S, S]
}

}  // namespace patchdiff::model
