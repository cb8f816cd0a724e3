// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How much memory a reader may ask for. A compressed container (npz, a deflated checkpoint
// record) or a folder of images can claim far more than its bytes on disk; readers compare
// what they would hold against the memory this process can have, before allocating, and
// refuse with a message instead of being killed by the kernel halfway (a zip bomb).
#include <cstdint>
#include <optional>
#include <string>

#include "core/message.h"

namespace patchdiff::io {

// The memory this process can use at most: the machine's physical memory, or the control
// group's limit (cgroup v2 memory.max, v1 memory.limit_in_bytes) where one is lower; measured
// once per process.
uint64_t usable_memory_bytes();

// "23.4 GB" (decimal, one decimal place), for messages.
std::string format_gigabytes(uint64_t bytes);

// Nothing when `bytes` fit in usable_memory_bytes(); else the end of a message: "would take
// 40.0 GB, more than the 23.4 GB of memory this process can use".
std::optional<Message> exceeds_memory(uint64_t bytes);

}  // namespace patchdiff::io
