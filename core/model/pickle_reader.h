// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A restricted unpickler for the data.pkl that torch.save writes for a state_dict.
// torch::pickle_load is not enough: it turns an OrderedDict carrying `_metadata` (set by
// BUILD) into None and cannot place `cuda:0` storages on a CPU-only build. This reader
// knows only the opcodes and globals a state_dict needs and refuses everything else, so
// loading never runs code from the file. It does not touch the tensor data: a tensor is a
// TensorRef (which record, which view), materialised later by state_dict.cpp.
#include <c10/core/ScalarType.h>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/message.h"

namespace patchdiff::model {

// torch.FloatStorage -> kFloat, ...; nullopt for a name that is not a storage type read here.
std::optional<c10::ScalarType> dtype_of_storage_type(const std::string& name);
// kFloat -> "FloatStorage"; throws CheckpointError for a dtype a checkpoint cannot hold here.
std::string storage_type_of_dtype(c10::ScalarType dtype);

// One tensor as the pickle describes it: a strided view into the storage record data/<key>.
struct TensorRef {
  c10::ScalarType dtype = c10::kFloat;
  std::string key;             // record name under data/
  std::string location;        // "cpu", "cuda:0": where it was saved from; ignored on load
  int64_t storage_numel = 0;   // elements the storage declares
  int64_t storage_offset = 0;  // in elements
  std::vector<int64_t> sizes;
  std::vector<int64_t> strides;  // in elements
};

// A value of the restricted pickle. Containers point into the arena owned by Pickle, so
// shared (memoised) values stay shared and destruction never recurses.
struct PickleValue {
  enum class Kind { None, Bool, Int, Float, String, Tuple, List, Dict, Global, Storage, Tensor };
  Kind kind = Kind::None;
  bool ordered = false;        // Dict: a collections.OrderedDict
  int64_t int_value = 0;       // Int, Bool
  double float_value = 0.0;    // Float
  std::string text;            // String; Global: "module.name"
  std::vector<PickleValue*> items;                              // Tuple, List
  std::vector<std::pair<PickleValue*, PickleValue*>> entries;   // Dict, in insertion order
  TensorRef tensor;            // Storage (dtype, key, location, storage_numel), Tensor

  // Dict: the value of the last entry whose key is the string `key`, or nullptr.
  const PickleValue* find(const std::string& key) const;
};

// "an int", "a tensor", "None", ...: for messages (translatable, except Python's "None").
Message describe(const PickleValue& value);

// A parsed data.pkl: owns every value.
class Pickle {
 public:
  Pickle();
  const PickleValue& root() const { return *m_root; }

 private:
  friend Pickle read_pickle(const void* data, size_t size);
  std::unique_ptr<std::deque<PickleValue>> m_values;  // stable addresses
  const PickleValue* m_root = nullptr;
};

// Parses a pickle. Throws CheckpointError whose text continues "checkpoint '<path>' ...":
// "is not a plain state_dict: ..." for a global or object outside the allow-list, "has a
// malformed data.pkl: ..." for truncated or inconsistent bytes. The caller adds the path.
Pickle read_pickle(const void* data, size_t size);

}  // namespace patchdiff::model
