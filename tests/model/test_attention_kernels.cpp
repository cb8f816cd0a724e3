// SPDX-License-Identifier: GPL-3.0-or-later
// core/model/attention_kernels through attention_with_cpu_kernels: softmax(s q^T k) applied to
// v against the same computed in float64 with LibTorch's ops, for sizes that hit every tail of
// the register blocks (channels not a multiple of 4, positions not a multiple of 3, 4, 8, 16),
// and the conditions under which the kernels step aside.
#include <QObject>
#include <QtTest>

#include <torch/torch.h>

#include "core/model/attention_kernels.h"
#include "core/model/fast_paths.h"

namespace model = patchdiff::model;

namespace {

torch::Tensor plain_attention(const torch::Tensor& q, const torch::Tensor& k, const torch::Tensor& v, double scale) {
  const auto qd = q.to(torch::kFloat64), kd = k.to(torch::kFloat64), vd = v.to(torch::kFloat64);
  const auto weights = torch::softmax(torch::bmm(qd.transpose(1, 2), kd) * scale, -1);  // [G, T, T]
  return torch::bmm(vd, weights.transpose(1, 2));                                       // [G, ch, T]
}

}  // namespace

class TestAttentionKernels : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void init() {
    if (!model::kernels::available()) QSKIP("this CPU or build has no AVX2 + FMA kernels");
    model::apply_fast_paths("attn_cpu=1");
  }
  void cleanup() { model::apply_fast_paths("attn_cpu=1"); }

  void matchesFloat64_data() {
    QTest::addColumn<int>("groups");
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("positions");
    QTest::newRow("1x1x1") << 1 << 1 << 1;
    QTest::newRow("tails 2x3x7") << 2 << 3 << 7;
    QTest::newRow("3x4x16") << 3 << 4 << 16;
    QTest::newRow("tails 2x5x19") << 2 << 5 << 19;
    QTest::newRow("tails 1x33x17") << 1 << 33 << 17;
    QTest::newRow("8x8 heads 4x32x64") << 4 << 32 << 64;
    QTest::newRow("16x16 heads 2x32x256") << 2 << 32 << 256;
  }
  void matchesFloat64() {
    QFETCH(int, groups);
    QFETCH(int, channels);
    QFETCH(int, positions);
    torch::NoGradGuard no_grad;
    torch::manual_seed(groups * 1000 + channels * 10 + positions);
    const auto q = torch::randn({groups, channels, positions}) * 2;
    const auto k = torch::randn({groups, channels, positions}) * 2;
    const auto v = torch::randn({groups, channels, positions});
    const double scale = 1.0 / std::sqrt(double(channels));
    const auto fast = model::attention_with_cpu_kernels(q, k, v, scale);
    QVERIFY(fast.defined());
    QCOMPARE(fast.sizes(), q.sizes());
    const double error = (fast.to(torch::kFloat64) - plain_attention(q, k, v, scale)).abs().max().item<double>();
    QVERIFY2(error < 2e-5, qPrintable(QString::number(error)));
    // Views (the legacy head order hands over strided chunks) give the same as copies.
    const auto qkv = torch::cat({q, k, v}, 1);
    const auto parts = qkv.split(channels, 1);
    QVERIFY(torch::equal(model::attention_with_cpu_kernels(parts[0], parts[1], parts[2], scale), fast));
  }

  // Off by switch, with autograd on, or for other types: the caller's path runs instead.
  void stepsAside() {
    const auto x = torch::randn({2, 4, 8});
    {
      torch::NoGradGuard no_grad;
      model::apply_fast_paths("attn_cpu=0");
      QVERIFY(!model::attention_with_cpu_kernels(x, x, x, 0.5).defined());
      model::apply_fast_paths("attn_cpu=1");
      QVERIFY(!model::attention_with_cpu_kernels(x.to(torch::kFloat64), x, x, 0.5).defined());
    }
    QVERIFY(!model::attention_with_cpu_kernels(x, x, x, 0.5).defined());  // grad mode on
  }
};

QTEST_GUILESS_MAIN(TestAttentionKernels)
#include "test_attention_kernels.moc"
