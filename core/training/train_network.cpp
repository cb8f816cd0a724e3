// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/training/train_network.h"

#include "core/error.h"
#include "core/model/embeddings.h"
#include "core/model/patching.h"
#include "core/model/resblock.h"

namespace patchdiff::training {

namespace nn = torch::nn;

namespace {
bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}
}  // namespace

std::vector<std::string> zero_init_like_original(model::UNetImpl& net) {
  torch::NoGradGuard no_grad;
  std::vector<std::string> zeroed;
  for (auto& item : net.named_parameters(/*recurse=*/true)) {
    const std::string& name = item.key();
    const bool zero = name.rfind("out.2.", 0) == 0 ||
                      ends_with(name, ".emb_layers.weight") || ends_with(name, ".emb_layers.bias") ||
                      ends_with(name, ".out_layers.2.weight") || ends_with(name, ".out_layers.2.bias") ||
                      ends_with(name, ".proj_out.weight") || ends_with(name, ".proj_out.bias");
    if (!zero) continue;
    item.value().zero_();
    zeroed.push_back(name);
  }
  return zeroed;
}

torch::Tensor training_forward(model::UNetImpl& net, const torch::Tensor& x,
                               const torch::Tensor& timesteps, const torch::Tensor& labels) {
  const model::ModelConfig& c = net.config();
  TORCH_CHECK(x.dim() == 4 && x.size(1) == 3 && x.size(2) == c.image_size && x.size(3) == c.image_size,
              "the network expects [B, 3, ", c.image_size, ", ", c.image_size, "], got ", x.sizes());
  TORCH_CHECK(timesteps.dim() == 1 && timesteps.size(0) == x.size(0),
              "expected one timestep per image, got ", timesteps.sizes());
  // Mirrors UNetImpl::forward step for step (a test holds the two outputs equal).
  const auto emb = net.time_embed->forward(model::timestep_embedding(timesteps, c.num_channels));  // [B, D]
  torch::Tensor class_emb;
  if (c.class_cond) {
    if (!labels.defined()) throw ConfigError("this model is class-conditional: give a label per image");
    class_emb = net.label_embs->forward(labels.to(torch::kLong));  // [B, E]
  }
  auto h = model::to_patches(x, c.patch_size).to(net.torso_dtype());  // [B, 3P^2, S/P, S/P]
  std::vector<torch::Tensor> skips;
  skips.reserve(net.input_blocks->size());
  for (size_t i = 0; i < net.input_blocks->size(); ++i) {
    h = net.input_blocks[i]->as<model::EmbedSequentialImpl>()->forward(h, emb, class_emb);
    if (i == 0) h = h + model::position_embedding_2d(h.size(1), h.size(3), h.device()).to(h.scalar_type());
    skips.push_back(h);
  }
  const torch::Tensor first_features = skips.front();  // [B, ch0, r, r], with position
  h = net.middle_block->forward(h, emb, class_emb);
  for (size_t i = 0; i < net.output_blocks->size(); ++i) {
    h = torch::cat({h, skips.back()}, /*dim=*/1);
    skips.pop_back();
    h = net.output_blocks[i]->as<model::EmbedSequentialImpl>()->forward(h, emb, class_emb);
  }
  h = h.to(torch::kFloat32);
  auto* out_norm = net.out[0]->as<nn::GroupNormImpl>();
  auto prediction = net.out[2]->as<nn::Conv2dImpl>()->forward(torch::silu(model::group_norm32(h, *out_norm)));
  prediction = model::from_patches(prediction, c.patch_size);  // [B, 3, S, S]
  if (!c.learn_sigma) return prediction;
  const auto t_emb = net.variance_output_t_emb->forward(torch::silu(emb).unsqueeze(-1).unsqueeze(-1));
  const auto v_in = torch::cat({first_features.to(torch::kFloat32), h}, /*dim=*/1).detach() + t_emb;
  const auto variance = model::from_patches(net.variance_output_model->forward(v_in), c.patch_size);
  return torch::cat({prediction, variance}, /*dim=*/1);  // [B, 6, S, S]
}

torch::Tensor drop_labels(const torch::Tensor& labels, double p, int64_t null_label,
                          at::Generator& generator) {
  const auto u = torch::rand({labels.size(0)}, generator, torch::kFloat64);
  if (p <= 0.0) return labels;
  return torch::where(u.to(labels.device()) < p, torch::full_like(labels, null_label), labels);
}

}  // namespace patchdiff::training
