// SPDX-License-Identifier: GPL-3.0-or-later
// The channels-last CPU path (fast path "nhwc"): oneDNN convolutions with packed weights and the
// folded GroupNorm, against LibTorch's own conv2d and group_norm in float64; the packed weights
// follow in-place updates and are dropped with their network; every reference case of the
// network passes with the path on and off (test_bench_selftest).
#include <QObject>
#include <QtTest>

#include <torch/torch.h>

#include "core/model/fast_paths.h"
#include "core/model/group_norm_nhwc.h"
#include "core/model/onednn_conv.h"

using namespace patchdiff;
namespace F = torch::nn::functional;

namespace {

double max_error(const torch::Tensor& fast, const torch::Tensor& exact) {
  return (fast.to(torch::kFloat64) - exact).abs().max().item<double>();
}

torch::Tensor reference_conv(const torch::Tensor& x, const torch::Tensor& w, const torch::Tensor& b, int64_t padding,
                             int64_t stride) {
  return F::conv2d(x.to(torch::kFloat64), w.to(torch::kFloat64),
                   F::Conv2dFuncOptions().bias(b.defined() ? b.to(torch::kFloat64) : b).padding(padding).stride(stride));
}

}  // namespace

class TestOnednnConv : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void init() {
    if (!model::onednn::available()) QSKIP("this build calls oneDNN only through LibTorch");
  }

  void convolutionsMatchLibTorch_data() {
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("out_channels");
    QTest::addColumn<int>("kernel");
    QTest::addColumn<int>("padding");
    QTest::addColumn<int>("stride");
    QTest::addColumn<bool>("bias");
    QTest::addColumn<bool>("channels_last");
    QTest::newRow("3x3 nhwc") << 64 << 128 << 3 << 1 << 1 << true << true;
    QTest::newRow("3x3 nhwc, odd channels") << 48 << 96 << 3 << 1 << 1 << true << true;
    QTest::newRow("3x3 stride 2 nhwc") << 64 << 64 << 3 << 1 << 2 << true << true;
    QTest::newRow("1x1 nhwc, no bias") << 192 << 64 << 1 << 0 << 1 << false << true;
    QTest::newRow("1x1 nchw (attention)") << 128 << 384 << 1 << 0 << 1 << true << false;
    QTest::newRow("first layer, 48 in") << 48 << 64 << 3 << 1 << 1 << true << true;
  }
  void convolutionsMatchLibTorch() {
    QFETCH(int, channels);
    QFETCH(int, out_channels);
    QFETCH(int, kernel);
    QFETCH(int, padding);
    QFETCH(int, stride);
    QFETCH(bool, bias);
    QFETCH(bool, channels_last);
    torch::NoGradGuard no_grad;
    torch::manual_seed(3);
    auto x = torch::randn({2, channels, 16, 16});
    if (channels_last) x = x.contiguous(at::MemoryFormat::ChannelsLast);
    const auto w = torch::randn({out_channels, channels, kernel, kernel}) / std::sqrt(double(channels * kernel * kernel));
    const auto b = bias ? torch::randn({out_channels}) : torch::Tensor();
    const auto fast = model::onednn::conv2d(x, w, b, padding, stride);
    QCOMPARE(fast.is_contiguous(channels_last ? at::MemoryFormat::ChannelsLast : at::MemoryFormat::Contiguous), true);
    const double error = max_error(fast, reference_conv(x, w, b, padding, stride));
    QVERIFY2(error < 2e-5, qPrintable(QString::number(error)));
    // Weights laid out channels-last (the GPU's channels_last option) give the same.
    const auto again = model::onednn::conv2d(x, w.contiguous(at::MemoryFormat::ChannelsLast), b, padding, stride);
    QVERIFY(torch::allclose(again, fast, 1e-5, 1e-6));
  }

  // Packed once per weight and input shape; an in-place update is seen; freed weights go.
  void packedWeightsFollowTheirTensor() {
    torch::NoGradGuard no_grad;
    model::onednn::clear_cache();
    const auto x = torch::randn({1, 32, 8, 8}).contiguous(at::MemoryFormat::ChannelsLast);
    {
      auto w = torch::randn({32, 32, 3, 3});
      const auto first = model::onednn::conv2d(x, w, {}, 1, 1);
      model::onednn::conv2d(x, w, {}, 1, 1);
      QCOMPARE(model::onednn::cached_convolutions(), size_t(1));
      model::onednn::conv2d(torch::randn({3, 32, 8, 8}).contiguous(at::MemoryFormat::ChannelsLast), w, {}, 1, 1);
      QCOMPARE(model::onednn::cached_convolutions(), size_t(2));  // another batch size
      w.mul_(2);  // an optimizer step or a state_dict copied in
      const auto second = model::onednn::conv2d(x, w, {}, 1, 1);
      QVERIFY(torch::allclose(second, first * 2, 1e-4, 1e-5));
      // The same weights with a bias are another primitive.
      const auto bias = torch::randn({32});
      const auto biased = model::onednn::conv2d(x, w, bias, 1, 1);
      QVERIFY(torch::allclose(biased, second + bias.view({1, 32, 1, 1}), 1e-4, 1e-5));
      QCOMPARE(model::onednn::cached_convolutions(), size_t(3));
    }
    // The weights above are freed: making the next entry drops their three.
    model::onednn::conv2d(x, torch::randn({16, 32, 1, 1}), {}, 0, 1);
    QCOMPARE(model::onednn::cached_convolutions(), size_t(1));
  }

  void groupNormFoldsAffineScaleShiftAndSilu_data() {
    QTest::addColumn<bool>("affine");
    QTest::addColumn<bool>("scale_shift");
    QTest::addColumn<bool>("silu");
    QTest::addColumn<double>("offset");
    QTest::newRow("affine + silu") << true << false << true << 0.0;
    QTest::newRow("scale-shift + silu") << false << true << true << 0.0;
    QTest::newRow("plain") << false << false << false << 0.0;
    QTest::newRow("mean far from zero") << true << true << true << 300.0;
  }
  void groupNormFoldsAffineScaleShiftAndSilu() {
    QFETCH(bool, affine);
    QFETCH(bool, scale_shift);
    QFETCH(bool, silu);
    QFETCH(double, offset);
    torch::NoGradGuard no_grad;
    torch::manual_seed(5);
    const int64_t n = 3, c = 64;
    const auto x = (torch::randn({n, c, 8, 8}) * 2 + offset).contiguous(at::MemoryFormat::ChannelsLast);
    const auto gamma = affine ? torch::randn({c}) : torch::Tensor();
    const auto beta = affine ? torch::randn({c}) : torch::Tensor();
    const auto scale = scale_shift ? torch::randn({n, c}) * 0.5 : torch::Tensor();
    const auto shift = scale_shift ? torch::randn({n, c}) : torch::Tensor();
    const auto fast = model::group_norm_nhwc(x, 32, 1e-3, gamma, beta, scale, shift, silu);
    QVERIFY(fast.is_contiguous(at::MemoryFormat::ChannelsLast));
    auto options = F::GroupNormFuncOptions(32).eps(1e-3);
    if (affine) options = options.weight(gamma.to(torch::kFloat64)).bias(beta.to(torch::kFloat64));
    auto exact = F::group_norm(x.to(torch::kFloat64), options);
    if (scale_shift)
      exact = exact * (1 + scale.to(torch::kFloat64).view({n, c, 1, 1})) + shift.to(torch::kFloat64).view({n, c, 1, 1});
    if (silu) exact = exact * torch::sigmoid(exact);
    const double error = max_error(fast, exact);
    QVERIFY2(error < 5e-5, qPrintable(QString::number(error)));
  }

  // The switch, autograd and other types turn the path off.
  void activeOnlyForCpuFloat32Inference() {
    const auto x = torch::randn({1, 4, 2, 2});
    const model::FastPaths saved = model::fast_paths();
    {
      torch::NoGradGuard no_grad;
      QVERIFY(model::nhwc_active(x));
      QVERIFY(!model::nhwc_active(x.to(torch::kFloat64)));
      model::apply_fast_paths("nhwc=0");
      QVERIFY(!model::nhwc_active(x));
      model::apply_fast_paths("nhwc=1,conv=0");
      QVERIFY(!model::nhwc_active(x));
    }
    model::fast_paths() = saved;
    QVERIFY(!model::nhwc_active(x));  // grad mode on
  }
};

QTEST_GUILESS_MAIN(TestOnednnConv)
#include "test_onednn_conv.moc"
