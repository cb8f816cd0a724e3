// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The licence of Patch Diffusion Studio and the libraries a program of this build links,
// with theirs, for --version and Help > About. The list is generated at configure time
// from app/notices/CMakeLists.txt (which also writes third-party-notices.txt, installed
// under share/doc/patchdiff).
#include <string>
#include <vector>

namespace patchdiff::notices {

// SPDX identifier of the programs' licence (LICENSE at the top of the source tree).
inline constexpr const char* kLicense = "GPL-3.0-or-later";

enum class Program { Cli, Studio };

struct Library {
  std::string name;
  std::string license;  // SPDX expression
  std::string url;
  bool compiledIn = false;  // header-only: its code is in our executable
};

// What `program` links or compiles in, in this build (a build without giflib lists none).
std::vector<Library> third_party_libraries(Program program);

// One line per library, "  name: license (url)", for a terminal.
std::string third_party_text(Program program);

}  // namespace patchdiff::notices
