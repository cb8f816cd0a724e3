// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Tensor comparison helpers for Qt Test: report the largest error, not just pass/fail.
#include <torch/torch.h>
#include <QtTest/QtTest>
#include <string>

namespace patchdiff::test {

inline double max_abs_diff(const torch::Tensor& a, const torch::Tensor& b) {
  return (a.to(torch::kFloat64) - b.to(torch::kFloat64)).abs().max().item<double>();
}

}  // namespace patchdiff::test

// Fails the test unless a and b have the same shape and agree to tol (max abs); prints the error.
#define PD_COMPARE_TENSORS(a, b, tol)                                                        \
  do {                                                                                     \
    const auto& pd_a = (a);                                                                \
    const auto& pd_b = (b);                                                                \
    QVERIFY2(pd_a.sizes() == pd_b.sizes(),                                                 \
             qPrintable(QString("shape mismatch: %1 vs %2")                                \
                            .arg(QString::fromStdString(c10::str(pd_a.sizes())))           \
                            .arg(QString::fromStdString(c10::str(pd_b.sizes())))));        \
    const double pd_err = patchdiff::test::max_abs_diff(pd_a, pd_b);                       \
    qInfo("max abs error %.3g (tolerance %.1g)", pd_err, double(tol));                     \
    QVERIFY2(pd_err <= (tol), qPrintable(QString("max abs error %1 > %2").arg(pd_err).arg(tol))); \
  } while (0)
