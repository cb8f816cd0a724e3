// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/score/image_set.h"

#include <torch/torch.h>

#include <cctype>
#include <filesystem>
#include <optional>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/image.h"
#include "core/io/image_folder.h"
#include "core/io/memory_budget.h"
#include "core/io/npz.h"
#include "core/io/png_text.h"
#include "core/model/comma_list.h"

namespace patchdiff::score {

namespace fs = std::filesystem;

namespace {

bool ends_with(const std::string& text, const std::string& tail) {
  return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

std::optional<int64_t> integer_prefix(const std::string& file_name) {
  const auto underscore = file_name.find('_');
  if (underscore == std::string::npos || underscore == 0 || underscore > 6) return std::nullopt;
  for (size_t i = 0; i < underscore; ++i)
    if (!std::isdigit(static_cast<unsigned char>(file_name[i]))) return std::nullopt;
  return std::stoll(file_name.substr(0, underscore));
}

// The label in a patchdiff PNG's metadata (RunSpec "label"), when there is one.
std::optional<int64_t> metadata_label(const std::string& png_bytes) {
  std::optional<std::string> text;
  try {
    text = io::read_png_text(png_bytes, io::kPngMetadataKey);
  } catch (const IoError&) {
    return std::nullopt;  // not a PNG (a JPEG, say): the decoder decides whether it is an image
  }
  if (!text) return std::nullopt;
  const auto doc = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
  if (!doc.is_object() || !doc.contains("label") || !doc["label"].is_number_integer()) return std::nullopt;
  const int64_t label = doc["label"].get<int64_t>();
  return label >= 0 ? std::optional<int64_t>(label) : std::nullopt;
}

}  // namespace

ImageSet read_image_folder(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec))
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "'%1' is not a folder of images"), {dir}));
  std::vector<std::string> paths;
  for (auto& path : io::list_image_files(dir))
    if (!ends_with(path, "_grid.png")) paths.push_back(std::move(path));
  if (paths.empty())
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "'%1' holds no images (.png, .jpg, .jpeg, .gif; the sampler's "
                                                    "*_grid.png is skipped)"),
                          {dir}));
  std::vector<torch::Tensor> images;
  std::vector<int64_t> labels;
  bool all_labelled = true;
  for (const auto& path : paths) {
    const std::string bytes = io::read_file(path, Message(PATCHDIFF_TR_NOOP("core", "image"), {}));
    auto image = io::decode_image(bytes, path);  // [H, W, 3] uint8
    if (!images.empty() && image.sizes() != images.front().sizes())
      throw IoError(Message(PATCHDIFF_TR_NOOP("core", "'%1' is %2x%3 but '%4' is %5x%6: every image of a set must "
                                                      "have the same size"),
                            {path, std::to_string(image.size(1)), std::to_string(image.size(0)), paths.front(),
                             std::to_string(images.front().size(1)), std::to_string(images.front().size(0))}));
    if (images.empty()) {
      // The set is held whole, and stacked once more at the end: refuse a folder that cannot
      // fit before reading it all (a photo collection given where samples were meant).
      const uint64_t bytes = 2 * static_cast<uint64_t>(image.numel()) * paths.size();
      if (const auto too_much = io::exceeds_memory(bytes))
        throw IoError(Message(PATCHDIFF_TR_NOOP("core", "'%1' holds %2 images of %3x%4, which %5; score images at "
                                                        "the model's size, or fewer of them"),
                              {dir, std::to_string(paths.size()), std::to_string(image.size(1)),
                               std::to_string(image.size(0)), *too_much}));
    }
    images.push_back(std::move(image));
    auto label = metadata_label(bytes);
    if (!label) label = integer_prefix(fs::path(path).filename().string());
    if (label) labels.push_back(*label);
    else all_labelled = false;
  }
  ImageSet set;
  set.images = torch::stack(images);
  if (all_labelled) set.labels = torch::tensor(labels, torch::kInt64);
  set.source = dir;
  return set;
}

ImageSet read_sample_npz(const std::string& path) {
  const auto arrays = io::read_npz(path);
  ImageSet set;
  set.source = path;
  for (const auto& [name, array] : arrays) {
    if (name == "arr_0") set.images = array;
    if (name == "arr_1") set.labels = array;
  }
  if (!set.images.defined())
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "'%1' has no arr_0: expected the images as the sampler saves "
                                                    "them (samples_NxHxWx3.npz)"),
                          {path}));
  if (set.images.scalar_type() != torch::kUInt8 || set.images.dim() != 4 || set.images.size(3) != 3)
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "'%1': arr_0 must be uint8 [N, H, W, 3] images, got %2 of %3 "
                                                    "dimensions"),
                          {path, c10::toString(set.images.scalar_type()), std::to_string(set.images.dim())}));
  if (set.images.size(0) == 0)
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "'%1' holds no images (arr_0 is empty)"), {path}));
  if (set.labels.defined()) {
    if (set.labels.dim() != 1 || set.labels.size(0) != set.images.size(0) || set.labels.is_floating_point())
      throw IoError(Message(PATCHDIFF_TR_NOOP("core", "'%1': arr_1 must hold one integer label per image (%2)"),
                            {path, std::to_string(set.images.size(0))}));
    set.labels = set.labels.to(torch::kInt64);
  }
  return set;
}

ImageSet read_images(const std::string& path) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) return read_image_folder(path);
  if (ends_with(path, ".npz")) return read_sample_npz(path);
  if (!fs::exists(path, ec))
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "'%1' does not exist (give a folder of PNGs or an .npz)"), {path}));
  throw IoError(
      Message(PATCHDIFF_TR_NOOP("core", "'%1' is neither a folder of images nor an .npz of samples"), {path}));
}

torch::Tensor labels_from_list(const std::string& list, int64_t count, int64_t num_classes) {
  const auto words = model::split_commas(list);
  if (words.empty())
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "--labels is empty: give class indices, comma separated"), {}));
  std::vector<int64_t> values;
  for (const auto& word : words) {
    int64_t value = -1;
    try {
      size_t used = 0;
      value = std::stoll(word, &used);
      if (used != word.size()) value = -1;
    } catch (const std::exception&) {
      value = -1;
    }
    if (value < 0 || (num_classes > 0 && value >= num_classes))
      throw ConfigError(num_classes > 0
                            ? Message(PATCHDIFF_TR_NOOP("core", "--labels: '%1' is not a class index in 0..%2"),
                                      {word, std::to_string(num_classes - 1)})
                            : Message(PATCHDIFF_TR_NOOP("core", "--labels: '%1' is not a class index"), {word}));
    values.push_back(value);
  }
  if (static_cast<int64_t>(values.size()) != count && static_cast<int64_t>(values.size()) > count)
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "--labels gives %1 labels for %2 images"),
                              {std::to_string(values.size()), std::to_string(count)}));
  std::vector<int64_t> out(static_cast<size_t>(count));
  for (int64_t i = 0; i < count; ++i) out[static_cast<size_t>(i)] = values[static_cast<size_t>(i) % values.size()];
  return torch::tensor(out, torch::kInt64);
}

torch::Tensor to_network_input(const torch::Tensor& images_nhwc_u8, int64_t size, double low, double high) {
  auto x = images_nhwc_u8.permute({0, 3, 1, 2}).to(torch::kFloat32) / 255.0;  // [N, 3, H, W] in [0, 1]
  if (x.size(2) != size || x.size(3) != size)
    x = torch::nn::functional::interpolate(x, torch::nn::functional::InterpolateFuncOptions()
                                                  .size(std::vector<int64_t>{size, size})
                                                  .mode(torch::kBilinear)
                                                  .align_corners(false));
  return (x * (high - low) + low).contiguous();
}

}  // namespace patchdiff::score
