// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/torch_archive.h"

#include <c10/core/CPUAllocator.h>

#include <cctype>
#include <cstdint>
#include <filesystem>

#include "core/error.h"
#include "core/io/memory_budget.h"
#include "core/message.h"

#ifdef PATCHDIFF_HAVE_LIBZIP
#include <zip.h>
#else
#include <caffe2/serialize/inline_container.h>
#endif

namespace patchdiff::model {

namespace {
[[noreturn]] void fail(const std::string& path, const Message& detail) {
  throw CheckpointError(Message(PATCHDIFF_TR_NOOP("core", "checkpoint '%1' %2"), {path, detail}));
}
}  // namespace

#ifdef PATCHDIFF_HAVE_LIBZIP

struct TorchArchive::Impl {
  std::string path;
  uint64_t file_size = 0;
  zip_t* archive = nullptr;
  std::string folder;  // "name/"
  ~Impl() {
    if (archive) zip_discard(archive);
  }
  zip_int64_t locate(const std::string& name) const {
    return zip_name_locate(archive, (folder + name).c_str(), ZIP_FL_ENC_RAW);
  }
};

TorchArchive::TorchArchive(const std::string& path) : m_impl(std::make_unique<Impl>()) {
  m_impl->path = path;
  std::error_code ec;
  m_impl->file_size = std::filesystem::file_size(path, ec);
  if (ec) fail(path, Message(PATCHDIFF_TR_NOOP("core", "cannot be read (%1)"), {ec.message()}));
  int error = 0;
  m_impl->archive = zip_open(path.c_str(), ZIP_RDONLY, &error);
  if (!m_impl->archive) {
    zip_error_t ze;
    zip_error_init_with_code(&ze, error);
    const std::string reason = zip_error_strerror(&ze);
    zip_error_fini(&ze);
    fail(path, Message(PATCHDIFF_TR_NOOP("core", "is not a readable torch.save archive (%1): the file may be "
                                                 "truncated or damaged"),
                       {reason}));
  }
  const zip_int64_t n = zip_get_num_entries(m_impl->archive, 0);
  if (n <= 0)
    fail(path, Message(PATCHDIFF_TR_NOOP("core", "is an empty zip archive, not a checkpoint written by torch.save"),
                       {}));
  const char* first = zip_get_name(m_impl->archive, 0, ZIP_FL_ENC_RAW);
  const std::string name = first ? first : "";
  const auto slash = name.find('/');
  if (slash == std::string::npos || slash == 0)
    fail(path, Message(PATCHDIFF_TR_NOOP("core", "is a zip archive whose first entry ('%1') is not in a top-level "
                                                 "folder, as torch.save writes them: not a checkpoint"),
                       {name.substr(0, 64)}));
  m_impl->folder = name.substr(0, slash + 1);
  // Every record may be held at once (tensors keep their storages): their sizes together must
  // fit in memory, checked from the directory before any record is read.
  uint64_t total = 0;
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t stat;
    if (zip_stat_index(m_impl->archive, static_cast<zip_uint64_t>(i), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE))
      total = stat.size > UINT64_MAX - total ? UINT64_MAX : total + stat.size;
  }
  if (const auto too_much = io::exceeds_memory(total))
    fail(path, Message(PATCHDIFF_TR_NOOP("core", "has records that, uncompressed, %1: a zip bomb, or a checkpoint "
                                                 "too large to load on this machine"),
                       {*too_much}));
  // The format version, as LibTorch's reader checks it (1.13 writes and reads 1..10).
  std::string version;
  for (const char* record : {".data/version", "version"}) {
    if (!hasRecord(record)) continue;
    auto [data, size] = getRecord(record);
    if (size > 32)
      fail(path, Message(PATCHDIFF_TR_NOOP("core", "has a format version record of %1 bytes: the file is damaged"),
                         {std::to_string(size)}));
    version.assign(static_cast<const char*>(data.get()), size);
    break;
  }
  while (!version.empty() && std::isspace(static_cast<unsigned char>(version.back()))) version.pop_back();
  const bool number = !version.empty() && version.size() <= 4 &&
                      version.find_first_not_of("0123456789") == std::string::npos;
  if (!number)
    fail(path, Message(PATCHDIFF_TR_NOOP("core", "has no torch.save format version record (or one that holds no "
                                                 "number): not a checkpoint, or a damaged one"),
                       {}));
  const int value = std::stoi(version);
  if (value < 1 || value > 10)
    fail(path, Message(PATCHDIFF_TR_NOOP("core", "has torch.save format version %1, which this program does not "
                                                 "read (1 to 10)"),
                       {version}));
}

TorchArchive::~TorchArchive() = default;

bool TorchArchive::hasRecord(const std::string& name) const { return m_impl->locate(name) >= 0; }

std::vector<std::string> TorchArchive::records() const {
  std::vector<std::string> out;
  const zip_int64_t n = zip_get_num_entries(m_impl->archive, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    const char* name = zip_get_name(m_impl->archive, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
    if (!name) continue;
    const std::string full = name;
    out.push_back(full.rfind(m_impl->folder, 0) == 0 ? full.substr(m_impl->folder.size()) : full);
  }
  return out;
}

std::pair<at::DataPtr, size_t> TorchArchive::getRecord(const std::string& name) const {
  const zip_int64_t index = m_impl->locate(name);
  if (index < 0) fail(m_impl->path, Message(PATCHDIFF_TR_NOOP("core", "has no record '%1'"), {name}));
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(m_impl->archive, static_cast<zip_uint64_t>(index), 0, &stat) != 0 ||
      !(stat.valid & ZIP_STAT_SIZE))
    fail(m_impl->path,
         Message(PATCHDIFF_TR_NOOP("core", "has a record '%1' whose size cannot be read: the file is damaged"),
                 {name}));
  // The size comes from the archive's directory, so it is checked before anything is
  // allocated: torch.save stores its records uncompressed, so a stored record fits in the
  // file; a compressed one may claim at most 1024 times its compressed size (no zip bomb).
  const auto size = static_cast<size_t>(stat.size);
  const bool stored = (stat.valid & ZIP_STAT_COMP_METHOD) && stat.comp_method == ZIP_CM_STORE;
  const uint64_t compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? stat.comp_size : stat.size;
  if (compressed > m_impl->file_size || (stored && stat.size > m_impl->file_size) ||
      (!stored && stat.size / 1024 > compressed + 1))
    fail(m_impl->path, Message(PATCHDIFF_TR_NOOP("core", "has a record '%1' that claims %2 bytes (%3 stored) in a "
                                                         "file of %4: the file is damaged or not written by "
                                                         "torch.save"),
                               {name, std::to_string(stat.size), std::to_string(compressed),
                                std::to_string(m_impl->file_size)}));
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(
      zip_fopen_index(m_impl->archive, static_cast<zip_uint64_t>(index), 0), zip_fclose);
  if (!file)
    fail(m_impl->path,
         Message(PATCHDIFF_TR_NOOP("core", "has a record '%1' that cannot be opened (%2): the file is damaged"),
                 {name, zip_strerror(m_impl->archive)}));
  at::DataPtr data = c10::GetCPUAllocator()->allocate(size);
  size_t done = 0;
  while (done < size) {
    const zip_int64_t got = zip_fread(file.get(), static_cast<char*>(data.get()) + done, size - done);
    if (got <= 0)
      fail(m_impl->path, Message(PATCHDIFF_TR_NOOP("core", "has a record '%1' that cannot be read to its end (%2): "
                                                           "the file is truncated or damaged"),
                                 {name, zip_file_strerror(file.get())}));
    done += static_cast<size_t>(got);
  }
  // A compressed record that inflates past its recorded size is damage (and its CRC, checked
  // at the end, would never be reached).
  char extra;
  if (zip_fread(file.get(), &extra, 1) != 0)
    fail(m_impl->path, Message(PATCHDIFF_TR_NOOP("core", "has a record '%1' that holds more than the %2 bytes the "
                                                         "archive records, or fails its checksum: the file is damaged"),
                               {name, std::to_string(size)}));
  return {std::move(data), size};
}

#else  // LibTorch's reader, where the build has no libzip

struct TorchArchive::Impl {
  std::unique_ptr<caffe2::serialize::PyTorchStreamReader> reader;
};

TorchArchive::TorchArchive(const std::string& path) : m_impl(std::make_unique<Impl>()) {
  try {
    m_impl->reader = std::make_unique<caffe2::serialize::PyTorchStreamReader>(path);
  } catch (const c10::Error& e) {
    fail(path, Message(PATCHDIFF_TR_NOOP("core", "is not a readable torch.save archive (%1)"),
                       {e.what_without_backtrace()}));
  }
}
TorchArchive::~TorchArchive() = default;
bool TorchArchive::hasRecord(const std::string& name) const { return m_impl->reader->hasRecord(name); }
std::vector<std::string> TorchArchive::records() const { return m_impl->reader->getAllRecords(); }
std::pair<at::DataPtr, size_t> TorchArchive::getRecord(const std::string& name) const {
  return m_impl->reader->getRecord(name);
}

#endif

}  // namespace patchdiff::model
