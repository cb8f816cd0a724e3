// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A folder of training images as the original's image_datasets.py reads it: every
// .jpg/.jpeg/.png/.gif below the folder (recursive, sorted per directory), decoded with
// stb_image and converted to RGB by dropping alpha (PIL's convert("RGB")), box-halved while
// the short side is at least twice the target, bicubic-resized so the short side is the
// target, then centre-cropped (or randomly cropped) and optionally flipped. With class
// conditioning the class is the file name before its first underscore.
#include <torch/types.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <vector>

namespace patchdiff::io {

// The original's _list_image_files_recursively: entries sorted by name, an entry is an
// image when its extension (after the last dot) is jpg/jpeg/png/gif in any case, else it
// is descended into when it is a directory. IoError when `dir` is not a readable folder, and
// for a symbolic link back to a folder being listed (the original recursed until the system's
// limit of 40 links, listing everything 40 times, or forever with two such links).
std::vector<std::string> list_image_files(const std::string& dir);

// stb_image decode to uint8 [H, W, 3]: gray is replicated, alpha dropped (not composited),
// GIFs give their first frame. IoError naming `source_name` when it cannot be decoded.
torch::Tensor decode_rgb(const std::string& bytes, const std::string& source_name);

// The original's center_crop_arr / random_crop_arr on uint8 [H, W, 3] -> [size, size, 3].
torch::Tensor center_crop_arr(const torch::Tensor& image, int size);
torch::Tensor random_crop_arr(const torch::Tensor& image, int size, std::mt19937_64& rng);

enum class ClassNaming {
  None,     // unconditional
  Integer,  // every prefix is an integer: the original's convention, class = that integer
  Word,     // names: numbered in sorted order, names kept for the sidecar
};

struct ImageFolderOptions {
  int image_size = 64;
  bool class_cond = false;
  bool random_crop = false;
  bool random_flip = true;
  // Decoded, cropped images are kept in memory while they fit in this many bytes (only
  // without random_crop, whose crop changes every time).
  int64_t cache_bytes = int64_t{1} << 30;
  // Data-parallel training: keep files[shard::num_shards] of the sorted list (as the
  // original's image_paths[shard:][::num_shards]); classes are derived from all files first,
  // so every shard numbers them alike.
  int shard = 0;
  int num_shards = 1;
};

using WarningFn = std::function<void(const std::string&)>;

class ImageFolder {
 public:
  // Lists the files and derives classes. IoError: missing or empty folder. ConfigError:
  // class_cond with a file name that has no class prefix.
  ImageFolder(const std::string& dir, const ImageFolderOptions& options, WarningFn warn = {});

  const std::string& dir() const { return m_dir; }
  const ImageFolderOptions& options() const { return m_options; }
  size_t size() const { return m_paths.size(); }
  const std::vector<std::string>& paths() const { return m_paths; }
  // Per file, when class-conditional; else empty.
  const std::vector<int64_t>& labels() const { return m_labels; }
  ClassNaming naming() const { return m_naming; }
  // Integer naming: max label + 1; word naming: the number of names; 0 when unconditional.
  int num_classes() const { return m_num_classes; }
  // Word naming: the names in label order; integer naming: empty.
  const std::vector<std::string>& class_names() const { return m_class_names; }

  // Image `index` as float32 [3, S, S] in [-1, 1] (arr / 127.5 - 1, as the original), with
  // crop and flip drawn from `seed`. A file that cannot be decoded is reported once through
  // the warning callback and replaced by the next decodable file (in sorted order), so a
  // run stays deterministic; `*used` receives the index actually loaded. IoError when no
  // file in the folder can be decoded.
  torch::Tensor load(size_t index, uint64_t seed, size_t* used = nullptr) const;
  // Files found corrupt so far.
  std::vector<std::string> skipped() const;

 private:
  void derive_classes();
  void keep_shard();
  torch::Tensor load_pixels(size_t index, std::mt19937_64& rng) const;  // uint8 [S, S, 3]

  std::string m_dir;
  ImageFolderOptions m_options;
  WarningFn m_warn;
  std::vector<std::string> m_paths;
  std::vector<int64_t> m_labels;
  std::vector<std::string> m_class_names;
  ClassNaming m_naming = ClassNaming::None;
  int m_num_classes = 0;

  mutable std::mutex m_mutex;
  mutable std::vector<uint8_t> m_bad;               // 1 once a file failed to decode
  mutable std::vector<torch::Tensor> m_cache;       // centre-cropped pixels, when cached
  mutable int64_t m_cached_bytes = 0;
};

}  // namespace patchdiff::io
