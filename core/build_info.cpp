// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/build_info.h"

#include "patchdiff_build_info.h"  // generated at configure time into the build tree

namespace patchdiff {

const char* build_version() { return PATCHDIFF_BUILD_VERSION; }
const char* build_git_revision() { return PATCHDIFF_BUILD_GIT_REVISION; }

}  // namespace patchdiff
