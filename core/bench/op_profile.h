// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where a sampling step's time goes, per operator: while an OpProfile lives, a RecordFunction
// observer on the calling thread adds each ATen operator's self time (its own wall time less
// that of the operators it called) to its name. Operators inside a scope of ours
// (RECORD_USER_SCOPE("patchdiff::attention")) count for that scope's category, so the
// attention's products, which run as 1x1 convolutions, are not mistaken for the torso's.
// An operator's time includes its intra-op threads: it is the calling thread that waits.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace patchdiff::bench {

class OpProfile {
 public:
  OpProfile();  // starts observing operators on this thread
  ~OpProfile();
  OpProfile(const OpProfile&) = delete;
  OpProfile& operator=(const OpProfile&) = delete;

  struct Operator {
    std::string name;      // "aten::native_group_norm", or "scope/aten::..." inside a scope of ours
    std::string category;  // category_of(name)
    double self_ms = 0;
    int64_t calls = 0;
  };
  // Every operator seen, the most expensive first.
  std::vector<Operator> operators() const;
  // Self time per category (ms, summed over everything observed).
  std::map<std::string, double> categories() const;
  // The wall time spent inside observed operators at the outermost level (ms).
  double observed_ms() const;

  // convolution, layout (copies, reorders, contiguous), norm+activation (GroupNorm, SiLU),
  // attention, elementwise, allocation, noise, other.
  static std::string category_of(const std::string& name);

  struct State;

 private:
  State* m_state;
  uint64_t m_handle;
};

}  // namespace patchdiff::bench
