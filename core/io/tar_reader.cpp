// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/tar_reader.h"

#include "core/error.h"

// Defined for this file alone by core/CMakeLists.txt when libarchive was found.
#ifdef PATCHDIFF_HAVE_LIBARCHIVE
#include <archive.h>
#include <archive_entry.h>

#include <memory>
#endif

namespace patchdiff::io {

#ifdef PATCHDIFF_HAVE_LIBARCHIVE

bool tar_reading_available() { return true; }

void read_tar_files(const std::string& path, const std::function<bool(const std::string&)>& wanted,
                    const std::function<void(const std::string&, std::string)>& on_file) {
  std::unique_ptr<archive, int (*)(archive*)> reader(archive_read_new(), archive_read_free);
  if (!reader) throw IoError("cannot read '" + path + "': out of memory");
  archive_read_support_filter_all(reader.get());
  archive_read_support_format_tar(reader.get());
  archive_read_support_format_gnutar(reader.get());
  auto fail = [&](const std::string& what) {
    const char* why = archive_error_string(reader.get());
    throw IoError("cannot read the archive '" + path + "': " + what + (why ? std::string(" (") + why + ")" : ""));
  };
  if (archive_read_open_filename(reader.get(), path.c_str(), 1 << 16) != ARCHIVE_OK)
    fail("not a readable tar or .tgz file");
  archive_entry* entry = nullptr;
  while (true) {
    const int status = archive_read_next_header(reader.get(), &entry);
    if (status == ARCHIVE_EOF) break;
    if (status < ARCHIVE_WARN) fail("corrupt or truncated");
    if (archive_entry_filetype(entry) != AE_IFREG) continue;
    const char* raw_name = archive_entry_pathname(entry);
    const std::string name = raw_name ? raw_name : "";
    if (!wanted(name)) continue;  // libarchive skips the data on the next header read
    std::string bytes;
    if (archive_entry_size_is_set(entry)) bytes.reserve(static_cast<size_t>(archive_entry_size(entry)));
    char buffer[1 << 16];
    while (true) {
      const la_ssize_t got = archive_read_data(reader.get(), buffer, sizeof(buffer));
      if (got < 0) fail("cannot read the entry '" + name + "'");
      if (got == 0) break;
      bytes.append(buffer, static_cast<size_t>(got));
    }
    on_file(name, std::move(bytes));
  }
}

#else

bool tar_reading_available() { return false; }

void read_tar_files(const std::string& path, const std::function<bool(const std::string&)>&,
                    const std::function<void(const std::string&, std::string)>&) {
  throw IoError("cannot read '" + path + "': this patchdiff was built without libarchive "
                "(install libarchive-dev, e.g. packaging/install-deps.sh, and rebuild)");
}

#endif

}  // namespace patchdiff::io
