// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How many threads LibTorch's CPU kernels use. OpenMP's default is one thread per logical CPU
// the process may run on. On a desktop with SMT that is two threads per core sharing one
// core's FMA units; in a container or a systemd slice with a CPU quota (docker --cpus,
// CPUQuota=) it is every CPU of the host, and the threads then wait on the quota at every
// parallel region. Our default is one thread per physical core this process may run on,
// within its quota. A user's OMP_NUM_THREADS is honoured as OpenMP itself would.
#include <optional>
#include <string>
#include <vector>

namespace patchdiff::runtime {

struct CpuBudget {
  int logical_cpus = 1;    // in this process's affinity mask
  int physical_cores = 1;  // distinct cores among them (SMT siblings counted once)
  double quota_cpus = 0;   // the control group's CPU quota in CPUs; 0 when there is none
};

// Measured from sched_getaffinity, /sys/devices/system/cpu/cpuN/topology and the cgroup's
// cpu.max (v2) or cpu.cfs_quota_us / cpu.cfs_period_us (v1).
CpuBudget measure_cpu_budget();
// The same for the CPUs `cpus`, with /sys read under `root` ("" for the real one): for tests.
CpuBudget measure_cpu_budget(const std::vector<int>& cpus, const std::string& root);

// One thread per physical core, at most the quota rounded up, at least one.
int default_cpu_threads(const CpuBudget& budget);

// Sets LibTorch's intra-op threads for every thread of the process (each from its next parallel
// region on): `requested` when given and not 0, else $OMP_NUM_THREADS when set, else
// default_cpu_threads(measure_cpu_budget()) shared among `processes_per_machine` (the ranks a
// launcher started on this machine), at least one each. Returns the count set. Throws
// ConfigError for a requested count outside 0..1024.
int use_cpu_threads(std::optional<int> requested = std::nullopt, int processes_per_machine = 1);

}  // namespace patchdiff::runtime
