// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/memory_budget.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>

namespace patchdiff::io {

namespace {

// A cgroup file holding a byte count, or "max" (no limit): 0 when absent or unlimited.
uint64_t cgroup_limit(const char* path) {
  std::ifstream in(path);
  std::string word;
  if (!(in >> word) || word.empty() || word.find_first_not_of("0123456789") != std::string::npos) return 0;
  try {
    return std::stoull(word);
  } catch (const std::exception&) {
    return 0;
  }
}

uint64_t measure_usable_memory() {
  const long pages = ::sysconf(_SC_PHYS_PAGES);
  const long page_size = ::sysconf(_SC_PAGE_SIZE);
  uint64_t limit = pages > 0 && page_size > 0 ? static_cast<uint64_t>(pages) * static_cast<uint64_t>(page_size)
                                              : UINT64_MAX;
  for (const char* path : {"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"}) {
    const uint64_t cgroup = cgroup_limit(path);
    if (cgroup > 0) limit = std::min(limit, cgroup);  // v1 reports "no limit" as a huge number
  }
  return limit;
}
}  // namespace

uint64_t usable_memory_bytes() {
  // Read once: every file read asks (read_file), and a data folder holds 100,000 files.
  static const uint64_t usable = measure_usable_memory();
  return usable;
}

std::string format_gigabytes(uint64_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f GB", static_cast<double>(bytes) / 1e9);
  return text;
}

std::optional<Message> exceeds_memory(uint64_t bytes) {
  const uint64_t usable = usable_memory_bytes();
  if (bytes <= usable) return std::nullopt;
  return Message(PATCHDIFF_TR_NOOP("core", "would take %1, more than the %2 of memory this process can use"),
                 {format_gigabytes(bytes), format_gigabytes(usable)});
}

}  // namespace patchdiff::io
