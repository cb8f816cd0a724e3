#include "app/patchdiff/commands.h"
#include "core/error.h"

namespace patchdiff::cli {
// Being written: replaced by the real command in the next commit.
int cmd_info(const Args&) { throw Error("info: not built yet"); }
int cmd_forward(const Args&) { throw Error("forward: not built yet"); }
}  // namespace patchdiff::cli
