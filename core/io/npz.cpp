// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/npz.h"

#include <memory>
#include <set>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/memory_budget.h"
#include "core/io/npy.h"

#ifdef PATCHDIFF_HAVE_LIBZIP
#include <zip.h>
#else
#include "core/io/stored_zip_writer.h"
#endif

namespace patchdiff::io {

namespace {

constexpr char kSuffix[] = ".npy";
constexpr std::size_t kSuffixSize = 4;

// The .npy bytes of each array, named "<name>.npy"; IoError for an empty or duplicate name.
std::vector<std::pair<std::string, std::string>> npy_entries(const std::string& path, const NamedArrays& arrays) {
  std::vector<std::pair<std::string, std::string>> out;
  std::set<std::string> seen;
  for (const auto& [name, tensor] : arrays) {
    if (name.empty())
      throw IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot write '%1': an array has an empty name"), {path}));
    const std::string entry = name + kSuffix;
    if (!seen.insert(entry).second)
      throw IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot write '%1': duplicate entry '%2'"), {path, entry}));
    try {
      out.emplace_back(entry, npy_bytes(tensor));
    } catch (const IoError& e) {
      throw IoError(
          Message(PATCHDIFF_TR_NOOP("core", "cannot write '%1' (array '%2'): %3"), {path, name, e.message()}));
    }
  }
  return out;
}

#ifdef PATCHDIFF_HAVE_LIBZIP

// 1980-01-01 00:00 (the earliest zip time): reproducible archives, as the stored writer's.
constexpr time_t kFixedTime = 315532800;
// deflate cannot expand data by more than ~1032:1; a larger claimed size is a zip bomb or damage.
constexpr zip_uint64_t kMaxDeflateRatio = 1032;

struct SourceCloser {
  void operator()(zip_source_t* s) const { zip_source_free(s); }
};
struct ArchiveDiscarder {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct FileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

std::string error_text(zip_error_t* error) {
  std::string text = zip_error_strerror(error);
  zip_error_fini(error);
  return text;
}

std::string archive_bytes(const std::string& path, const std::vector<std::pair<std::string, std::string>>& entries) {
  const auto cannot_write = [&](const Message& detail) {
    return IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot write '%1': %2"), {path, detail}));
  };
  zip_error_t error;
  zip_error_init(&error);
  std::unique_ptr<zip_source_t, SourceCloser> buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) throw cannot_write(error_text(&error));
  zip_source_keep(buffer.get());  // zip_close hands it back: the archive's bytes are read from it
  zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error);
  if (!archive) {
    zip_source_free(buffer.get());  // drop the reference the archive did not take
    throw cannot_write(error_text(&error));
  }
  std::unique_ptr<zip_t, ArchiveDiscarder> guard(archive);
  auto fail = [&](const Message& what) {
    throw cannot_write(Message(PATCHDIFF_TR_NOOP("core", "%1: %2"), {what, zip_strerror(archive)}));
  };
  for (const auto& [name, data] : entries) {
    const Message entry(PATCHDIFF_TR_NOOP("core", "entry '%1'"), {name});
    zip_source_t* source = zip_source_buffer(archive, data.data(), data.size(), 0);
    if (!source) fail(entry);
    const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(source);
      fail(entry);
    }
    // Stored, as the original's np.savez writes its samples.
    if (zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0) != 0 ||
        zip_file_set_mtime(archive, static_cast<zip_uint64_t>(index), kFixedTime, 0) != 0)
      fail(entry);
  }
  if (zip_close(archive) != 0) fail(Message(PATCHDIFF_TR_NOOP("core", "finishing the archive"), {}));
  (void)guard.release();  // closed
  zip_stat_t stat;
  if (zip_source_stat(buffer.get(), &stat) != 0 || zip_source_open(buffer.get()) != 0)
    throw cannot_write(zip_error_strerror(zip_source_error(buffer.get())));
  std::string bytes(static_cast<std::size_t>(stat.size), '\0');
  const zip_int64_t n = zip_source_read(buffer.get(), bytes.data(), stat.size);
  zip_source_close(buffer.get());
  if (n < 0 || static_cast<zip_uint64_t>(n) != stat.size)
    throw cannot_write(Message(PATCHDIFF_TR_NOOP("core", "short read"), {}));
  return bytes;
}

std::vector<std::pair<std::string, std::string>> archive_entries(const std::string& bytes, const std::string& path) {
  auto fail = [&](const Message& what) -> void {
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot read '%1' as a zip archive (.npz): %2"), {path, what}));
  };
  // libzip opens an empty buffer as an empty archive; an empty file is no .npz.
  if (bytes.empty()) fail(Message(PATCHDIFF_TR_NOOP("core", "the file is empty"), {}));
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) fail(error_text(&error));
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (!archive) {
    zip_source_free(source);
    fail(error_text(&error));
  }
  std::unique_ptr<zip_t, ArchiveDiscarder> guard(archive);
  std::vector<std::pair<std::string, std::string>> out;
  const zip_int64_t count = zip_get_num_entries(archive, 0);
  // All entries are held at once: their claimed sizes together must fit in memory before the
  // first is inflated (many entries each just under the ratio bound make a zip bomb too).
  uint64_t total = 0;
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t stat;
    if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat) == 0 && (stat.valid & ZIP_STAT_SIZE))
      total = stat.size > UINT64_MAX - total ? UINT64_MAX : total + stat.size;
  }
  if (const auto too_much = exceeds_memory(total))
    fail(Message(PATCHDIFF_TR_NOOP("core", "its %1 entries, uncompressed, %2: a zip bomb, or an archive too large to "
                                           "read on this machine"),
                 {std::to_string(count), *too_much}));
  for (zip_int64_t i = 0; i < count; ++i) {
    const auto index = static_cast<zip_uint64_t>(i);
    zip_stat_t stat;
    if (zip_stat_index(archive, index, 0, &stat) != 0) fail(zip_strerror(archive));
    const std::string name = stat.name ? stat.name : "";
    // A reason from libzip about the entry.
    const auto entry_failed = [&](const char* reason) {
      fail(Message(PATCHDIFF_TR_NOOP("core", "entry '%1': %2"), {name, reason}));
    };
    if (!(stat.valid & ZIP_STAT_SIZE) || !(stat.valid & ZIP_STAT_COMP_SIZE))
      fail(Message(PATCHDIFF_TR_NOOP("core", "entry '%1' has no size"), {name}));
    if (stat.encryption_method != ZIP_EM_NONE)
      fail(Message(PATCHDIFF_TR_NOOP("core", "entry '%1' is encrypted"), {name}));
    if (stat.comp_method != ZIP_CM_STORE && stat.comp_method != ZIP_CM_DEFLATE)
      fail(Message(PATCHDIFF_TR_NOOP("core", "entry '%1' uses compression method %2 (np.savez stores, "
                                             "np.savez_compressed deflates; nothing else is read)"),
                   {name, std::to_string(stat.comp_method)}));
    if (stat.size > bytes.size() * kMaxDeflateRatio + 1024)
      fail(Message(PATCHDIFF_TR_NOOP("core", "entry '%1' claims %2 bytes, more than its data can hold"),
                   {name, std::to_string(stat.size)}));
    std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(archive, index, 0));
    if (!file) entry_failed(zip_strerror(archive));
    std::string data(static_cast<std::size_t>(stat.size), '\0');
    // libzip checks the CRC when the last byte is read.
    const zip_int64_t n = zip_fread(file.get(), data.data(), stat.size);
    if (n < 0) entry_failed(zip_file_strerror(file.get()));
    if (static_cast<zip_uint64_t>(n) != stat.size)
      fail(Message(PATCHDIFF_TR_NOOP("core", "entry '%1' is truncated"), {name}));
    char extra;
    const zip_int64_t more = zip_fread(file.get(), &extra, 1);
    if (more > 0)
      fail(Message(PATCHDIFF_TR_NOOP("core", "entry '%1' holds more than the %2 bytes its directory records: the "
                                             "archive is damaged"),
                   {name, std::to_string(stat.size)}));
    if (more < 0) entry_failed(zip_file_strerror(file.get()));
    out.emplace_back(name, std::move(data));
  }
  return out;
}

#endif  // PATCHDIFF_HAVE_LIBZIP

}  // namespace

void write_npz(const std::string& path, const NamedArrays& arrays) {
  const auto entries = npy_entries(path, arrays);
#ifdef PATCHDIFF_HAVE_LIBZIP
  write_file_atomic(path, archive_bytes(path, entries));
#else
  ZipWriter zip;
  for (const auto& [name, data] : entries) {
    try {
      zip.add(name, data);
    } catch (const IoError& e) {
      throw IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot write '%1': %2"), {path, e.message()}));
    }
  }
  write_file_atomic(path, zip.finish());
#endif
}

NamedArrays read_npz(const std::string& path) {
#ifdef PATCHDIFF_HAVE_LIBZIP
  NamedArrays out;
  const Message what(PATCHDIFF_TR_NOOP("core", "npz file"), {});
  for (auto& [entry_name, data] : archive_entries(read_file(path, what), path)) {
    std::string name = entry_name;
    torch::Tensor tensor = parse_npy(data, path + ":" + name);
    // np.load names the arrays without the suffix, and keeps other names as they are.
    if (name.size() > kSuffixSize && name.compare(name.size() - kSuffixSize, kSuffixSize, kSuffix) == 0)
      name.resize(name.size() - kSuffixSize);
    out.emplace_back(std::move(name), std::move(tensor));
  }
  return out;
#else
  (void)kSuffixSize;
  throw IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot read '%1': this build has no libzip (reading .npz needs it; "
                                                  "install libzip-dev and rebuild)"),
                        {path}));
#endif
}

}  // namespace patchdiff::io
