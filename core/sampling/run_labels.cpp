// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sampling/run_labels.h"

#include <torch/torch.h>

#include "core/error.h"
#include "core/sampling/noise.h"

namespace patchdiff::sampling {

std::vector<int64_t> random_labels(uint64_t seed, int64_t count, int num_classes) {
  if (count <= 0 || num_classes <= 0) return {};
  auto generator = at::make_generator<at::CPUGeneratorImpl>(derive_seed(seed, ~0ull));
  const auto drawn = torch::randint(num_classes, {count}, generator, torch::kLong);  // [count]
  return std::vector<int64_t>(drawn.data_ptr<int64_t>(), drawn.data_ptr<int64_t>() + count);
}

std::vector<int64_t> repeat_labels(const std::vector<int64_t>& given, int64_t count) {
  if (given.empty()) throw ConfigError("no class labels given");
  std::vector<int64_t> out;
  for (int64_t i = 0; i < count; ++i) out.push_back(given[static_cast<size_t>(i) % given.size()]);
  return out;
}

RunSpec spec_for_image(const RunSpec& base, int64_t image_index, int64_t label,
                       const std::vector<std::string>& class_names) {
  RunSpec spec = base;
  spec.image_index = image_index;
  spec.label = label;
  spec.class_name.clear();
  if (label >= 0)
    spec.class_name = static_cast<size_t>(label) < class_names.size() ? class_names[static_cast<size_t>(label)] : "none";
  return spec;
}

}  // namespace patchdiff::sampling
