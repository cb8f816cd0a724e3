// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/training/emoji_dataset.h"

#include <filesystem>
#include <numeric>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/image.h"
#include "core/io/tar_reader.h"

namespace patchdiff::training {

namespace fs = std::filesystem;

namespace {

constexpr int kImageSize = 64;

uint64_t fnv1a64(const std::string& text) {
  uint64_t hash = 0xcbf29ce484222325ull;
  for (const unsigned char c : text) {
    hash ^= c;
    hash *= 0x100000001b3ull;
  }
  return hash;
}

// "package/img/<set>/64/<file>.png" -> set and file; false for any other entry.
bool split_image_entry(const std::string& name, std::string& set, std::string& file) {
  const std::string prefix = "package/img/";
  if (name.rfind(prefix, 0) != 0) return false;
  const auto set_end = name.find('/', prefix.size());
  if (set_end == std::string::npos) return false;
  const std::string size_dir = "/" + std::to_string(kImageSize) + "/";
  if (name.compare(set_end, size_dir.size(), size_dir) != 0) return false;
  file = name.substr(set_end + size_dir.size());
  if (file.empty() || file.find('/') != std::string::npos) return false;
  if (file.size() < 5 || file.compare(file.size() - 4, 4, ".png") != 0) return false;
  set = name.substr(prefix.size(), set_end - prefix.size());
  return true;
}

bool holds_files(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return false;
  return fs::directory_iterator(dir, ec) != fs::directory_iterator();
}

nlohmann::json per_class(const std::vector<int64_t>& counts) {
  nlohmann::json out = nlohmann::json::object();
  for (size_t c = 0; c < counts.size(); ++c) out[emoji_class_names()[c]] = counts[c];
  return out;
}

}  // namespace

const std::vector<std::string>& emoji_npm_packages() {
  static const std::vector<std::string> packages{"emoji-datasource-google@16.0.0",
                                                 "emoji-datasource-twitter@16.0.0"};
  return packages;
}

const std::vector<std::string>& emoji_class_names() {
  static const std::vector<std::string> names{
      "Smileys & Emotion", "People & Body", "Animals & Nature", "Food & Drink", "Travel & Places",
      "Activities",        "Objects",       "Symbols",          "Flags"};
  return names;
}

int emoji_class_index(const std::string& category) {
  if (category == "Component") return 7;  // skin-tone and hair swatches: Symbols, as the card says
  const auto& names = emoji_class_names();
  for (size_t i = 0; i < names.size(); ++i)
    if (names[i] == category) return static_cast<int>(i);
  return -1;
}

std::map<std::string, EmojiImage> parse_emoji_json(const std::string& text, const std::string& source) {
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(text);
  } catch (const nlohmann::json::exception& e) {
    throw IoError("'" + source + "' is not valid JSON: " + e.what());
  }
  if (!doc.is_array() || doc.empty())
    throw IoError("'" + source + "' is not an emoji-datasource emoji.json (expected a list of emoji)");
  std::map<std::string, EmojiImage> images;
  for (const auto& emoji : doc) {
    if (!emoji.is_object() || !emoji.contains("image") || !emoji.contains("category") ||
        !emoji["image"].is_string() || !emoji["category"].is_string())
      throw IoError("'" + source + "': an entry without a string `image` and `category`");
    const std::string category = emoji["category"];
    EmojiImage base;
    base.label = emoji_class_index(category);
    if (base.label < 0)
      throw IoError("'" + source + "': unknown category '" + category + "' (the model card has 9 classes)");
    base.group = emoji["image"];
    images[base.group] = base;
    if (!emoji.contains("skin_variations") || !emoji["skin_variations"].is_object()) continue;
    for (const auto& [tone, variation] : emoji["skin_variations"].items()) {
      if (variation.is_object() && variation.contains("image") && variation["image"].is_string())
        images[variation["image"].get<std::string>()] = base;
    }
  }
  return images;
}

std::string emoji_file_name(int label, const std::string& set, const std::string& image) {
  const auto dot = image.rfind('.');
  return std::to_string(label) + "_" + set + "_" + image.substr(0, dot) + ".png";
}

bool emoji_is_heldout(const std::string& group, double fraction) {
  constexpr uint64_t kBuckets = 1000000;
  return static_cast<double>(fnv1a64(group) % kBuckets) < fraction * static_cast<double>(kBuckets);
}

int64_t EmojiDatasetCounts::total() const {
  return std::accumulate(train.begin(), train.end(), int64_t{0}) +
         std::accumulate(heldout.begin(), heldout.end(), int64_t{0});
}

EmojiDatasetCounts build_emoji_dataset(const std::vector<std::string>& tarballs, const std::string& out_dir,
                                       double heldout_fraction, const EmojiWarningFn& warn) {
  if (!(heldout_fraction >= 0.0 && heldout_fraction < 1.0))
    throw ConfigError("the held-out fraction must lie in [0, 1), got " + std::to_string(heldout_fraction));
  const fs::path train_dir = fs::path(out_dir) / "train", heldout_dir = fs::path(out_dir) / "heldout";
  for (const auto& dir : {train_dir, heldout_dir})
    if (holds_files(dir))
      throw IoError("'" + dir.string() + "' already holds files: give an empty or new output folder");
  std::error_code ec;
  for (const auto& dir : {train_dir, heldout_dir}) {
    fs::create_directories(dir, ec);
    if (ec) throw IoError("cannot create '" + dir.string() + "': " + ec.message());
  }

  const size_t classes = emoji_class_names().size();
  EmojiDatasetCounts counts;
  counts.train.assign(classes, 0);
  counts.heldout.assign(classes, 0);
  nlohmann::json sources = nlohmann::json::array();
  for (const auto& tarball : tarballs) {
    std::string emoji_json, package_json;
    std::map<std::string, std::string> png_bytes;  // tar entry name -> PNG bytes
    io::read_tar_files(
        tarball,
        [](const std::string& name) {
          std::string set, file;
          return name == "package/emoji.json" || name == "package/package.json" ||
                 split_image_entry(name, set, file);
        },
        [&](const std::string& name, std::string bytes) {
          if (name == "package/emoji.json") emoji_json = std::move(bytes);
          else if (name == "package/package.json") package_json = std::move(bytes);
          else png_bytes[name] = std::move(bytes);
        });
    if (emoji_json.empty())
      throw IoError("'" + tarball + "' has no package/emoji.json: is it an emoji-datasource package?");
    if (png_bytes.empty())
      throw IoError("'" + tarball + "' has no package/img/<set>/64/*.png images");
    const auto listed = parse_emoji_json(emoji_json, tarball + ":package/emoji.json");
    if (!package_json.empty()) {
      try {
        const auto package = nlohmann::json::parse(package_json);
        sources.push_back(package.value("name", std::string("?")) + "@" + package.value("version", std::string("?")));
      } catch (const nlohmann::json::exception&) {
        sources.push_back(fs::path(tarball).filename().string());
      }
    } else {
      sources.push_back(fs::path(tarball).filename().string());
    }
    for (const auto& [name, bytes] : png_bytes) {
      std::string set, file;
      split_image_entry(name, set, file);
      const auto it = listed.find(file);
      if (it == listed.end()) {
        ++counts.unlisted;
        if (warn) warn(tarball + ": " + name + " is not in emoji.json; skipped");
        continue;
      }
      // decode_image composites transparent pixels onto white.
      const auto rgb = io::decode_image(bytes, tarball + ":" + name);  // [H, W, 3] uint8
      if (rgb.size(0) != kImageSize || rgb.size(1) != kImageSize)
        throw IoError(tarball + ": " + name + " is " + std::to_string(rgb.size(1)) + "x" +
                      std::to_string(rgb.size(0)) + ", expected " + std::to_string(kImageSize) + "x" +
                      std::to_string(kImageSize));
      const bool heldout = emoji_is_heldout(it->second.group, heldout_fraction);
      const fs::path path = (heldout ? heldout_dir : train_dir) / emoji_file_name(it->second.label, set, file);
      io::write_file_atomic(path.string(), io::encode_png(rgb));
      ++(heldout ? counts.heldout : counts.train)[static_cast<size_t>(it->second.label)];
    }
  }

  nlohmann::json summary;
  summary["class_names"] = emoji_class_names();
  summary["sources"] = sources;
  summary["heldout_fraction"] = heldout_fraction;
  summary["heldout_rule"] = "FNV-1a 64 of the base emoji's image name, modulo 1e6, below fraction * 1e6";
  summary["train"] = per_class(counts.train);
  summary["heldout"] = per_class(counts.heldout);
  summary["total"] = counts.total();
  io::write_file_atomic((fs::path(out_dir) / "classes.json").string(), summary.dump(2) + "\n");
  return counts;
}

}  // namespace patchdiff::training
