// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/score/feature_net.h"

#include <torch/script.h>
#include <torch/torch.h>

#include <sstream>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/sha256.h"
#include "core/message.h"
#include "core/model/comma_list.h"
#include "core/score/image_set.h"

namespace patchdiff::score {

namespace {

std::optional<double> number_attribute(const torch::jit::Module& module, const std::string& name) {
  if (!module.hasattr(name)) return std::nullopt;
  const auto value = module.attr(name);
  if (value.isDouble()) return value.toDouble();
  if (value.isInt()) return static_cast<double>(value.toInt());
  return std::nullopt;
}

}  // namespace

std::pair<double, double> parse_input_range(const std::string& text) {
  const auto words = model::split_commas(text);
  try {
    if (words.size() == 2) {
      const double low = std::stod(words[0]), high = std::stod(words[1]);
      if (low < high) return {low, high};
    }
  } catch (const std::exception&) {
  }
  throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "--feature_input_range: expected LOW,HIGH with LOW < HIGH "
                                                      "(e.g. 0,1 or -1,1), got '%1'"),
                            {text}));
}

FeatureNet FeatureNet::load(const std::string& path, const FeatureNetOptions& options) {
  const std::string bytes = io::read_file(path, Message(PATCHDIFF_TR_NOOP("core", "feature network"), {}));
  std::istringstream stream(bytes);
  torch::jit::Module module;
  try {
    module = torch::jit::load(stream, torch::kCPU);
  } catch (const c10::Error& e) {
    throw CheckpointError(Message(PATCHDIFF_TR_NOOP("core", "'%1' is not a TorchScript module (save one with "
                                                            "torch.jit.trace(...).save or "
                                                            "torch.jit.script(...).save): %2"),
                                  {path, e.what_without_backtrace()}));
  }
  return FeatureNet(std::move(module), path, io::sha256_hex(bytes), options);
}

FeatureNet::FeatureNet(torch::jit::Module module, std::string name, std::string identity,
                       const FeatureNetOptions& options)
    : m_module(std::make_shared<torch::jit::Module>(std::move(module))),
      m_name(std::move(name)),
      m_identity(std::move(identity)),
      m_batch_size(std::max<int64_t>(options.batch_size, 1)) {
  if (!m_module->find_method("forward"))
    throw CheckpointError(
        Message(PATCHDIFF_TR_NOOP("core", "'%1' has no forward method: a feature network maps images to features"),
                {m_name}));
  m_module->eval();
  if (options.input_size) {
    m_input_size = *options.input_size;
  } else if (const auto size = number_attribute(*m_module, "input_size")) {
    m_input_size = static_cast<int64_t>(*size);
  } else {
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "'%1' does not say its input size (no input_size attribute): "
                                                        "give --feature_input_size S (299 for InceptionV3)"),
                              {m_name}));
  }
  if (m_input_size < 1)
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "the feature network's input size must be positive"), {}));
  if (options.input_range) {
    std::tie(m_input_min, m_input_max) = *options.input_range;
  } else {
    const auto low = number_attribute(*m_module, "input_min"), high = number_attribute(*m_module, "input_max");
    if (!low || !high)
      throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "'%1' does not say its input range (no input_min/input_max "
                                                          "attributes): give --feature_input_range LOW,HIGH (0,1 for "
                                                          "pytorch-fid's InceptionV3)"),
                                {m_name}));
    m_input_min = *low;
    m_input_max = *high;
  }
}

torch::Tensor FeatureNet::features(const torch::Tensor& images_nhwc_u8) const {
  TORCH_CHECK(images_nhwc_u8.dim() == 4 && images_nhwc_u8.size(3) == 3, "images must be uint8 [N, H, W, 3]");
  torch::NoGradGuard no_grad;
  std::vector<torch::Tensor> out;
  for (int64_t start = 0; start < images_nhwc_u8.size(0); start += m_batch_size) {
    const auto batch = images_nhwc_u8.slice(0, start, std::min(start + m_batch_size, images_nhwc_u8.size(0)));
    const auto x = to_network_input(batch, m_input_size, m_input_min, m_input_max);
    torch::jit::IValue result;
    try {
      result = m_module->forward({x});
    } catch (const c10::Error& e) {
      throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "the feature network '%1' failed on images of %2x%2: %3"),
                                {m_name, std::to_string(m_input_size), e.what_without_backtrace()}));
    }
    if (!result.isTensor())
      throw ConfigError(
          Message(PATCHDIFF_TR_NOOP("core", "the feature network '%1' must return one tensor of features"), {m_name}));
    auto features = result.toTensor();
    if (features.dim() < 2 || features.size(0) != x.size(0))
      throw ConfigError(
          Message(PATCHDIFF_TR_NOOP("core", "the feature network '%1' must return [N, D] features for N images"),
                  {m_name}));
    out.push_back(features.flatten(1).to(torch::kFloat32).contiguous());
  }
  return torch::cat(out);
}

bool FeatureNet::can_classify() const { return m_module->find_method("classify").has_value(); }

torch::Tensor FeatureNet::classify(const torch::Tensor& features) const {
  const auto method = m_module->find_method("classify");
  if (!method)
    throw ConfigError(
        Message(PATCHDIFF_TR_NOOP("core", "the feature network '%1' has no classify method: class accuracy needs one"),
                {m_name}));
  torch::NoGradGuard no_grad;
  return (*method)({features}).toTensor().to(torch::kFloat32);
}

}  // namespace patchdiff::score
