// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/device_info.h"

#include <sys/resource.h>

#include <ctime>
#include <fstream>

#include <torch/cuda.h>
#include <torch/torch.h>
#include <torch/version.h>

// As core/model/cuda_graph.cpp: the CUDA runtime's header and cuda_cmake_macros.h decide
// (Debian's CPU LibTorch ships ATen/cuda headers too).
// Only the runtime API and the allocator: ATen/cuda/CUDAContext.h would also want the
// cuBLAS/cuSPARSE/cuSOLVER headers, which a machine with pip's torch may lack.
#if !defined(PATCHDIFF_NO_CUDA_EXTRAS) && __has_include(<c10/cuda/CUDACachingAllocator.h>) && \
    __has_include(<cuda_runtime_api.h>) && __has_include(<c10/cuda/impl/cuda_cmake_macros.h>)
#define PATCHDIFF_CUDA_EXTRAS 1
#include <c10/cuda/CUDACachingAllocator.h>
#include <cuda_runtime_api.h>
#else
#define PATCHDIFF_CUDA_EXTRAS 0
#endif

namespace patchdiff::bench {

namespace {
std::string cpu_model_name() {
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("model name", 0) == 0) {
      const auto colon = line.find(':');
      if (colon != std::string::npos) return line.substr(line.find_first_not_of(' ', colon + 1));
    }
  }
  return "CPU";
}
}  // namespace

std::string device_name(const torch::Device& device) {
  if (device.is_cuda()) {
#if PATCHDIFF_CUDA_EXTRAS
    const int index = device.has_index() ? device.index() : 0;
    cudaDeviceProp properties{};
    if (cudaGetDeviceProperties(&properties, index) == cudaSuccess) return properties.name;
    return "CUDA device " + std::to_string(index);
#else
    return "CUDA device";
#endif
  }
  return cpu_model_name();
}

std::string libtorch_version() {
  std::string text = TORCH_VERSION;
  if (torch::cuda::is_available()) {
#if PATCHDIFF_CUDA_EXTRAS && defined(CUDART_VERSION)
    text += " (CUDA " + std::to_string(CUDART_VERSION / 1000) + "." +
            std::to_string(CUDART_VERSION % 1000 / 10) + ")";
#else
    text += " (CUDA)";
#endif
  } else {
    text += " (CPU)";
  }
  return text;
}

int cpu_threads() { return torch::get_num_threads(); }

void synchronize(const torch::Device& device) {
  if (device.is_cuda()) torch::cuda::synchronize(device.has_index() ? device.index() : -1);
}

void reset_peak_memory(const torch::Device& device) {
#if PATCHDIFF_CUDA_EXTRAS
  if (device.is_cuda())
    c10::cuda::CUDACachingAllocator::resetPeakStats(
        static_cast<c10::DeviceIndex>(device.has_index() ? device.index() : 0));
#else
  (void)device;
#endif
}

int64_t peak_memory_bytes(const torch::Device& device) {
  if (device.is_cuda()) {
#if PATCHDIFF_CUDA_EXTRAS
    const auto stats = c10::cuda::CUDACachingAllocator::getDeviceStats(
        static_cast<c10::DeviceIndex>(device.has_index() ? device.index() : 0));
    return stats.allocated_bytes[0].peak;  // StatType::AGGREGATE
#else
    return -1;
#endif
  }
  struct rusage usage {};
  if (getrusage(RUSAGE_SELF, &usage) != 0) return -1;
  return static_cast<int64_t>(usage.ru_maxrss) * 1024;  // Linux reports KiB
}

std::string peak_memory_kind(const torch::Device& device) {
  return device.is_cuda() ? "cuda allocator peak (allocated bytes)" : "process peak RSS";
}

bool cuda_extras_compiled() { return PATCHDIFF_CUDA_EXTRAS != 0; }

std::string now_text() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M", &local);
  return buffer;
}

}  // namespace patchdiff::bench
