// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/score/reference.h"

#include <torch/torch.h>

#include <cstdlib>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/image_folder.h"
#include "core/io/npz.h"
#include "core/io/sha256.h"
#include "core/score/image_set.h"

namespace patchdiff::score {

namespace fs = std::filesystem;

namespace {

constexpr int kCacheVersion = 1;

void require_splits(const std::string& data_dir) {
  std::error_code ec;
  for (const char* split : {"train", "heldout"})
    if (!fs::is_directory(fs::path(data_dir) / split, ec))
      throw ConfigError("'" + data_dir + "' has no " + split +
                        "/ folder: a reference data set holds DIR/train and DIR/heldout (as `patchdiff data emoji "
                        "DIR` writes them; split your own images the same way)");
}

torch::Tensor bytes_tensor(const std::string& text) {
  auto t = torch::empty({static_cast<int64_t>(text.size())}, torch::kUInt8);
  std::memcpy(t.data_ptr<uint8_t>(), text.data(), text.size());
  return t;
}

std::string tensor_bytes(const torch::Tensor& t) {
  const auto c = t.contiguous();
  return std::string(reinterpret_cast<const char*>(c.data_ptr<uint8_t>()), static_cast<size_t>(c.numel()));
}

}  // namespace

std::string data_fingerprint(const std::string& data_dir) {
  require_splits(data_dir);
  std::string listing;
  for (const char* split : {"train", "heldout"}) {
    const fs::path dir = fs::path(data_dir) / split;
    for (const auto& path : io::list_image_files(dir.string()))
      listing += std::string(split) + "/" + fs::relative(path, dir).string() + " " + io::sha256_file_hex(path) + "\n";
  }
  return io::sha256_hex(listing);
}

Reference compute_reference(const FeatureNet& net, const std::string& data_dir, const NoteFn& note) {
  require_splits(data_dir);
  Reference reference;
  reference.data_id = data_fingerprint(data_dir);
  reference.network_id = net.identity();
  reference.data_dir = data_dir;
  const auto train = read_image_folder((fs::path(data_dir) / "train").string());
  const auto heldout = read_image_folder((fs::path(data_dir) / "heldout").string());
  if (train.images.sizes().slice(1) != heldout.images.sizes().slice(1))
    throw IoError("the images of '" + data_dir + "/train' and '" + data_dir + "/heldout' differ in size");
  if (train.images.size(1) != train.images.size(2))
    throw IoError("the images of '" + data_dir + "' are not square");
  if (note)
    note("computing reference features of " + std::to_string(train.images.size(0)) + " train and " +
         std::to_string(heldout.images.size(0)) + " held-out images of '" + data_dir + "'");
  reference.image_size = train.images.size(1);
  reference.train_features = net.features(train.images);
  reference.heldout_features = net.features(heldout.images);
  if (train.has_labels() && heldout.has_labels()) {
    reference.train_labels = train.labels;
    reference.heldout_labels = heldout.labels;
  }
  return reference;
}

void write_reference(const Reference& reference, const std::string& path) {
  nlohmann::json meta;
  meta["version"] = kCacheVersion;
  meta["network_sha256"] = reference.network_id;
  meta["data_fingerprint"] = reference.data_id;
  meta["data_dir"] = reference.data_dir;
  meta["image_size"] = reference.image_size;
  io::NamedArrays arrays{{"meta", bytes_tensor(meta.dump())},
                         {"train_features", reference.train_features},
                         {"heldout_features", reference.heldout_features}};
  if (reference.train_labels.defined()) {
    arrays.emplace_back("train_labels", reference.train_labels);
    arrays.emplace_back("heldout_labels", reference.heldout_labels);
  }
  io::write_npz(path, arrays);
}

std::optional<Reference> read_reference(const std::string& path, const NoteFn& note) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return std::nullopt;
  try {
    Reference reference;
    nlohmann::json meta;
    for (const auto& [name, array] : io::read_npz(path)) {
      if (name == "meta") meta = nlohmann::json::parse(tensor_bytes(array));
      else if (name == "train_features") reference.train_features = array;
      else if (name == "heldout_features") reference.heldout_features = array;
      else if (name == "train_labels") reference.train_labels = array;
      else if (name == "heldout_labels") reference.heldout_labels = array;
    }
    if (!meta.is_object() || meta.value("version", 0) != kCacheVersion || !reference.train_features.defined() ||
        !reference.heldout_features.defined())
      throw IoError("not a reference cache of this version");
    reference.network_id = meta.value("network_sha256", std::string());
    reference.data_id = meta.value("data_fingerprint", std::string());
    reference.data_dir = meta.value("data_dir", std::string());
    reference.image_size = meta.value("image_size", int64_t{0});
    return reference;
  } catch (const std::exception& e) {
    if (note) note("ignoring the reference cache '" + path + "': " + e.what());
    return std::nullopt;
  }
}

Reference load_reference(const FeatureNet& net, const std::string& data_dir,
                         const std::vector<std::string>& cache_paths, const NoteFn& note) {
  const std::string fingerprint = data_dir.empty() ? std::string() : data_fingerprint(data_dir);
  for (const auto& path : cache_paths) {
    auto cached = read_reference(path, note);
    if (!cached) continue;
    if (cached->network_id != net.identity()) {
      if (note) note("the cached reference '" + path + "' was made with another feature network: not used");
      continue;
    }
    if (!data_dir.empty() && cached->data_id != fingerprint) {
      if (note) note("the cached reference '" + path + "' was made from other data than '" + data_dir + "': not used");
      continue;
    }
    return *cached;
  }
  if (data_dir.empty())
    throw ConfigError("no reference features for '" + net.name() + "'" +
                      (cache_paths.empty() ? std::string() : " (looked for '" + cache_paths.front() + "')") +
                      ": give --data_dir DIR with DIR/train and DIR/heldout (the data set the network describes)");
  auto reference = compute_reference(net, data_dir, note);
  for (const auto& path : cache_paths) {
    try {
      std::error_code ec;
      fs::create_directories(fs::path(path).parent_path(), ec);
      write_reference(reference, path);
      if (note) note("cached the reference features in '" + path + "'");
      return reference;
    } catch (const IoError& e) {
      if (note) note(std::string("could not cache the reference features: ") + e.what());
    }
  }
  return reference;
}

std::vector<std::string> reference_cache_paths(const std::string& net_path, const std::string& identity) {
  const std::filesystem::path net(net_path);
  std::vector<std::string> paths{(net.parent_path() / (net.stem().string() + ".reference.npz")).string()};
  std::filesystem::path cache;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) cache = xdg;
  else if (const char* home = std::getenv("HOME"); home && *home) cache = std::filesystem::path(home) / ".cache";
  if (!cache.empty())
    paths.push_back(
        (cache / "patchdiff" / (net.stem().string() + "-" + identity.substr(0, 12) + ".reference.npz")).string());
  return paths;
}

}  // namespace patchdiff::score
