// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/safetensors.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <torch/torch.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <set>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/message.h"

namespace patchdiff::model {

namespace {

using nlohmann::ordered_json;

struct DtypeName {
  c10::ScalarType dtype;
  const char* name;
};

// The names safetensors gives these dtypes. BOOL is left out: arbitrary bytes in a bool
// tensor are undefined behaviour in LibTorch.
constexpr DtypeName kDtypes[] = {
    {c10::ScalarType::Double, "F64"},   {c10::ScalarType::Float, "F32"},
    {c10::ScalarType::Half, "F16"},     {c10::ScalarType::BFloat16, "BF16"},
    {c10::ScalarType::Long, "I64"},     {c10::ScalarType::Int, "I32"},
    {c10::ScalarType::Short, "I16"},    {c10::ScalarType::Char, "I8"},
    {c10::ScalarType::Byte, "U8"},
};

std::string known_dtypes() {
  std::string out;
  for (const auto& d : kDtypes) out += (out.empty() ? "" : ", ") + std::string(d.name);
  return out;
}

bool little_endian_host() {
  const uint16_t probe = 1;
  return *reinterpret_cast<const uint8_t*>(&probe) == 1;
}

uint64_t read_u64_le(const uint8_t* p) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}

[[noreturn]] void fail(const std::string& source, const Message& detail) {
  throw CheckpointError(Message(PATCHDIFF_TR_NOOP("core", "safetensors file '%1' %2"), {source, detail}));
}

// A read-only view of the file's bytes (mapped copy-on-write, so an in-place operation on a
// loaded tensor changes the process's copy, never the file), unmapped with its last tensor.
class Mapping {
 public:
  Mapping(void* addr, size_t size) : m_addr(addr), m_size(size) {}
  ~Mapping() { ::munmap(m_addr, m_size); }
  Mapping(const Mapping&) = delete;
  Mapping& operator=(const Mapping&) = delete;
  const uint8_t* data() const { return static_cast<const uint8_t*>(m_addr); }

 private:
  void* m_addr;
  size_t m_size;
};

struct Range {
  uint64_t begin, end;
  std::string name;
};

// `what` is a literal marked with PATCHDIFF_TR_NOOP, made a message only when one is needed.
uint64_t unsigned_field(const std::string& source, const std::string& name, const ordered_json& v,
                        const char* what) {
  if (!v.is_number_unsigned())
    fail(source, Message(PATCHDIFF_TR_NOOP("core", "tensor '%1': %2 %3 is not a non-negative integer"),
                         {name, Message(what, {}), v.dump()}));
  return v.get<uint64_t>();
}

// The header length in the first 8 bytes, checked against the limit and the file's size.
uint64_t header_length(const uint8_t* first8, uint64_t size, const std::string& source) {
  if (!little_endian_host())
    fail(source, Message(PATCHDIFF_TR_NOOP("core", "cannot be read on a big-endian machine"), {}));
  if (size < 8)
    fail(source, Message(PATCHDIFF_TR_NOOP("core", "is %1 bytes, too short for the 8-byte header length"),
                         {std::to_string(size)}));
  const uint64_t header_len = read_u64_le(first8);
  if (header_len > kSafetensorsMaxHeader)
    fail(source, Message(PATCHDIFF_TR_NOOP("core", "declares a header of %1 bytes, above the %2-byte limit: the file "
                                                   "is damaged or not safetensors"),
                         {std::to_string(header_len), std::to_string(kSafetensorsMaxHeader)}));
  if (header_len > size - 8)
    fail(source, Message(PATCHDIFF_TR_NOOP("core", "declares a header of %1 bytes, but only %2 follow: the file is "
                                                   "truncated or not safetensors"),
                         {std::to_string(header_len), std::to_string(size - 8)}));
  return header_len;
}

// The header's JSON object, each name at most once.
ordered_json parse_header(const char* header, uint64_t header_len, const std::string& source) {
  if (header_len < 2 || header[0] != '{')
    fail(source, Message(PATCHDIFF_TR_NOOP("core", "has a header that is not a JSON object (it must start with '{')"),
                         {}));
  ordered_json root;
  std::set<std::string> names;
  try {
    // Names must be unique: a later duplicate would silently replace the first.
    auto no_duplicates = [&](int depth, ordered_json::parse_event_t event, ordered_json& parsed) {
      if (depth == 1 && event == ordered_json::parse_event_t::key) {
        const std::string& key = parsed.get_ref<const std::string&>();
        if (!names.insert(key).second)
          fail(source, Message(PATCHDIFF_TR_NOOP("core", "names '%1' twice in its header"), {key}));
      }
      return true;
    };
    root = ordered_json::parse(header, header + header_len, no_duplicates);
  } catch (const ordered_json::exception& e) {
    fail(source, Message(PATCHDIFF_TR_NOOP("core", "has a header that is not valid JSON: %1"), {e.what()}));
  }
  if (!root.is_object()) fail(source, Message(PATCHDIFF_TR_NOOP("core", "has a header that is not a JSON object"), {}));
  return root;
}

SafetensorsMetadata metadata_of(const ordered_json& root, const std::string& source) {
  SafetensorsMetadata out;
  const auto it = root.find("__metadata__");
  if (it == root.end()) return out;
  if (!it->is_object())
    fail(source, Message(PATCHDIFF_TR_NOOP("core", "has a __metadata__ that is not an object of strings"), {}));
  for (const auto& [key, value] : it->items()) {
    if (!value.is_string())
      fail(source, Message(PATCHDIFF_TR_NOOP("core", "has __metadata__ '%1' = %2: metadata values must be strings"),
                           {key, value.dump()}));
    out[key] = value.get<std::string>();
  }
  return out;
}

// Checks the header against the file and builds the tensors; `base` holds the whole file,
// `keep_alive` owns it.
SafetensorsFile parse(const uint8_t* base, uint64_t size, const std::shared_ptr<void>& keep_alive,
                      const std::string& source) {
  const uint64_t header_len = header_length(base, size, source);
  const ordered_json root = parse_header(reinterpret_cast<const char*>(base + 8), header_len, source);
  const uint64_t data_size = size - 8 - header_len;
  const uint8_t* data = base + 8 + header_len;

  SafetensorsFile out;
  out.metadata = metadata_of(root, source);
  std::vector<Range> ranges;
  for (const auto& [name, entry] : root.items()) {
    if (name == "__metadata__") continue;
    if (!entry.is_object() || !entry.contains("dtype") || !entry.contains("shape") ||
        !entry.contains("data_offsets"))
      fail(source, Message(PATCHDIFF_TR_NOOP("core", "tensor '%1' is not an object with dtype, shape and "
                                                     "data_offsets"),
                           {name}));
    const auto& dtype_value = entry["dtype"];
    const std::string dtype_name = dtype_value.is_string() ? dtype_value.get<std::string>() : dtype_value.dump();
    const DtypeName* dtype = nullptr;
    for (const auto& d : kDtypes)
      if (dtype_name == d.name) dtype = &d;
    if (!dtype)
      fail(source, Message(PATCHDIFF_TR_NOOP("core", "tensor '%1' has dtype %2, which is not supported (supported: "
                                                     "%3)"),
                           {name, dtype_name, known_dtypes()}));
    const auto& shape_value = entry["shape"];
    if (!shape_value.is_array())
      fail(source, Message(PATCHDIFF_TR_NOOP("core", "tensor '%1': shape is not a list"), {name}));
    std::vector<int64_t> shape;
    uint64_t numel = 1;
    for (const auto& dim : shape_value) {
      const uint64_t d = unsigned_field(source, name, dim, PATCHDIFF_TR_NOOP("core", "shape entry"));
      if (d > static_cast<uint64_t>(INT64_MAX) || __builtin_mul_overflow(numel, d, &numel))
        fail(source, Message(PATCHDIFF_TR_NOOP("core", "tensor '%1' has a shape %2 too large for any file"),
                             {name, shape_value.dump()}));
      shape.push_back(static_cast<int64_t>(d));
    }
    const auto& offsets = entry["data_offsets"];
    if (!offsets.is_array() || offsets.size() != 2)
      fail(source, Message(PATCHDIFF_TR_NOOP("core", "tensor '%1': data_offsets is not a [begin, end] pair"), {name}));
    const uint64_t begin = unsigned_field(source, name, offsets[0], PATCHDIFF_TR_NOOP("core", "data offset"));
    const uint64_t end = unsigned_field(source, name, offsets[1], PATCHDIFF_TR_NOOP("core", "data offset"));
    if (begin > end)
      fail(source, Message(PATCHDIFF_TR_NOOP("core", "tensor '%1' has data_offsets %2 that end before they begin"),
                           {name, offsets.dump()}));
    if (end > data_size)
      fail(source, Message(PATCHDIFF_TR_NOOP("core", "tensor '%1' has data_offsets %2 past the end of the data (%3 "
                                                     "bytes): the file is truncated or damaged"),
                           {name, offsets.dump(), std::to_string(data_size)}));
    const uint64_t element = c10::elementSize(dtype->dtype);
    uint64_t nbytes = 0;
    if (__builtin_mul_overflow(numel, element, &nbytes) || nbytes != end - begin) {
      if (nbytes == 0 && numel != 0)
        fail(source, Message(PATCHDIFF_TR_NOOP("core", "tensor '%1' of shape %2 and dtype %3 needs too many bytes, "
                                                       "but its data_offsets %4 span %5"),
                             {name, shape_value.dump(), dtype->name, offsets.dump(), std::to_string(end - begin)}));
      fail(source, Message(PATCHDIFF_TR_NOOP("core", "tensor '%1' of shape %2 and dtype %3 needs %4 bytes, but its "
                                                     "data_offsets %5 span %6"),
                           {name, shape_value.dump(), dtype->name, std::to_string(nbytes), offsets.dump(),
                            std::to_string(end - begin)}));
    }
    ranges.push_back({begin, end, name});

    const auto options = torch::TensorOptions().dtype(dtype->dtype);
    const uint8_t* start = data + begin;
    torch::Tensor tensor;
    if (numel == 0) {
      tensor = torch::empty(shape, options);
    } else if (reinterpret_cast<uintptr_t>(start) % element != 0) {
      // An unaligned start (another writer's unpadded header): LibTorch's kernels expect
      // element-aligned data, so this tensor gets its own aligned copy.
      tensor = torch::empty(shape, options);
      std::memcpy(tensor.data_ptr(), start, nbytes);
    } else {
      // Mapped copy-on-write: writable for LibTorch, never written back to the file.
      tensor = torch::from_blob(const_cast<uint8_t*>(start), shape, [keep_alive](void*) {}, options);
    }
    out.tensors.insert(name, std::move(tensor));
  }
  // Two tensors must not share bytes (an in-place change to one would change the other).
  std::sort(ranges.begin(), ranges.end(), [](const Range& a, const Range& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  });
  const Range* previous = nullptr;
  for (const Range& r : ranges) {
    if (r.begin == r.end) continue;  // empty tensors occupy no bytes
    if (previous && r.begin < previous->end)
      fail(source, Message(PATCHDIFF_TR_NOOP("core", "has overlapping data: tensor '%1' [%2, %3) and tensor '%4' [%5, "
                                                     "%6)"),
                           {r.name, std::to_string(r.begin), std::to_string(r.end), previous->name,
                            std::to_string(previous->begin), std::to_string(previous->end)}));
    previous = &r;
  }
  return out;
}

}  // namespace

bool has_safetensors_extension(const std::string& path) {
  constexpr char kExt[] = ".safetensors";
  constexpr size_t n = sizeof(kExt) - 1;
  if (path.size() < n) return false;
  for (size_t i = 0; i < n; ++i)
    if (std::tolower(static_cast<unsigned char>(path[path.size() - n + i])) != kExt[i]) return false;
  return true;
}

bool is_safetensors_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  uint8_t head[9] = {};
  in.read(reinterpret_cast<char*>(head), sizeof(head));
  if (in.gcount() != sizeof(head)) return false;
  return read_u64_le(head) <= kSafetensorsMaxHeader && head[8] == '{';
}

SafetensorsFile read_safetensors(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail(path, Message(PATCHDIFF_TR_NOOP("core", "cannot be opened: %1"), {std::strerror(errno)}));
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    fail(path, Message(PATCHDIFF_TR_NOOP("core", "is not a regular file"), {}));
  }
  const uint64_t size = static_cast<uint64_t>(st.st_size);
  if (size < 8) {
    ::close(fd);
    fail(path, Message(PATCHDIFF_TR_NOOP("core", "is %1 bytes, too short for the 8-byte header length"),
                       {std::to_string(size)}));
  }
  void* addr = ::mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
  const int map_error = errno;
  ::close(fd);  // the mapping keeps the file open
  if (addr == MAP_FAILED)
    fail(path, Message(PATCHDIFF_TR_NOOP("core", "cannot be mapped into memory: %1"), {std::strerror(map_error)}));
  auto mapping = std::make_shared<Mapping>(addr, size);
  return parse(mapping->data(), size, mapping, path);
}

SafetensorsMetadata read_safetensors_metadata(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) fail(path, Message(PATCHDIFF_TR_NOOP("core", "cannot be opened for reading"), {}));
  const uint64_t size = static_cast<uint64_t>(in.tellg());
  in.seekg(0);
  uint8_t first8[8] = {};
  in.read(reinterpret_cast<char*>(first8), size < 8 ? static_cast<std::streamsize>(size) : 8);
  const uint64_t header_len = header_length(first8, size, path);
  std::string header(header_len, '\0');
  in.read(header.data(), static_cast<std::streamsize>(header_len));
  if (static_cast<uint64_t>(in.gcount()) != header_len)
    fail(path, Message(PATCHDIFF_TR_NOOP("core", "could not be read to the end of its header"), {}));
  return metadata_of(parse_header(header.data(), header_len, path), path);
}

SafetensorsFile parse_safetensors(const std::string& bytes, const std::string& source) {
  auto copy = std::make_shared<std::string>(bytes);
  return parse(reinterpret_cast<const uint8_t*>(copy->data()), copy->size(), copy, source);
}

std::string safetensors_dtype_name(c10::ScalarType dtype) {
  for (const auto& d : kDtypes)
    if (d.dtype == dtype) return d.name;
  throw CheckpointError(Message(PATCHDIFF_TR_NOOP("core", "tensors of dtype %1 cannot be stored in safetensors here "
                                                          "(supported: %2)"),
                                {c10::toString(dtype), known_dtypes()}));
}

std::string safetensors_bytes(const StateDict& tensors, const SafetensorsMetadata& metadata) {
  if (!little_endian_host())
    throw CheckpointError(
        Message(PATCHDIFF_TR_NOOP("core", "safetensors cannot be written on a big-endian machine"), {}));
  ordered_json header = ordered_json::object();
  if (!metadata.empty()) {
    ordered_json meta = ordered_json::object();
    for (const auto& [key, value] : metadata) meta[key] = value;
    header["__metadata__"] = meta;
  }
  std::vector<torch::Tensor> data;
  uint64_t offset = 0;
  for (const auto& [name, tensor] : tensors) {
    if (name == "__metadata__")
      throw CheckpointError(Message(PATCHDIFF_TR_NOOP("core", "a tensor cannot be named '__metadata__' in safetensors"),
                                    {}));
    if (!tensor.defined())
      throw CheckpointError(Message(PATCHDIFF_TR_NOOP("core", "key '%1' holds an undefined tensor"), {name}));
    const std::string dtype = safetensors_dtype_name(tensor.scalar_type());
    torch::Tensor cpu = tensor.detach().to(torch::kCPU).contiguous();
    const uint64_t nbytes = cpu.nbytes();
    header[name] = {{"dtype", dtype}, {"shape", cpu.sizes().vec()}, {"data_offsets", {offset, offset + nbytes}}};
    offset += nbytes;
    data.push_back(std::move(cpu));
  }
  std::string text = header.dump();
  text.append((8 - text.size() % 8) % 8, ' ');  // the tensors start 8-byte aligned
  std::string out;
  out.reserve(8 + text.size() + offset);
  uint64_t n = text.size();
  for (int i = 0; i < 8; ++i, n >>= 8) out.push_back(static_cast<char>(n & 0xff));
  out += text;
  for (const auto& t : data) out.append(static_cast<const char*>(t.data_ptr()), t.nbytes());
  return out;
}

void save_safetensors(const std::string& path, const StateDict& tensors, const SafetensorsMetadata& metadata) {
  std::string bytes;
  try {
    bytes = safetensors_bytes(tensors, metadata);
  } catch (const CheckpointError& e) {
    throw CheckpointError(Message(PATCHDIFF_TR_NOOP("core", "cannot save '%1': %2"), {path, e.message()}));
  }
  io::write_file_atomic(path, bytes);
}

}  // namespace patchdiff::model
