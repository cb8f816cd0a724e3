// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Convolutions of channels-last activations through oneDNN directly, with each convolution's
// weights reordered once into the layout its primitive wants and kept. LibTorch 1.13's
// mkldnn_convolution reorders the weights at every call, and with NCHW activations the input
// to a blocked layout and the output back as well: about 11 ms of a 38 ms step at P = 4,
// batch 1 (docs/performance.md, "Batch 1"). oneDNN's AVX2 and AVX-512 convolutions read and
// write channels-last (nhwc) activations as they are, so nothing is reordered per call.
// Built where LibTorch links the system's oneDNN (Debian's libtorch-dev with libdnnl-dev), so
// both share one library; elsewhere available() is false and callers take LibTorch's path.
#include <torch/torch.h>

namespace patchdiff::model::onednn {

// Whether this build calls oneDNN directly.
bool available();

// conv2d of x (float32, CPU, channels-last or NCHW contiguous) with a square kernel, symmetric
// `padding` and `stride`, no dilation or groups; bias may be undefined. The output has x's
// layout. (NCHW is for the attention's 1x1 convolutions on [B, C, T, 1], where oneDNN's
// GEMM-based convolution reads the plain layout as it is.) The packed weights are found again
// by the weight tensor and its version, so an optimizer step or a newly loaded state_dict packs
// them afresh.
torch::Tensor conv2d(const torch::Tensor& x, const torch::Tensor& weight, const torch::Tensor& bias,
                     int64_t padding, int64_t stride);

// How many packed weights are held (for tests), and dropping them all.
size_t cached_convolutions();
void clear_cache();

}  // namespace patchdiff::model::onednn
