// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A branch's recipe inside its run description: a run that continued another from step k
// with other settings cannot be redone from its own seed and settings. The "branch" object
// (beside the RunSpec's own keys, which stay as they are) records the parent's RunSpec for
// the image, the step, whether the parent's float x_t was kept (else the branch started from
// the 8-bit x_t, as the studio does when its memory budget dropped the floats), and the x_t
// the branch started from, so the image regenerates exactly from the file alone. A multistep
// solver that continued with the parent's history (same solver, schedule and steps) also
// needs that history: it is recorded too, with the points it was evaluated at.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/sampling/eval_point.h"

namespace patchdiff::sampling {

struct BranchRecord {
  std::string parent_spec_json;  // the parent run's RunSpec JSON for this image
  int step = 0;                  // loop index the branch started at (0 = the noisiest step)
  bool float_x_t_kept = true;    // false: started from the 8-bit x_t (approximate continuation)
  int64_t image_size = 0;
  std::vector<float> start_x;    // [3, image_size, image_size]: the x_t the branch started from
  // The solver's history at that step (core/sampling/solver_state.h), oldest first, each
  // [3, image_size, image_size]; empty when the solver started fresh there.
  std::vector<std::vector<float>> solver_history;
  std::vector<EvalPoint> solver_history_points;  // one per history entry
};

// `spec_json` (a RunSpec) with a "branch" object added. ConfigError when start_x or a history
// entry does not hold 3 * image_size^2 values, the history and its points differ in number,
// or spec_json is not a JSON object.
std::string with_branch(const std::string& spec_json, const BranchRecord& branch);

// The "branch" object of a run description, nullopt when it has none; ConfigError naming the
// field when it is malformed.
std::optional<BranchRecord> branch_from_json(const std::string& spec_json);

}  // namespace patchdiff::sampling
