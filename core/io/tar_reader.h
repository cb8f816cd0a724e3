// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the regular files of a tar archive, plain or compressed (gzip, xz, ...: npm's .tgz
// packages), with libarchive. Builds without libarchive compile to a reader that throws.
#include <functional>
#include <string>

namespace patchdiff::io {

// Whether this build can read tar archives (it was built with libarchive).
bool tar_reading_available();

// Calls `on_file(name, bytes)` for each regular file of the archive at `path` whose name
// `wanted(name)` accepts, in archive order; names are as stored ("package/emoji.json").
// IoError naming the archive when it is missing, not an archive or truncated.
void read_tar_files(const std::string& path, const std::function<bool(const std::string&)>& wanted,
                    const std::function<void(const std::string&, std::string)>& on_file);

}  // namespace patchdiff::io
