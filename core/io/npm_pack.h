// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Fetches npm packages as tarballs by running `npm pack` (the npm client, as an external
// program), so the registry, its mirrors and proxies are npm's own configuration.
#include <string>
#include <vector>

namespace patchdiff::io {

// Runs `npm pack SPEC...` in `dest_dir` (which must exist) and returns the tarballs' paths,
// one per spec in order. IoError when npm is not on PATH, or when it fails (offline, an
// unknown package or version), with the end of npm's output.
std::vector<std::string> npm_pack(const std::vector<std::string>& specs, const std::string& dest_dir);

}  // namespace patchdiff::io
