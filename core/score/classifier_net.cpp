// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/score/classifier_net.h"

#include <torch/script.h>
#include <torch/torch.h>

#include <cmath>
#include <sstream>

#include "core/error.h"
#include "core/io/atomic_file.h"

namespace patchdiff::score {

namespace {

// Block i: conv (stride 2 for the first, else 1) -> batch norm -> ReLU, then a 2x2 max pool
// after blocks 1 and 2: 64 -> 32 -> 16 -> 8 pixels for a 64x64 input.
const char* kClassifierSource = R"JIT(
def block(self, x: Tensor, w: Tensor, g: Tensor, b: Tensor, m: Tensor, v: Tensor, stride: int) -> Tensor:
    h = torch.conv2d(x, w, None, [stride, stride], [1, 1])
    h = torch.batch_norm(h, g, b, m, v, self.training, 0.1, 1e-5, False)
    return torch.relu(h)

def forward(self, x: Tensor) -> Tensor:
    h = self.block(x, self.conv0_weight, self.norm0_weight, self.norm0_bias, self.norm0_running_mean, self.norm0_running_var, 2)
    h = self.block(h, self.conv1_weight, self.norm1_weight, self.norm1_bias, self.norm1_running_mean, self.norm1_running_var, 1)
    h = torch.max_pool2d(h, [2, 2])
    h = self.block(h, self.conv2_weight, self.norm2_weight, self.norm2_bias, self.norm2_running_mean, self.norm2_running_var, 1)
    h = torch.max_pool2d(h, [2, 2])
    h = self.block(h, self.conv3_weight, self.norm3_weight, self.norm3_bias, self.norm3_running_mean, self.norm3_running_var, 1)
    h = h.mean([2, 3])
    return torch.relu(torch.linear(h, self.features_weight, self.features_bias))

def classify(self, features: Tensor) -> Tensor:
    return torch.linear(features, self.classes_weight, self.classes_bias)
)JIT";

torch::Tensor he_normal(std::vector<int64_t> shape, int64_t fan_in, at::Generator& generator) {
  auto t = at::normal(0.0, std::sqrt(2.0 / static_cast<double>(fan_in)), shape, generator);
  return t.set_requires_grad(true);
}

}  // namespace

torch::jit::Module make_classifier_net(const ClassifierShape& shape, uint64_t seed) {
  if (shape.widths.size() != 4) throw ConfigError("the classifier has 4 convolution blocks");
  if (shape.class_names.size() < 2) throw ConfigError("a classifier needs at least 2 classes");
  auto generator = at::make_generator<at::CPUGeneratorImpl>(seed);
  torch::jit::Module module("__torch__.patchdiff.FeatureClassifier");
  module.register_attribute("training", c10::BoolType::get(), true);
  int64_t in = 3;
  for (size_t i = 0; i < shape.widths.size(); ++i) {
    const int64_t out = shape.widths[i];
    const std::string n = std::to_string(i);
    module.register_parameter("conv" + n + "_weight", he_normal({out, in, 3, 3}, in * 9, generator), false);
    module.register_parameter("norm" + n + "_weight", torch::ones({out}).set_requires_grad(true), false);
    module.register_parameter("norm" + n + "_bias", torch::zeros({out}).set_requires_grad(true), false);
    module.register_parameter("norm" + n + "_running_mean", torch::zeros({out}), true);
    module.register_parameter("norm" + n + "_running_var", torch::ones({out}), true);
    in = out;
  }
  const int64_t classes = static_cast<int64_t>(shape.class_names.size());
  module.register_parameter("features_weight", he_normal({shape.feature_dim, in}, in, generator), false);
  module.register_parameter("features_bias", torch::zeros({shape.feature_dim}).set_requires_grad(true), false);
  module.register_parameter("classes_weight", he_normal({classes, shape.feature_dim}, shape.feature_dim, generator),
                            false);
  module.register_parameter("classes_bias", torch::zeros({classes}).set_requires_grad(true), false);
  module.register_attribute("input_size", c10::IntType::get(), shape.input_size);
  module.register_attribute("input_min", c10::FloatType::get(), -1.0);
  module.register_attribute("input_max", c10::FloatType::get(), 1.0);
  module.register_attribute("num_classes", c10::IntType::get(), classes);
  module.register_attribute("feature_dim", c10::IntType::get(), shape.feature_dim);
  c10::List<std::string> names;
  for (const auto& name : shape.class_names) names.push_back(name);
  module.register_attribute("class_names", c10::ListType::ofStrings(), names);
  module.define(kClassifierSource);
  return module;
}

torch::Tensor classifier_logits(torch::jit::Module& module, const torch::Tensor& x) {
  const auto features = module.forward({x}).toTensor();
  return module.get_method("classify")({features}).toTensor();
}

std::string module_bytes(const torch::jit::Module& module) {
  std::ostringstream out;
  module.save(out);
  return out.str();
}

void save_module(const torch::jit::Module& module, const std::string& path) {
  io::write_file_atomic(path, module_bytes(module));
}

}  // namespace patchdiff::score
