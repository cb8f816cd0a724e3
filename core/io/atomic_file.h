// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Whole-file reads and crash-safe writes: an output (samples, a PNG, a checkpoint) is
// either the old file or the complete new one, never a half-written mix.
#include <string>

#include "core/message.h"

namespace patchdiff::io {

// Writes `bytes` to a temporary file beside `path` (`.<name>.tmp-<pid>-<n>`), fsyncs it and
// renames it over `path`. On any failure the temporary file is removed and IoError names
// the path and the system's reason; `path` is then untouched.
void write_file_atomic(const std::string& path, const std::string& bytes);

// The whole contents of `path`. `what` names the file for messages (a translatable noun:
// Message(PATCHDIFF_TR_NOOP("core", "image"), {})); IoError when it is missing, not a regular
// file (a directory, a pipe, a device), larger than memory, or unreadable.
std::string read_file(const std::string& path, const Message& what);

}  // namespace patchdiff::io
