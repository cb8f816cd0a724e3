// SPDX-License-Identifier: GPL-3.0-or-later
// Compiled with -mavx2 -mfma on x86-64 (core/CMakeLists.txt); everything else in the program
// is built for the baseline, and calls these only when available() says the CPU has both.
// No C++ standard header here: an inline function of one, emitted from this file with AVX2
// instructions, could be the copy the linker keeps for the whole program (C's expf is safe).
#include "core/model/attention_kernels.h"

#include <math.h>

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

// exp(x) for x <= 0 (a softmax's shifted scores): 2^n * e^r with r in [-ln2/2, ln2/2] and a
// degree-5 polynomial for e^r (Cephes expf); inputs below -87 give about 1e-38, not 0.
__m256 exp_nonpositive(__m256 x) {
  x = _mm256_max_ps(x, _mm256_set1_ps(-87.0f));
  const __m256 log2e = _mm256_set1_ps(1.44269504088896341f);
  const __m256 n = _mm256_floor_ps(_mm256_fmadd_ps(x, log2e, _mm256_set1_ps(0.5f)));
  x = _mm256_fnmadd_ps(n, _mm256_set1_ps(0.693359375f), x);
  x = _mm256_fnmadd_ps(n, _mm256_set1_ps(-2.12194440e-4f), x);
  __m256 y = _mm256_set1_ps(1.9875691500e-4f);
  y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(1.3981999507e-3f));
  y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(8.3334519073e-3f));
  y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(4.1665795894e-2f));
  y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(1.6666665459e-1f));
  y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(5.0000001201e-1f));
  y = _mm256_fmadd_ps(y, _mm256_mul_ps(x, x), x);
  y = _mm256_add_ps(y, _mm256_set1_ps(1.0f));
  const __m256i biased = _mm256_add_epi32(_mm256_cvttps_epi32(n), _mm256_set1_epi32(127));
  const __m256i exponent = _mm256_slli_epi32(biased, 23);
  return _mm256_mul_ps(y, _mm256_castsi256_ps(exponent));
}

float horizontal_max(__m256 x) {
  const __m128 max4 = _mm_max_ps(_mm256_castps256_ps128(x), _mm256_extractf128_ps(x, 1));
  const __m128 max2 = _mm_max_ps(max4, _mm_movehl_ps(max4, max4));
  return _mm_cvtss_f32(_mm_max_ss(max2, _mm_movehdup_ps(max2)));
}

}  // namespace

void softmax_rows(float* x, int64_t rows, int64_t cols) {
  const int64_t cols8 = cols - cols % 8;
  for (int64_t r = 0; r < rows; ++r) {
    float* row = x + r * cols;
    float max = -INFINITY;
    if (cols8 > 0) {
      __m256 m = _mm256_loadu_ps(row);
      for (int64_t j = 8; j < cols8; j += 8) m = _mm256_max_ps(m, _mm256_loadu_ps(row + j));
      max = horizontal_max(m);
    }
    for (int64_t j = cols8; j < cols; ++j) max = row[j] > max ? row[j] : max;
    const __m256 shift = _mm256_set1_ps(max);
    __m256 sum8 = _mm256_setzero_ps();
    for (int64_t j = 0; j < cols8; j += 8) {
      const __m256 e = exp_nonpositive(_mm256_sub_ps(_mm256_loadu_ps(row + j), shift));
      _mm256_storeu_ps(row + j, e);
      sum8 = _mm256_add_ps(sum8, e);
    }
    float sum = horizontal_sum(sum8);
    for (int64_t j = cols8; j < cols; ++j) {
      row[j] = expf(row[j] - max);
      sum += row[j];
    }
    const __m256 scale = _mm256_set1_ps(1.0f / sum);
    for (int64_t j = 0; j < cols8; j += 8)
      _mm256_storeu_ps(row + j, _mm256_mul_ps(_mm256_loadu_ps(row + j), scale));
    for (int64_t j = cols8; j < cols; ++j) row[j] *= 1.0f / sum;
  }
}

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
void softmax_rows(float*, int64_t, int64_t) {}
void weighted_values(const float*, const float*, float*, int64_t, int64_t) {}

#endif

}  // namespace patchdiff::model::kernels
