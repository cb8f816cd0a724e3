// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/runtime/cpu_threads.h"

#include <sched.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <set>
#include <utility>

#include "core/error.h"

namespace patchdiff::runtime {

namespace {

constexpr int kMaxThreads = 1024;

bool read_words(const std::string& path, std::vector<std::string>& words) {
  std::ifstream in(path);
  if (!in) return false;
  words.clear();
  for (std::string word; in >> word;) words.push_back(word);
  return !words.empty();
}

bool to_double(const std::string& text, double& value) {
  if (text.empty() || text.find_first_not_of("0123456789-") != std::string::npos) return false;
  try {
    value = std::stod(text);
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

// The quota in CPUs: cgroup v2's cpu.max ("150000 100000", or "max 100000" for none), else
// v1's cfs quota and period (-1 for none). Inside a container the cgroup namespace makes the
// process's own group the root of /sys/fs/cgroup, as memory_budget reads it too.
double read_quota_cpus(const std::string& root) {
  std::vector<std::string> words;
  if (read_words(root + "/sys/fs/cgroup/cpu.max", words)) {
    double quota = 0, period = 0;
    if (words.size() >= 2 && to_double(words[0], quota) && to_double(words[1], period) && quota > 0 && period > 0)
      return quota / period;
    return 0;
  }
  for (const char* dir : {"/sys/fs/cgroup/cpu", "/sys/fs/cgroup/cpu,cpuacct"}) {
    std::vector<std::string> quota_words, period_words;
    double quota = 0, period = 0;
    if (read_words(root + dir + "/cpu.cfs_quota_us", quota_words) &&
        read_words(root + dir + "/cpu.cfs_period_us", period_words) && to_double(quota_words[0], quota) &&
        to_double(period_words[0], period) && quota > 0 && period > 0)
      return quota / period;
  }
  return 0;
}

std::vector<int> affinity_cpus() {
  std::vector<int> cpus;
  cpu_set_t set;
  CPU_ZERO(&set);
  if (::sched_getaffinity(0, sizeof set, &set) == 0) {
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu)
      if (CPU_ISSET(cpu, &set)) cpus.push_back(cpu);
  }
  if (cpus.empty()) cpus.push_back(0);
  return cpus;
}

// A positive OMP_NUM_THREADS (its first number: "4,2" gives nested levels), else nothing.
std::optional<int> omp_num_threads_from_env() {
  const char* text = std::getenv("OMP_NUM_THREADS");
  if (!text) return std::nullopt;
  char* end = nullptr;
  const long value = std::strtol(text, &end, 10);
  if (end == text || value < 1 || value > kMaxThreads) return std::nullopt;
  return static_cast<int>(value);
}

}  // namespace

CpuBudget measure_cpu_budget(const std::vector<int>& cpus, const std::string& root) {
  CpuBudget budget;
  budget.logical_cpus = std::max(1, static_cast<int>(cpus.size()));
  // A core is its package and core id; SMT siblings share both. Without topology files
  // (some virtual machines), every CPU counts as a core.
  std::set<std::pair<std::string, std::string>> cores;
  bool topology = true;
  for (int cpu : cpus) {
    const std::string dir = root + "/sys/devices/system/cpu/cpu" + std::to_string(cpu) + "/topology/";
    std::vector<std::string> package, core;
    if (!read_words(dir + "physical_package_id", package) || !read_words(dir + "core_id", core)) {
      topology = false;
      break;
    }
    cores.emplace(package[0], core[0]);
  }
  budget.physical_cores = topology && !cores.empty() ? static_cast<int>(cores.size()) : budget.logical_cpus;
  budget.quota_cpus = read_quota_cpus(root);
  return budget;
}

CpuBudget measure_cpu_budget() { return measure_cpu_budget(affinity_cpus(), ""); }

int default_cpu_threads(const CpuBudget& budget) {
  int threads = std::max(1, budget.physical_cores);
  // Rounded up: a quota of 1.5 CPUs does more work with two threads than with one.
  if (budget.quota_cpus > 0) threads = std::min(threads, static_cast<int>(std::ceil(budget.quota_cpus)));
  return std::max(1, std::min(threads, kMaxThreads));
}

int use_cpu_threads(std::optional<int> requested, int processes_per_machine) {
  if (requested && (*requested < 0 || *requested > kMaxThreads))
    throw ConfigError(Message(PATCHDIFF_TR_NOOP("core", "--threads must be between 0 (the default) and %1, got %2"),
                              {std::to_string(kMaxThreads), std::to_string(*requested)}));
  int threads = 0;
  if (requested && *requested > 0)
    threads = *requested;
  else if (const auto from_env = omp_num_threads_from_env())
    threads = *from_env;
  else
    threads = std::max(1, default_cpu_threads(measure_cpu_budget()) / std::max(1, processes_per_machine));
  torch::set_num_threads(threads);
  return threads;
}

}  // namespace patchdiff::runtime
