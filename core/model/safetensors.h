// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// safetensors (huggingface/safetensors): an 8-byte little-endian header length N, N bytes
// of JSON {"name": {"dtype", "shape", "data_offsets": [begin, end]}, ..., "__metadata__":
// {string: string}}, then the raw little-endian tensor bytes (offsets relative to the byte
// after the header). No code runs on load. Every offset and size is checked against the
// file before a byte is touched; the file is memory-mapped (copy-on-write), so tensors
// point into the page cache instead of a second copy.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "core/model/state_dict.h"

namespace patchdiff::model {

// __metadata__: string -> string, as the format requires.
using SafetensorsMetadata = std::map<std::string, std::string>;

struct SafetensorsFile {
  StateDict tensors;  // in the header's order
  SafetensorsMetadata metadata;
};

// The reference implementation's limit: a header above 100 MB is refused before it is read.
constexpr uint64_t kSafetensorsMaxHeader = 100'000'000;

// True when `path` starts like a safetensors file (a plausible header length, then '{').
bool is_safetensors_file(const std::string& path);
// True when `path` ends in ".safetensors".
bool has_safetensors_extension(const std::string& path);

// Reads (memory-maps) a safetensors file. CheckpointError naming the file and the fault for
// anything malformed: a header length past the end or above the limit, bad JSON, an unknown
// dtype, a shape that disagrees with its byte range, ranges past the end or overlapping,
// duplicate names, non-string metadata.
SafetensorsFile read_safetensors(const std::string& path);
// The __metadata__ alone (reads the header, not the tensors); CheckpointError as above.
SafetensorsMetadata read_safetensors_metadata(const std::string& path);
// The same checks over bytes in memory (tests, fuzzing); `source` names them in messages.
SafetensorsFile parse_safetensors(const std::string& bytes, const std::string& source);

// The file's bytes: tensors in `tensors`' order, contiguous, the header padded with spaces
// to a multiple of 8 so every tensor starts 8-byte aligned. CheckpointError for a dtype
// safetensors cannot name or an undefined tensor.
std::string safetensors_bytes(const StateDict& tensors, const SafetensorsMetadata& metadata);
// Writes them atomically (no half-written file on failure: IoError / CheckpointError).
void save_safetensors(const std::string& path, const StateDict& tensors,
                      const SafetensorsMetadata& metadata = {});

// The safetensors dtype name ("F32", "BF16", ...) of a torch dtype; CheckpointError when none.
std::string safetensors_dtype_name(c10::ScalarType dtype);

}  // namespace patchdiff::model
