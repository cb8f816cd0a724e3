// SPDX-License-Identifier: GPL-3.0-or-later
// The inspector's plots against numbers computed here independently: a known trajectory
// (constant, checkerboard, cosine and random images) goes through the worker's metrics code
// (core/inspect) and the trajectory store into the plots; the test recomputes blurriness with
// a naive DFT, the x0 change with plain loops, log SNR and the step times. Then a real run:
// the plots grow while it is still going.
#include <torch/torch.h>

#include <QStatusBar>

#include <cmath>
#include <complex>

#include "core/inspect/trajectory_metrics.h"
#include "core/sampling/step_record.h"
#include "tests/ui/studio_test_util.h"
#include "ui/inspect/inspector.h"
#include "ui/inspect/plot_panel.h"

using namespace patchdiff;

namespace {

constexpr int kSize = 12;

// Fraction of the mean-removed image's DFT energy with max(|k_y|, |k_x|) > N/4 (signed k),
// summed over channels: a naive O(N^4) transform, independent of torch::fft.
double naiveBlurriness(const torch::Tensor& image) {  // [3, N, N]
  const auto x = image.to(torch::kFloat64).contiguous();
  const int n = static_cast<int>(x.size(1));
  const double* p = x.data_ptr<double>();
  double high = 0, total = 0, own = 0;
  for (int c = 0; c < 3; ++c) {
    double mean = 0;
    for (int i = 0; i < n * n; ++i) mean += p[c * n * n + i];
    mean /= n * n;
    for (int i = 0; i < n * n; ++i) own += p[c * n * n + i] * p[c * n * n + i] * n * n;
    for (int ky = 0; ky < n; ++ky)
      for (int kx = 0; kx < n; ++kx) {
        std::complex<double> sum = 0;
        for (int y = 0; y < n; ++y)
          for (int xx = 0; xx < n; ++xx)
            sum += (p[(c * n + y) * n + xx] - mean) * std::polar(1.0, -2 * M_PI * (double(ky) * y + double(kx) * xx) / n);
        const double e = std::norm(sum);
        const int sy = ky <= n / 2 ? ky : ky - n, sx = kx <= n / 2 ? kx : kx - n;
        total += e;
        if (4 * std::abs(sy) > n || 4 * std::abs(sx) > n) high += e;
      }
  }
  return total > own * 1e-12 ? high / total : 0.0;
}

double naiveRms(const torch::Tensor& a, const torch::Tensor& b) {
  const auto d = (a.to(torch::kFloat64) - b.to(torch::kFloat64)).contiguous();
  double sum = 0;
  for (int64_t i = 0; i < d.numel(); ++i) sum += d.data_ptr<double>()[i] * d.data_ptr<double>()[i];
  return std::sqrt(sum / d.numel());
}

// [2, 3, N, N] x0 predictions for step k of the known trajectory.
torch::Tensor knownX0(int k) {
  auto out = torch::zeros({2, 3, kSize, kSize});
  if (k == 0) {
    out[0].fill_(0.3);  // constant
    auto idx = torch::arange(kSize);
    out[1] = ((idx.view({-1, 1}) + idx.view({1, -1})) % 2 * 2 - 1).to(torch::kFloat).expand({3, kSize, kSize});  // checkerboard
  } else if (k == 1) {
    // One period of a cosine across the image: all its energy at |k| = 1, below half Nyquist.
    out[0] = torch::cos(torch::arange(kSize).to(torch::kFloat) * (2 * M_PI / kSize)).view({1, 1, -1}).expand({3, kSize, kSize});
    out[1] = torch::randn({3, kSize, kSize}, torch::TensorOptions().dtype(torch::kFloat)) * 0.5;
  } else {
    torch::manual_seed(k);
    out = torch::rand({2, 3, kSize, kSize}) * 2 - 1;
  }
  return out;
}

void compareSeries(const QVector<QPointF>& series, const QVector<double>& expected, double tolerance, const char* what) {
  QVERIFY2(series.size() == expected.size(), what);
  for (int i = 0; i < expected.size(); ++i) {
    QCOMPARE(series[i].x(), double(i));
    if (std::isnan(expected[i])) {
      QVERIFY2(std::isnan(series[i].y()), qPrintable(QStringLiteral("%1 step %2").arg(QLatin1String(what)).arg(i)));
    } else {
      QVERIFY2(std::abs(series[i].y() - expected[i]) <= tolerance,
               qPrintable(QStringLiteral("%1 step %2: plotted %3, expected %4").arg(QLatin1String(what)).arg(i)
                              .arg(series[i].y(), 0, 'g', 12).arg(expected[i], 0, 'g', 12)));
    }
  }
}

}  // namespace

class TestStudioPlots : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { test::isolateSettings(); }

  void plot_data_equal_values_computed_independently() {
    const int steps = 4;
    const double snrs[steps] = {0.01, 0.2, 3.0, 40.0};
    const double seconds[steps] = {0.05, 0.03, 0.04, 0.08};
    ui::RunInfo info;
    info.runId = 5;
    info.numSteps = steps;
    info.batch = 2;
    info.imageSize = kSize;
    info.modelPaths = {QStringLiteral("/m/low.pt"), QStringLiteral("/m/high.pt")};
    info.modelPerStep = {0, 0, 1, 1};  // per respaced step: loop steps 0-1 run model 1, 2-3 model 0
    for (double s : snrs) info.logSnr << std::log(s);
    ui::TrajectoryStore store;
    store.beginRun(info);

    inspect::TrajectoryMetrics metrics;  // what the worker does per step
    std::vector<torch::Tensor> x0s;
    for (int k = 0; k < steps; ++k) {
      sampling::StepRecord rec;
      rec.index = k;
      rec.num_steps = steps;
      rec.step = steps - 1 - k;
      rec.snr = snrs[k];
      rec.model_index = info.modelPerStep[steps - 1 - k];
      rec.pred_xstart = knownX0(k);
      rec.x_t = rec.pred_xstart;
      rec.seconds = seconds[k];
      if (k >= 2) rec.guidance_gap = torch::tensor({0.5 * k, 0.25 * k}, torch::kFloat64);
      if (k >= 2) rec.threshold_scale = torch::tensor({1.0 + k, 2.0}, torch::kFloat64);
      x0s.push_back(rec.pred_xstart);
      metrics.add(rec);
      ui::StepFrame frame;
      frame.runId = 5;
      frame.index = k;
      frame.numSteps = steps;
      frame.metrics = metrics.rows().back();
      store.append(frame);
    }

    ui::PlotPanel plots;
    QVERIFY(plots.showsPlaceholder());  // first start: a note, not empty 0..1 axes
    plots.setRecord(store.current());
    QVERIFY(!plots.showsPlaceholder());
    const double nan = std::numeric_limits<double>::quiet_NaN();
    // Blurriness: 0 for the constant image, 1 for the checkerboard, the naive DFT elsewhere.
    QVector<double> blur0, blur1, blurMean;
    for (int k = 0; k < steps; ++k) {
      blur0 << naiveBlurriness(x0s[k][0]);
      blur1 << naiveBlurriness(x0s[k][1]);
      blurMean << (blur0.back() + blur1.back()) / 2;
    }
    QCOMPARE(blur0[0], 0.0);
    QVERIFY(std::abs(blur1[0] - 1.0) < 1e-12);
    QVERIFY(blur0[1] < 1e-12);  // a slow cosine has no energy above half Nyquist
    compareSeries(plots.series(ui::PlotPanel::Blurriness, 0), blur0, 1e-9, "blurriness focused");
    compareSeries(plots.series(ui::PlotPanel::Blurriness, 1), blurMean, 1e-9, "blurriness mean");
    plots.setFocusedImage(1);
    compareSeries(plots.series(ui::PlotPanel::Blurriness, 0), blur1, 1e-9, "blurriness image 1");

    QVector<double> change1{nan}, changeMean{nan};
    for (int k = 1; k < steps; ++k) {
      const double a = naiveRms(x0s[k][0], x0s[k - 1][0]), b = naiveRms(x0s[k][1], x0s[k - 1][1]);
      change1 << b;
      changeMean << (a + b) / 2;
    }
    compareSeries(plots.series(ui::PlotPanel::X0Change, 0), change1, 1e-9, "x0 change");
    compareSeries(plots.series(ui::PlotPanel::X0Change, 1), changeMean, 1e-9, "x0 change mean");

    QVector<double> logSnr, ms, running, gap, scale;
    double sum = 0;
    for (int k = 0; k < steps; ++k) {
      logSnr << std::log(snrs[k]);
      ms << 1000 * seconds[k];
      sum += seconds[k];
      running << 1000 * sum / (k + 1);
      gap << (k >= 2 ? 0.25 * k : nan);  // image 1's gap
      scale << (k >= 2 ? 2.0 : nan);
    }
    compareSeries(plots.series(ui::PlotPanel::LogSnr, 0), logSnr, 1e-12, "log SNR");
    compareSeries(plots.series(ui::PlotPanel::StepTime, 0), ms, 1e-9, "ms per step");
    compareSeries(plots.series(ui::PlotPanel::StepTime, 1), running, 1e-9, "running mean");
    compareSeries(plots.series(ui::PlotPanel::Guidance, 0), gap, 1e-12, "guidance gap");
    compareSeries(plots.series(ui::PlotPanel::Guidance, 1), scale, 1e-12, "threshold s");

    // The SNR-split regions: loop steps 0-1 ran high.pt, 2-3 low.pt.
    QCOMPARE(plots.regionLabels(), (QStringList{QStringLiteral("high"), QStringLiteral("low")}));
    plots.setCursorStep(2);
    QCOMPARE(plots.cursorStep(), 2.0);
    // The CSV holds the same numbers, one row per step.
    const QStringList lines = plots.csv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + steps);
    const QStringList header = lines[0].split(QLatin1Char(','));
    const QStringList row0 = lines[1].split(QLatin1Char(','));
    QCOMPARE(row0[header.indexOf(QStringLiteral("blurriness_1"))].toDouble(), blur1[0]);
  }

  void the_plots_grow_while_the_run_is_going() {
    ui::MainWindow w;
    w.show();
    QVERIFY(test::selectPatch(w, 8));
    test::fastSettings(w, 200, 2);
    w.generate();
    ui::PlotPanel* plots = w.inspector()->plots();
    QVERIFY(QTest::qWaitFor([&] { return plots->series(ui::PlotPanel::Blurriness, 1).size() >= 3; }, 60000));
    QVERIFY(w.controller()->isRunning());
    const int seen = plots->series(ui::PlotPanel::StepTime, 0).size();
    QVERIFY(QTest::qWaitFor([&] { return plots->series(ui::PlotPanel::StepTime, 0).size() > seen + 2; }, 60000));
    QVERIFY(w.controller()->isRunning());
    // The live run's numbers: finite blurriness in [0, 1], log SNR rising over all 200 steps.
    for (const QPointF& p : plots->series(ui::PlotPanel::Blurriness, 1)) QVERIFY(p.y() >= 0 && p.y() <= 1);
    const auto snr = plots->series(ui::PlotPanel::LogSnr, 0);
    QCOMPARE(snr.size(), 200);
    QVERIFY(snr.front().y() < snr.back().y());
    // The cursor follows the newest step.
    QVERIFY(plots->cursorStep() >= seen);
    w.cancel();
    QVERIFY(test::waitForRunEnd(w));
  }
};

PATCHDIFF_STUDIO_TEST_MAIN(TestStudioPlots)
#include "test_studio_plots.moc"
