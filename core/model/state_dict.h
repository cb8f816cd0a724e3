// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PyTorch state_dict checkpoints as torch.save writes them: a zip archive whose
// <name>/data.pkl pickles a dict of tensors and whose <name>/data/<key> records hold the
// storages. Read with the restricted unpickler (pickle_reader.h), every tensor on the CPU
// whatever device it was saved from; written so that Python's torch.load reads them.
// read_checkpoint also reads .safetensors files (core/model/safetensors.h).
#include <torch/types.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace patchdiff::model {

// name -> tensor in the order of the file, with lookup by name.
class StateDict {
 public:
  using Item = std::pair<std::string, torch::Tensor>;

  // Adds `name`, or replaces its tensor in place (keeping its position), as a Python dict would.
  void insert(const std::string& name, torch::Tensor tensor);
  bool contains(const std::string& name) const;
  // nullptr when absent.
  const torch::Tensor* find(const std::string& name) const;
  // Throws CheckpointError naming the key when absent.
  const torch::Tensor& at(const std::string& name) const;
  std::vector<std::string> keys() const;
  // Total elements of all tensors: the parameter count.
  int64_t numel() const;

  size_t size() const { return m_items.size(); }
  bool empty() const { return m_items.empty(); }
  const std::vector<Item>& items() const { return m_items; }
  std::vector<Item>::const_iterator begin() const { return m_items.begin(); }
  std::vector<Item>::const_iterator end() const { return m_items.end(); }

 private:
  std::vector<Item> m_items;
  std::unordered_map<std::string, size_t> m_index;
};

struct CheckpointFile {
  StateDict tensors;
  // The top-level key the state_dict came from; empty when the file is the state_dict itself.
  std::string chosen_entry;
  // Top-level keys that hold a dict of tensors (e.g. "model", "ema"); empty for a flat file.
  std::vector<std::string> available_entries;
  std::string path;
  // A .safetensors file's __metadata__ (our sidecar's fields among them); empty for a .pt.
  std::map<std::string, std::string> metadata;
};

// Reads a torch.save checkpoint or a .safetensors file (by extension or content). A
// torch.save file whose top level wraps state_dicts ({"model": ..., "ema": ...}) gives the
// one named by `entry`; with `entry` empty, "ema" if present, else the only nested
// state_dict, else the top level if it maps names to tensors (a safetensors file holds one
// state_dict: `entry` must be empty). Throws CheckpointError naming the file and what was
// expected.
CheckpointFile read_checkpoint(const std::string& path, const std::string& entry = "");

// Writes `state_dict` as torch.save would (an OrderedDict, one storage per tensor, archive
// named after the file's stem), atomically: a temporary in the same folder renamed over
// `path`. Tensors may live on any device. Throws IoError (unwritable folder) or
// CheckpointError (a dtype a checkpoint cannot hold), leaving no file behind.
void save_state_dict(const std::string& path, const StateDict& state_dict);

// One record of a checkpoint archive, pointing at bytes the caller keeps alive.
struct ArchiveRecord {
  std::string name;  // "data.pkl", "data/0", ...; the archive prefix is added
  const void* data = nullptr;
  size_t size = 0;
};

// Writes a torch.save zip archive atomically (save_state_dict's last step; tests use it to
// craft files). The "version" record is added as torch.save writes it.
void write_checkpoint_archive(const std::string& path, const std::vector<ArchiveRecord>& records);

}  // namespace patchdiff::model
