// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/image_folder.h"

#include <torch/torch.h>

#include <algorithm>
#include <climits>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>

#include <sys/stat.h>

#include <stb_image.h>  // the implementation is compiled in core/io/image.cpp

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/image.h"
#include "core/io/stb_guard.h"
#include "core/io/pil_resize.h"

namespace patchdiff::io {

namespace fs = std::filesystem;

namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool is_image_name(const std::string& name) {
  const auto dot = name.rfind('.');
  if (dot == std::string::npos) return false;
  const std::string ext = lower(name.substr(dot + 1));
  return ext == "jpg" || ext == "jpeg" || ext == "png" || ext == "gif";
}

// The folders being listed, outermost first, by device and inode: a folder that is its own
// ancestor (a symbolic link back up the tree) would be listed forever.
struct FolderOnPath {
  dev_t device;
  ino_t inode;
  fs::path path;
};

void list_into(const fs::path& dir, std::vector<FolderOnPath>& ancestors, std::vector<std::string>& out) {
  struct stat st {};
  if (::stat(dir.c_str(), &st) == 0) {
    for (const auto& folder : ancestors)
      if (folder.device == st.st_dev && folder.inode == st.st_ino)
        throw IoError(Message(PATCHDIFF_TR_NOOP("core", "the folder '%1' holds a symbolic link loop: '%2' leads back "
                                                        "to '%3', which contains it; remove the link or point it "
                                                        "elsewhere"),
                              {ancestors.front().path.string(), dir.string(), folder.path.string()}));
    ancestors.push_back({st.st_dev, st.st_ino, dir});
  }
  std::vector<std::string> names;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    names.push_back(it->path().filename().string());
  if (ec)
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot list the folder '%1': %2"), {dir.string(), ec.message()}));
  std::sort(names.begin(), names.end());
  for (const auto& name : names) {
    const fs::path full = dir / name;
    if (is_image_name(name) && !fs::is_directory(full, ec)) out.push_back(full.string());
    else if (fs::is_directory(full, ec)) list_into(full, ancestors, out);
  }
  if (!ancestors.empty() && ancestors.back().path == dir) ancestors.pop_back();
}

bool is_integer(const std::string& s) {
  if (s.empty()) return false;
  size_t i = (s[0] == '+') ? 1 : 0;
  if (i == s.size()) return false;
  for (; i < s.size(); ++i)
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  return s.size() < 10;  // fits an int comfortably; longer "numbers" are names
}

// The original's "box-halve while possible, then bicubic to the short side".
torch::Tensor resize_short_side(torch::Tensor image, int target) {
  auto w = image.size(1), h = image.size(0);
  while (std::min(w, h) >= 2 * target) {
    image = pil_resize(image, w / 2, h / 2, ResizeFilter::Box);
    w = image.size(1);
    h = image.size(0);
  }
  const double scale = static_cast<double>(target) / static_cast<double>(std::min(w, h));
  // Python's round(): half to even, which nearbyint does in the default rounding mode.
  const auto new_w = static_cast<int64_t>(std::nearbyint(static_cast<double>(w) * scale));
  const auto new_h = static_cast<int64_t>(std::nearbyint(static_cast<double>(h) * scale));
  return pil_resize(image, new_w, new_h, ResizeFilter::Bicubic);
}

}  // namespace

std::vector<std::string> list_image_files(const std::string& dir) {
  std::error_code ec;
  if (dir.empty()) throw IoError(Message(PATCHDIFF_TR_NOOP("core", "no data folder given (--data_dir)"), {}));
  if (!fs::is_directory(dir, ec))
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "the data folder '%1' does not exist or is not a folder"), {dir}));
  std::vector<std::string> out;
  std::vector<FolderOnPath> ancestors;
  list_into(fs::path(dir), ancestors, out);
  return out;
}

torch::Tensor decode_rgb(const std::string& bytes, const std::string& source_name) {
  if (bytes.size() > static_cast<size_t>(INT_MAX))
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot decode the image '%1': the file is larger than 2 GB"),
                          {source_name}));
  check_before_stb(bytes, source_name);  // two of stb 2.27's defects (core/io/stb_guard.h)
  const auto* data = reinterpret_cast<const stbi_uc*>(bytes.data());
  const int len = static_cast<int>(bytes.size());
  int w = 0, h = 0, channels = 0;
  // The size first: a header claiming a huge image is refused before it is allocated.
  if (stbi_info_from_memory(data, len, &w, &h, &channels)) check_image_dimensions(w, h, source_name);
  std::unique_ptr<stbi_uc, void (*)(void*)> pixels(
      stbi_load_from_memory(data, len, &w, &h, &channels, 3), stbi_image_free);
  if (!pixels || w <= 0 || h <= 0) {
    const Message reason = stbi_failure_reason() ? Message(stbi_failure_reason())
                                                 : Message(PATCHDIFF_TR_NOOP("core", "unknown error"), {});
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot decode the image '%1': %2 (corrupt, truncated or not an "
                                                    "image)"),
                          {source_name, reason}));
  }
  return torch::from_blob(pixels.get(), {h, w, 3}, torch::kUInt8).clone();
}

torch::Tensor center_crop_arr(const torch::Tensor& image, int size) {
  auto resized = resize_short_side(image, size);
  const auto crop_y = (resized.size(0) - size) / 2;
  const auto crop_x = (resized.size(1) - size) / 2;
  return resized.narrow(0, crop_y, size).narrow(1, crop_x, size).contiguous();
}

torch::Tensor random_crop_arr(const torch::Tensor& image, int size, std::mt19937_64& rng) {
  // The original: the short side becomes a random size in [ceil(S/1.0), ceil(S/0.8)].
  const int min_side = size;
  const int max_side = static_cast<int>(std::ceil(size / 0.8));
  const int side = std::uniform_int_distribution<int>(min_side, max_side)(rng);
  auto resized = resize_short_side(image, side);
  const auto crop_y = std::uniform_int_distribution<int64_t>(0, resized.size(0) - size)(rng);
  const auto crop_x = std::uniform_int_distribution<int64_t>(0, resized.size(1) - size)(rng);
  return resized.narrow(0, crop_y, size).narrow(1, crop_x, size).contiguous();
}

ImageFolder::ImageFolder(const std::string& dir, const ImageFolderOptions& options, WarningFn warn)
    : m_dir(dir), m_options(options), m_warn(std::move(warn)) {
  if (options.image_size <= 0)
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "--image_size must be positive"), {}));
  m_paths = list_image_files(dir);
  if (m_paths.empty())
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "the data folder '%1' holds no .jpg, .jpeg, .png or .gif files "
                                                    "(searched recursively)"),
                          {dir}));
  if (options.class_cond) derive_classes();
  if (options.num_shards > 1) keep_shard();
  m_bad.assign(m_paths.size(), 0);
  m_cache.resize(m_paths.size());
}

void ImageFolder::keep_shard() {
  const auto shard = static_cast<size_t>(m_options.shard), count = static_cast<size_t>(m_options.num_shards);
  if (m_options.shard < 0 || shard >= count)
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "image folder shard index out of range"), {}));
  if (m_paths.size() < count)
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "the data folder '%1' holds %2 images, fewer than the %3 "
                                                    "processes that each read their own share; add images or run "
                                                    "fewer processes"),
                          {m_dir, std::to_string(m_paths.size()), std::to_string(count)}));
  std::vector<std::string> paths;
  std::vector<int64_t> labels;
  for (size_t i = shard; i < m_paths.size(); i += count) {
    paths.push_back(m_paths[i]);
    if (!m_labels.empty()) labels.push_back(m_labels[i]);
  }
  m_paths = std::move(paths);
  m_labels = std::move(labels);
}

void ImageFolder::derive_classes() {
  std::vector<std::string> prefixes;
  bool all_integers = true;
  for (const auto& path : m_paths) {
    const std::string name = fs::path(path).filename().string();
    const auto underscore = name.find('_');
    if (underscore == std::string::npos || underscore == 0)
      throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "class-conditional training (--class_cond True) takes the "
                                                          "class from the file name before its first underscore, but "
                                                          "'%1' has no such prefix; name files like 3_cat.png or "
                                                          "cat_0001.png, or train with --class_cond False"),
                                {path}));
    prefixes.push_back(name.substr(0, underscore));
    all_integers = all_integers && is_integer(prefixes.back());
  }
  if (all_integers) {
    m_naming = ClassNaming::Integer;
    int64_t max_label = 0;
    for (const auto& p : prefixes) {
      m_labels.push_back(std::stoll(p));
      max_label = std::max(max_label, m_labels.back());
    }
    m_num_classes = static_cast<int>(max_label + 1);
  } else {
    m_naming = ClassNaming::Word;
    std::set<std::string> names(prefixes.begin(), prefixes.end());
    m_class_names.assign(names.begin(), names.end());
    std::map<std::string, int64_t> index;
    for (size_t i = 0; i < m_class_names.size(); ++i) index[m_class_names[i]] = static_cast<int64_t>(i);
    for (const auto& p : prefixes) m_labels.push_back(index[p]);
    m_num_classes = static_cast<int>(m_class_names.size());
  }
}

torch::Tensor ImageFolder::load_pixels(size_t index, std::mt19937_64& rng) const {
  if (!m_options.random_crop) {
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_cache[index].defined()) return m_cache[index];
  }
  const auto image =
      decode_rgb(read_file(m_paths[index], Message(PATCHDIFF_TR_NOOP("core", "image"), {})), m_paths[index]);
  if (m_options.random_crop) return random_crop_arr(image, m_options.image_size, rng);
  auto cropped = center_crop_arr(image, m_options.image_size);
  std::lock_guard<std::mutex> lock(m_mutex);
  if (m_cached_bytes + cropped.numel() <= m_options.cache_bytes) {
    m_cache[index] = cropped;
    m_cached_bytes += cropped.numel();
  }
  return cropped;
}

torch::Tensor ImageFolder::load(size_t index, uint64_t seed, size_t* used) const {
  TORCH_CHECK(index < m_paths.size(), "image index ", index, " out of range");
  std::mt19937_64 rng(seed);
  torch::Tensor pixels;
  size_t i = index;
  for (size_t tries = 0; tries < m_paths.size(); ++tries, i = (i + 1) % m_paths.size()) {
    {
      std::lock_guard<std::mutex> lock(m_mutex);
      if (m_bad[i]) continue;
    }
    try {
      pixels = load_pixels(i, rng);
      break;
    } catch (const IoError& e) {
      bool first = false;
      {
        std::lock_guard<std::mutex> lock(m_mutex);
        first = !m_bad[i];
        m_bad[i] = 1;
      }
      if (first && m_warn) m_warn(std::string(e.what()) + "; skipping it");
    }
  }
  if (!pixels.defined())
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "none of the %1 image files in '%2' can be decoded (all corrupt or "
                                                    "not images)"),
                          {std::to_string(m_paths.size()), m_dir}));
  if (used) *used = i;
  // The flip is drawn after the crop, from the same stream (the original: random.random() < 0.5).
  if (m_options.random_flip && std::uniform_real_distribution<double>(0.0, 1.0)(rng) < 0.5)
    pixels = pixels.flip({1});
  // [S, S, 3] -> [3, S, S]; float32 arr / 127.5 - 1 as the original.
  return pixels.permute({2, 0, 1}).to(torch::kFloat32).div(127.5).sub(1.0).contiguous();
}

std::vector<std::string> ImageFolder::skipped() const {
  std::lock_guard<std::mutex> lock(m_mutex);
  std::vector<std::string> out;
  for (size_t i = 0; i < m_paths.size(); ++i)
    if (m_bad[i]) out.push_back(m_paths[i]);
  return out;
}

}  // namespace patchdiff::io
