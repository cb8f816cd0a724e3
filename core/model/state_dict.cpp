// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/state_dict.h"

#include <caffe2/serialize/inline_container.h>
#include <torch/torch.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <unordered_map>

#include "core/error.h"
#include "core/message.h"
#include "core/model/pickle_reader.h"
#include "core/model/torch_archive.h"
#include "core/model/pickle_writer.h"
#include "core/model/safetensors.h"

namespace patchdiff::model {

namespace fs = std::filesystem;
using caffe2::serialize::PyTorchStreamWriter;

// ---- StateDict ----

void StateDict::insert(const std::string& name, torch::Tensor tensor) {
  auto it = m_index.find(name);
  if (it != m_index.end()) {
    m_items[it->second].second = std::move(tensor);
    return;
  }
  m_index.emplace(name, m_items.size());
  m_items.emplace_back(name, std::move(tensor));
}

bool StateDict::contains(const std::string& name) const { return m_index.count(name) > 0; }

const torch::Tensor* StateDict::find(const std::string& name) const {
  auto it = m_index.find(name);
  return it == m_index.end() ? nullptr : &m_items[it->second].second;
}

const torch::Tensor& StateDict::at(const std::string& name) const {
  const torch::Tensor* t = find(name);
  if (!t) {
    throw CheckpointError(Message(PATCHDIFF_TR_NOOP("core", "the state_dict has no key '%1' (it has %2 keys)"),
                                  {name, std::to_string(size())}));
  }
  return *t;
}

std::vector<std::string> StateDict::keys() const {
  std::vector<std::string> out;
  out.reserve(m_items.size());
  for (const auto& item : m_items) out.push_back(item.first);
  return out;
}

int64_t StateDict::numel() const {
  int64_t n = 0;
  for (const auto& item : m_items) n += item.second.numel();
  return n;
}

namespace {

// ---- Reading ----

// c10::Error's text carries a backtrace and source locations; users need the first line.
std::string first_line(const c10::Error& e) {
  std::string text = e.what_without_backtrace();
  const size_t eol = text.find('\n');
  if (eol != std::string::npos) text.resize(eol);
  return text;
}

std::string join(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

[[noreturn]] void fail(const std::string& path, const Message& detail) {
  throw CheckpointError(Message(PATCHDIFF_TR_NOOP("core", "checkpoint '%1' %2"), {path, detail}));
}

// Rejects what the archive reader would report obscurely (or not at all: a directory).
void check_file(const std::string& path) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (!fs::exists(status)) {
    fail(path, Message(PATCHDIFF_TR_NOOP("core", "does not exist (expected a .pt file written by torch.save, or a "
                                                 ".safetensors file)"),
                       {}));
  }
  if (fs::is_directory(status)) {
    fail(path, Message(PATCHDIFF_TR_NOOP("core", "is a directory, expected a .pt file written by torch.save or a "
                                                 ".safetensors file"),
                       {}));
  }
  if (!fs::is_regular_file(status)) fail(path, Message(PATCHDIFF_TR_NOOP("core", "is not a regular file"), {}));
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(path, Message(PATCHDIFF_TR_NOOP("core", "cannot be opened for reading"), {}));
  char magic[2] = {0, 0};
  in.read(magic, 2);
  if (in.gcount() == 0)
    fail(path, Message(PATCHDIFF_TR_NOOP("core", "is empty, expected a zip archive written by torch.save"), {}));
  if (in.gcount() < 2 || magic[0] != 'P' || magic[1] != 'K') {
    // Before PyTorch 1.6 torch.save wrote a bare pickle stream (it starts with PROTO).
    const bool legacy = static_cast<unsigned char>(magic[0]) == 0x80;
    fail(path, legacy ? Message(PATCHDIFF_TR_NOOP("core", "is not a zip archive, expected a checkpoint written by "
                                                          "torch.save (PyTorch 1.6 or later); it looks like the "
                                                          "legacy torch.save format: re-save it with a recent "
                                                          "PyTorch"),
                                {})
                      : Message(PATCHDIFF_TR_NOOP("core", "is not a zip archive, expected a checkpoint written by "
                                                          "torch.save (PyTorch 1.6 or later)"),
                                {}));
  }
}

struct Selection {
  const PickleValue* dict = nullptr;
  std::string name;
  std::vector<std::string> available;
};

bool holds_tensor(const PickleValue& dict) {
  for (const auto& kv : dict.entries) {
    if (kv.second->kind == PickleValue::Kind::Tensor) return true;
  }
  return false;
}

Selection select_entry(const std::string& path, const PickleValue& root, const std::string& entry) {
  using K = PickleValue::Kind;
  if (root.kind != K::Dict) {
    fail(path, Message(PATCHDIFF_TR_NOOP("core", "is not a plain state_dict: its top level holds %1, expected a "
                                                 "dict of tensors"),
                       {describe(root)}));
  }
  Selection s;
  bool top_has_tensor = false;
  for (const auto& kv : root.entries) {
    top_has_tensor = top_has_tensor || kv.second->kind == K::Tensor;
    if (kv.first->kind == K::String && kv.second->kind == K::Dict && holds_tensor(*kv.second) &&
        root.find(kv.first->text) == kv.second) {
      s.available.push_back(kv.first->text);
    }
  }
  const Message listing =
      s.available.empty() ? Message(PATCHDIFF_TR_NOOP("core", "it is a single state_dict: leave the entry empty"), {})
                          : Message(PATCHDIFF_TR_NOOP("core", "available: %1"), {join(s.available)});
  if (!entry.empty()) {
    const PickleValue* v = root.find(entry);
    if (!v) fail(path, Message(PATCHDIFF_TR_NOOP("core", "has no entry '%1' (%2)"), {entry, listing}));
    if (v->kind != K::Dict) {
      fail(path, Message(PATCHDIFF_TR_NOOP("core", "entry '%1' holds %2, expected a state_dict (%3)"),
                         {entry, describe(*v), listing}));
    }
    s.dict = v;
    s.name = entry;
  } else if (const PickleValue* ema = root.find("ema");
             ema && ema->kind == K::Dict && holds_tensor(*ema)) {
    // The EMA weights are the ones the original samples with.
    s.dict = ema;
    s.name = "ema";
  } else if (top_has_tensor || s.available.empty()) {
    s.dict = &root;
  } else if (s.available.size() == 1) {
    s.dict = root.find(s.available.front());
    s.name = s.available.front();
  } else {
    fail(path, Message(PATCHDIFF_TR_NOOP("core", "holds several state_dicts (%1): choose one by name"),
                       {join(s.available)}));
  }
  return s;
}

// The storage record behind `ref` as a 1-D CPU tensor sharing the record's memory.
torch::Tensor load_storage(const std::string& path, const TorchArchive& reader,
                           const TensorRef& ref, const std::string& name) {
  const std::string record = "data/" + ref.key;
  if (!reader.hasRecord(record)) {
    fail(path, Message(PATCHDIFF_TR_NOOP("core", "is missing the record '%1' that key '%2' points at"),
                       {record, name}));
  }
  auto [data, size] = reader.getRecord(record);
  const uint64_t needed = static_cast<uint64_t>(ref.storage_numel) * c10::elementSize(ref.dtype);
  if (size < needed) {
    fail(path, Message(PATCHDIFF_TR_NOOP("core", "has a record '%1' of %2 bytes, shorter than the %3 bytes (%4 %5 "
                                                 "elements) that key '%6' needs: the file is damaged"),
                       {record, std::to_string(size), std::to_string(needed), std::to_string(ref.storage_numel),
                        c10::toString(ref.dtype), name}));
  }
  const auto options = torch::TensorOptions().dtype(ref.dtype);
  if (ref.storage_numel == 0) return torch::empty({0}, options);
  // The record was read into memory from the CPU allocator: the tensor keeps it alive
  // instead of copying it, whatever device the storage was saved from.
  auto holder = std::make_shared<at::DataPtr>(std::move(data));
  void* raw = holder->get();
  return torch::from_blob(raw, {ref.storage_numel}, [holder](void*) {}, options);
}

StateDict materialise(const std::string& path, const TorchArchive& reader,
                      const PickleValue& dict) {
  using K = PickleValue::Kind;
  if (dict.entries.empty())
    fail(path, Message(PATCHDIFF_TR_NOOP("core", "holds an empty state_dict (no tensors)"), {}));
  StateDict out;
  // Tensors that share a storage in the file (tied weights) share it here too.
  std::unordered_map<std::string, torch::Tensor> storages;
  for (size_t i = 0; i < dict.entries.size(); ++i) {
    const PickleValue& key = *dict.entries[i].first;
    const PickleValue& value = *dict.entries[i].second;
    if (key.kind != K::String) {
      fail(path, Message(PATCHDIFF_TR_NOOP("core", "is not a plain state_dict: key #%1 is %2, expected a string"),
                         {std::to_string(i), describe(key)}));
    }
    if (value.kind != K::Tensor) {
      fail(path, Message(PATCHDIFF_TR_NOOP("core", "is not a plain state_dict: key '%1' holds %2, expected a tensor"),
                         {key.text, describe(value)}));
    }
    const TensorRef& ref = value.tensor;
    auto it = storages.find(ref.key);
    if (it == storages.end()) {
      it = storages.emplace(ref.key, load_storage(path, reader, ref, key.text)).first;
    } else if (it->second.scalar_type() != ref.dtype || it->second.numel() < ref.storage_numel) {
      fail(path, Message(PATCHDIFF_TR_NOOP("core", "has storage '%1' used with two different types or sizes"),
                         {ref.key}));
    }
    // The pickle reader already checked that this view lies inside storage_numel.
    out.insert(key.text, it->second.as_strided(ref.sizes, ref.strides, ref.storage_offset));
  }
  return out;
}

// ---- Writing ----

std::string random_suffix() {
  std::random_device rd;
  std::mt19937_64 gen((uint64_t(rd()) << 32) ^ rd() ^
                      uint64_t(std::chrono::steady_clock::now().time_since_epoch().count()));
  std::ostringstream s;
  s << std::hex << gen();
  return s.str();
}

// PyTorchStreamWriter's destructor finalises an unfinished archive and can throw again
// after a failed write, which would terminate the program (1.13, and 2.x still calls
// writeEndOfFile from the destructor). After a failure the writer is deliberately leaked.
void abandon(std::unique_ptr<PyTorchStreamWriter>& writer) { (void)writer.release(); }

bool little_endian_host() {
  const uint16_t probe = 1;
  return *reinterpret_cast<const uint8_t*>(&probe) == 1;
}

std::vector<int64_t> contiguous_strides(const std::vector<int64_t>& sizes) {
  std::vector<int64_t> strides(sizes.size(), 1);
  for (size_t i = sizes.size(); i-- > 1;) {
    strides[i - 1] = strides[i] * std::max<int64_t>(sizes[i], 1);
  }
  return strides;
}

}  // namespace

CheckpointFile read_checkpoint(const std::string& path, const std::string& entry) {
  CheckpointFile out;
  out.path = path;
  std::error_code ec;
  if (fs::is_regular_file(path, ec) && (has_safetensors_extension(path) || is_safetensors_file(path))) {
    if (!entry.empty())
      fail(path, Message(PATCHDIFF_TR_NOOP("core", "is a safetensors file, which holds a single state_dict: leave the "
                                                   "entry empty (got '%1')"),
                         {entry}));
    SafetensorsFile file = read_safetensors(path);
    if (file.tensors.empty()) fail(path, Message(PATCHDIFF_TR_NOOP("core", "holds no tensors"), {}));
    out.tensors = std::move(file.tensors);
    out.metadata = std::move(file.metadata);
    return out;
  }
  check_file(path);
  try {
    const TorchArchive reader(path);
    if (!reader.hasRecord("data.pkl")) {
      std::vector<std::string> names = reader.records();
      if (names.size() > 6) names.resize(6);
      fail(path, Message(PATCHDIFF_TR_NOOP("core", "is a zip archive without data.pkl, so not a checkpoint written by "
                                                   "torch.save (it holds: %1)"),
                         {join(names)}));
    }
    if (reader.hasRecord("byteorder")) {
      auto [data, size] = reader.getRecord("byteorder");
      const std::string order(static_cast<const char*>(data.get()), size);
      if (order != "little")
        fail(path, Message(PATCHDIFF_TR_NOOP("core", "stores its tensors as '%1'-endian"), {order}));
    }
    auto [pkl, pkl_size] = reader.getRecord("data.pkl");
    Pickle pickle;
    try {
      pickle = read_pickle(pkl.get(), pkl_size);
    } catch (const CheckpointError& e) {
      fail(path, e.message());
    }
    Selection s = select_entry(path, pickle.root(), entry);
    out.chosen_entry = s.name;
    out.available_entries = s.available;
    out.tensors = materialise(path, reader, *s.dict);
  } catch (const c10::Error& e) {
    fail(path, Message(PATCHDIFF_TR_NOOP("core", "is not a readable torch.save archive (%1); the file may be "
                                                 "truncated or damaged"),
                       {first_line(e)}));
  }
  return out;
}

void write_checkpoint_archive(const std::string& path, const std::vector<ArchiveRecord>& records) {
  const fs::path target(path);
  if (!target.has_filename())
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot write checkpoint '%1': no file name"), {path}));
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot write checkpoint '%1': folder '%2' does not exist"),
                          {path, dir.string()}));
  }
  // The temporary keeps the final file name inside a private folder, because
  // PyTorchStreamWriter names the archive after its file's stem, as torch.save does.
  fs::path tmp_dir;
  for (int attempt = 0;; ++attempt) {
    tmp_dir = dir / ("." + target.filename().string() + ".tmp-" + random_suffix());
    if (fs::create_directory(tmp_dir, ec)) break;
    if (ec || attempt == 20) {
      throw IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot write checkpoint '%1': cannot create a temporary "
                                                      "folder in '%2' (%3)"),
                            {path, dir.string(),
                             ec ? Message(ec.message()) : Message(PATCHDIFF_TR_NOOP("core", "name clash"), {})}));
    }
  }
  const fs::path tmp_file = tmp_dir / target.filename();
  std::unique_ptr<PyTorchStreamWriter> writer;
  try {
    writer = std::make_unique<PyTorchStreamWriter>(tmp_file.string());
    for (const auto& r : records) writer->writeRecord(r.name, r.data, r.size);
    writer->writeEndOfFile();  // adds the "version" record
    writer.reset();
  } catch (const c10::Error& e) {
    abandon(writer);
    fs::remove_all(tmp_dir, ec);
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot write checkpoint '%1': %2"), {path, first_line(e)}));
  } catch (...) {
    abandon(writer);
    fs::remove_all(tmp_dir, ec);
    throw;
  }
  fs::rename(tmp_file, target, ec);
  if (ec) {
    std::error_code ignored;
    fs::remove_all(tmp_dir, ignored);
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot write checkpoint '%1': %2"), {path, ec.message()}));
  }
  fs::remove(tmp_dir, ec);
}

void save_state_dict(const std::string& path, const StateDict& state_dict) {
  // Everything that can fail on the tensors happens before the archive is opened.
  std::vector<torch::Tensor> data;
  std::vector<std::pair<std::string, TensorRef>> refs;
  data.reserve(state_dict.size());
  refs.reserve(state_dict.size());
  for (const auto& [name, tensor] : state_dict) {
    if (!tensor.defined()) {
      throw CheckpointError(Message(PATCHDIFF_TR_NOOP("core", "cannot save checkpoint '%1': key '%2' holds an "
                                                              "undefined tensor"),
                                    {path, name}));
    }
    try {
      storage_type_of_dtype(tensor.scalar_type());
    } catch (const CheckpointError& e) {
      throw CheckpointError(Message(PATCHDIFF_TR_NOOP("core", "cannot save checkpoint '%1': key '%2': %3"),
                                    {path, name, e.message()}));
    }
    torch::Tensor cpu = tensor.detach().to(torch::kCPU).contiguous();
    TensorRef ref;
    ref.dtype = cpu.scalar_type();
    ref.key = std::to_string(data.size());
    ref.location = "cpu";
    ref.storage_numel = cpu.numel();
    ref.sizes = cpu.sizes().vec();
    ref.strides = contiguous_strides(ref.sizes);
    refs.emplace_back(name, std::move(ref));
    data.push_back(std::move(cpu));
  }
  const std::string pkl = pickle_state_dict(refs);
  const std::string byteorder = little_endian_host() ? "little" : "big";
  std::vector<ArchiveRecord> records;
  records.push_back({"data.pkl", pkl.data(), pkl.size()});
  // torch.save (2.x) records the byte order; 1.13's writer does not add it by itself.
  records.push_back({"byteorder", byteorder.data(), byteorder.size()});
  for (size_t i = 0; i < data.size(); ++i) {
    records.push_back({"data/" + refs[i].second.key, data[i].data_ptr(), data[i].nbytes()});
  }
  write_checkpoint_archive(path, records);
}

}  // namespace patchdiff::model
