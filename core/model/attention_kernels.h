// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The attention's two products and softmax on the CPU in float32 with AVX2 + FMA, register-blocked
// (core/model/attention_kernels.cpp, compiled for AVX2 and called only where the CPU has it).
// Debian's LibTorch has no BLAS, and the oneDNN grouped 1x1 convolutions that stood in for bmm
// run at about a fifth of the convolutions' rate here: 32-channel heads make a short
// contraction, and q and v, taken as "weights", are reordered at every call
// (docs/performance.md, the profile). No torch header: plain arrays, one (image, head) each.
#include <cstdint>

namespace patchdiff::model::kernels {

// Whether this CPU runs the kernels (AVX2 and FMA) and this build has them (x86-64).
bool available();

// s[i * t + j] = scale * sum_c q[c * t + i] * k[c * t + j]   (q, k: [ch, t]; s: [t, t])
void scores(const float* q, const float* k, float* s, int64_t ch, int64_t t, float scale);

// Each of `rows` rows of `cols` values becomes its softmax, in place: exp(x - max) / sum, in
// float32 (exp by a Cephes-style polynomial, within 2 units in the last place).
void softmax_rows(float* x, int64_t rows, int64_t cols);

// a[c * t + i] = sum_j v[c * t + j] * p[i * t + j]           (v: [ch, t]; p: [t, t]; a: [ch, t])
void weighted_values(const float* v, const float* p, float* a, int64_t ch, int64_t t);

}  // namespace patchdiff::model::kernels
