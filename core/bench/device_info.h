// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a benchmark report says about where it ran: device and LibTorch names, peak memory,
// synchronisation. The CUDA-only parts compile in only against a CUDA LibTorch.
#include <cstdint>
#include <string>

#include <torch/types.h>

namespace patchdiff::bench {

// The GPU's name (CUDA), else the processor's model name from /proc/cpuinfo.
std::string device_name(const torch::Device& device);
// "1.13.0 (CPU)" or "2.11.0 (CUDA 13.0)".
std::string libtorch_version();
// Number of CPU threads LibTorch uses for intra-op work.
int cpu_threads();

// Waits for the device's queued work (a no-op on the CPU).
void synchronize(const torch::Device& device);

// Peak memory since the last reset: on CUDA the caching allocator's peak of allocated
// bytes, on the CPU the process's peak resident set (never reset; -1 when unknown).
void reset_peak_memory(const torch::Device& device);
int64_t peak_memory_bytes(const torch::Device& device);
// "cuda allocator peak" or "process peak RSS".
std::string peak_memory_kind(const torch::Device& device);

// Whether the CUDA-only parts (memory statistics, device name) are compiled in.
bool cuda_extras_compiled();

// Local date and time as "2026-11-26 01:52".
std::string now_text();

}  // namespace patchdiff::bench
