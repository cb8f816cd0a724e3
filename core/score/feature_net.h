// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A feature extractor for scoring: any TorchScript module whose forward maps float images
// [N, 3, S, S] in [low, high] to features [N, D] (more dimensions are flattened, as
// InceptionV3's [N, 2048, 1, 1] pool). Optional: a method `classify(features) -> logits`
// (class accuracy), and the attributes `input_size: int`, `input_min: float`,
// `input_max: float`, which say S and the range when no flag does. The bundled emoji network
// (core/score/emoji_feature_net) is such a module, so ours and a user's load the same way.
#include <torch/types.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace torch::jit {
struct Module;
}

namespace patchdiff::score {

struct FeatureNetOptions {
  std::optional<int64_t> input_size;                 // overrides the module's input_size
  std::optional<std::pair<double, double>> input_range;  // overrides input_min/input_max
  int64_t batch_size = 100;                          // images per forward pass
};

class FeatureNet {
 public:
  // CheckpointError when `path` is not a TorchScript module (or has no forward); ConfigError
  // when neither the module nor the options give the input size and range.
  static FeatureNet load(const std::string& path, const FeatureNetOptions& options = {});
  // A module held in memory (tests, training); `identity` stands in for the file's hash.
  FeatureNet(torch::jit::Module module, std::string name, std::string identity, const FeatureNetOptions& options);

  // Features of uint8 [N, H, W, 3] images: float32 [N, D], in eval mode without gradients.
  torch::Tensor features(const torch::Tensor& images_nhwc_u8) const;
  bool can_classify() const;
  // Logits [N, C] of features from features(); ConfigError when the module has no classify.
  torch::Tensor classify(const torch::Tensor& features) const;

  const std::string& name() const { return m_name; }          // the file, for messages
  const std::string& identity() const { return m_identity; }  // SHA-256 of the file
  int64_t input_size() const { return m_input_size; }
  double input_min() const { return m_input_min; }
  double input_max() const { return m_input_max; }

 private:
  std::shared_ptr<torch::jit::Module> m_module;
  std::string m_name, m_identity;
  int64_t m_input_size = 0;
  double m_input_min = 0, m_input_max = 1;
  int64_t m_batch_size = 100;
};

// "LO,HI" -> (LO, HI); ConfigError unless two numbers with LO < HI.
std::pair<double, double> parse_input_range(const std::string& text);

}  // namespace patchdiff::score
