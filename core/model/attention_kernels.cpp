// SPDX-License-Identifier: GPL-3.0-or-later
// Compiled with -mavx2 -mfma on x86-64 (core/CMakeLists.txt); everything else in the program
// is built for the baseline, and calls these only when available() says the CPU has both.
#include "core/model/attention_kernels.h"

#if defined(__AVX2__) && defined(__FMA__)
#include <immintrin.h>
#endif

namespace patchdiff::model::kernels {

#if defined(__AVX2__) && defined(__FMA__)

bool available() {
  static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  return has;
}

namespace {

float horizontal_sum(__m256 x) {
  const __m128 sum4 = _mm_add_ps(_mm256_castps256_ps128(x), _mm256_extractf128_ps(x, 1));
  const __m128 sum2 = _mm_add_ps(sum4, _mm_movehl_ps(sum4, sum4));
  return _mm_cvtss_f32(_mm_add_ss(sum2, _mm_movehdup_ps(sum2)));
}

}  // namespace

void scores(const float* q, const float* k, float* s, int64_t ch, int64_t t, float scale) {
  // Rows i in fours, columns j in sixteens: 8 accumulators, each k vector loaded once per
  // channel and used for four rows (the FMA units, not the loads, set the pace).
  const __m256 factor = _mm256_set1_ps(scale);
  int64_t i = 0;
  for (; i + 4 <= t; i += 4) {
    int64_t j = 0;
    for (; j + 16 <= t; j += 16) {
      __m256 acc[4][2];
      for (auto& row : acc) row[0] = row[1] = _mm256_setzero_ps();
      for (int64_t c = 0; c < ch; ++c) {
        const float* kc = k + c * t + j;
        const __m256 k0 = _mm256_loadu_ps(kc), k1 = _mm256_loadu_ps(kc + 8);
        const float* qc = q + c * t + i;
        for (int r = 0; r < 4; ++r) {
          const __m256 b = _mm256_broadcast_ss(qc + r);
          acc[r][0] = _mm256_fmadd_ps(b, k0, acc[r][0]);
          acc[r][1] = _mm256_fmadd_ps(b, k1, acc[r][1]);
        }
      }
      for (int r = 0; r < 4; ++r) {
        _mm256_storeu_ps(s + (i + r) * t + j, _mm256_mul_ps(acc[r][0], factor));
        _mm256_storeu_ps(s + (i + r) * t + j + 8, _mm256_mul_ps(acc[r][1], factor));
      }
    }
    for (; j < t; ++j)
      for (int r = 0; r < 4; ++r) {
        float sum = 0;
        for (int64_t c = 0; c < ch; ++c) sum += q[c * t + i + r] * k[c * t + j];
        s[(i + r) * t + j] = sum * scale;
      }
  }
  for (; i < t; ++i)
    for (int64_t j = 0; j < t; ++j) {
      float sum = 0;
      for (int64_t c = 0; c < ch; ++c) sum += q[c * t + i] * k[c * t + j];
      s[i * t + j] = sum * scale;
    }
}

void weighted_values(const float* v, const float* p, float* a, int64_t ch, int64_t t) {
  // Dot products along j: channels in fours and rows of p in threes, 12 accumulators; each
  // loaded vector serves three or four products.
  const int64_t t8 = t - t % 8;
  int64_t c = 0;
  for (; c + 4 <= ch; c += 4) {
    int64_t i = 0;
    for (; i + 3 <= t; i += 3) {
      __m256 acc[4][3];
      for (auto& row : acc) row[0] = row[1] = row[2] = _mm256_setzero_ps();
      for (int64_t j = 0; j < t8; j += 8) {
        const __m256 p0 = _mm256_loadu_ps(p + i * t + j);
        const __m256 p1 = _mm256_loadu_ps(p + (i + 1) * t + j);
        const __m256 p2 = _mm256_loadu_ps(p + (i + 2) * t + j);
        for (int r = 0; r < 4; ++r) {
          const __m256 x = _mm256_loadu_ps(v + (c + r) * t + j);
          acc[r][0] = _mm256_fmadd_ps(x, p0, acc[r][0]);
          acc[r][1] = _mm256_fmadd_ps(x, p1, acc[r][1]);
          acc[r][2] = _mm256_fmadd_ps(x, p2, acc[r][2]);
        }
      }
      for (int r = 0; r < 4; ++r)
        for (int m = 0; m < 3; ++m) {
          float sum = horizontal_sum(acc[r][m]);
          for (int64_t j = t8; j < t; ++j) sum += v[(c + r) * t + j] * p[(i + m) * t + j];
          a[(c + r) * t + i + m] = sum;
        }
    }
    for (; i < t; ++i)
      for (int r = 0; r < 4; ++r) {
        float sum = 0;
        for (int64_t j = 0; j < t; ++j) sum += v[(c + r) * t + j] * p[i * t + j];
        a[(c + r) * t + i] = sum;
      }
  }
  for (; c < ch; ++c)
    for (int64_t i = 0; i < t; ++i) {
      float sum = 0;
      for (int64_t j = 0; j < t; ++j) sum += v[c * t + j] * p[i * t + j];
      a[c * t + i] = sum;
    }
}

#else  // not built for AVX2 + FMA (another architecture): the callers keep the oneDNN path

bool available() { return false; }
void scores(const float*, const float*, float*, int64_t, int64_t, float) {}
void weighted_values(const float*, const float*, float*, int64_t, int64_t) {}

#endif

}  // namespace patchdiff::model::kernels
