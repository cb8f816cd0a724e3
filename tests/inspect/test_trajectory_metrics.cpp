// SPDX-License-Identifier: GPL-3.0-or-later
// The numbers behind the trajectory plots equal values computed here independently: a naive
// DFT for blurriness, explicit loops for the RMS change, known records for the CSV rows.
#include <cmath>
#include <sstream>

#include "core/inspect/image_metrics.h"
#include "core/inspect/trajectory_metrics.h"
#include "core/sampling/step_record.h"

using namespace patchdiff;

namespace {

// Fraction of the DFT energy of the mean-removed channels with |k_y| > H/4 or |k_x| > W/4,
// by the O(N^4) definition (no FFT), for one image [C, H, W].
double naive_high_fraction(const torch::Tensor& image) {
  const auto x = image.to(torch::kFloat64).contiguous();
  const int64_t C = x.size(0), H = x.size(1), W = x.size(2);
  const double* p = x.data_ptr<double>();
  double above = 0, total = 0;
  for (int64_t c = 0; c < C; ++c) {
    const double* ch = p + c * H * W;
    double mean = 0;
    for (int64_t i = 0; i < H * W; ++i) mean += ch[i];
    mean /= static_cast<double>(H * W);
    for (int64_t ky = 0; ky < H; ++ky)
      for (int64_t kx = 0; kx < W; ++kx) {
        double re = 0, im = 0;
        for (int64_t y = 0; y < H; ++y)
          for (int64_t xx = 0; xx < W; ++xx) {
            const double phase = 2 * M_PI * (double(ky * y) / H + double(kx * xx) / W);
            re += (ch[y * W + xx] - mean) * std::cos(phase);
            im -= (ch[y * W + xx] - mean) * std::sin(phase);
          }
        const double power = re * re + im * im;
        const int64_t sy = ky <= H / 2 ? ky : ky - H, sx = kx <= W / 2 ? kx : kx - W;
        total += power;
        if (4 * std::abs(sy) > H || 4 * std::abs(sx) > W) above += power;
      }
  }
  return total > 0 ? above / total : 0.0;
}

torch::Tensor checkerboard(int64_t size) {  // [1, 3, size, size] of +1/-1
  const auto i = torch::arange(size);
  const auto board = ((i.unsqueeze(1) + i.unsqueeze(0)) % 2).to(torch::kFloat32) * 2 - 1;
  return board.expand({1, 3, size, size}).contiguous();
}

torch::Tensor ramp(int64_t size) {  // [1, 3, size, size], left to right from -1 to 1
  return torch::linspace(-1, 1, size).expand({1, 3, size, size}).contiguous();
}

sampling::StepRecord record(int index, torch::Tensor x0, double snr, double seconds) {
  sampling::StepRecord r;
  r.index = index;
  r.num_steps = 3;
  r.step = 2 - index;
  r.timestep = 999 - 400 * index;
  r.snr = snr;
  r.pred_xstart = std::move(x0);
  r.seconds = seconds;
  return r;
}

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  std::string field;
  while (std::getline(ss, field, ',')) out.push_back(field);
  if (!line.empty() && line.back() == ',') out.push_back("");
  return out;
}

}  // namespace

class TestTrajectoryMetrics : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void blurriness_of_a_constant_image_is_zero() {
    const auto images = torch::tensor({0.0f, 0.3f, -1.0f, 1.0f}).view({4, 1, 1, 1}).expand({4, 3, 64, 64});
    const auto b = inspect::high_frequency_fraction(images);
    QCOMPARE(b.sizes().vec(), (std::vector<int64_t>{4}));
    for (int i = 0; i < 4; ++i) QCOMPARE(b[i].item<double>(), 0.0);
  }

  void blurriness_of_a_checkerboard_is_one() {
    // An offset per channel changes nothing: the mean is removed.
    const auto board = checkerboard(64) * 0.5 + torch::tensor({0.1f, -0.2f, 0.3f}).view({1, 3, 1, 1});
    const double b = inspect::high_frequency_fraction(board).item<double>();
    QVERIFY2(b > 0.999 && b <= 1.0 + 1e-12, qPrintable(QString::number(b, 'g', 12)));
    QVERIFY(std::abs(naive_high_fraction(checkerboard(16)[0]) - 1.0) < 1e-12);
  }

  void blurriness_of_a_smooth_gradient_is_low() {
    QVERIFY(inspect::high_frequency_fraction(ramp(64)).item<double>() < 0.05);
    const auto i = torch::linspace(-2, 2, 64);
    const auto blob = torch::exp(-(i.square().unsqueeze(1) + i.square().unsqueeze(0))).expand({1, 3, 64, 64});
    QVERIFY(inspect::high_frequency_fraction(blob).item<double>() < 1e-3);
  }

  void blurriness_of_white_noise_is_three_quarters() {
    torch::manual_seed(11);
    const auto b = inspect::high_frequency_fraction(torch::randn({4, 3, 64, 64}));
    for (int i = 0; i < 4; ++i) QVERIFY2(std::abs(b[i].item<double>() - 0.75) < 0.03, qPrintable(QString::number(b[i].item<double>())));
  }

  void blurriness_equals_naive_dft_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("width");
    QTest::newRow("noise 12x10") << 0 << 12 << 10;
    QTest::newRow("noise 9x7 (odd)") << 0 << 9 << 7;
    QTest::newRow("ramp 16x16") << 1 << 16 << 16;
    QTest::newRow("cosine at k = N/4 (not above)") << 2 << 16 << 16;
    QTest::newRow("cosine at k = N/4 + 1 (above)") << 3 << 16 << 16;
  }
  void blurriness_equals_naive_dft() {
    QFETCH(int, kind);
    QFETCH(int, height);
    QFETCH(int, width);
    torch::manual_seed(5);
    torch::Tensor image;
    if (kind == 0) image = torch::randn({3, height, width});
    if (kind == 1) image = ramp(height)[0];
    if (kind >= 2) {
      const int k = height / 4 + (kind == 3 ? 1 : 0);
      const auto y = torch::arange(height, torch::kFloat64);
      image = torch::cos(y * (2 * M_PI * k / height)).unsqueeze(1).expand({3, height, width}).contiguous();
    }
    const double expected = naive_high_fraction(image);
    const double got = inspect::high_frequency_fraction(image.unsqueeze(0)).item<double>();
    QVERIFY2(std::abs(got - expected) < 1e-9, qPrintable(QString("%1 vs naive %2").arg(got).arg(expected)));
    if (kind == 2) QVERIFY(got < 1e-12);
    if (kind == 3) QVERIFY(got > 1 - 1e-12);
  }

  void rms_change_is_per_image_rms_of_the_difference() {
    torch::manual_seed(2);
    const auto a = torch::rand({2, 3, 8, 6}) * 2 - 1, b = torch::rand({2, 3, 8, 6}) * 2 - 1;
    inspect::TrajectoryMetrics m;
    m.add(record(0, a, 0.5, 0.1));
    m.add(record(1, b, 2.0, 0.1));
    const auto& row = m.rows().at(1);
    QCOMPARE(row.x0_change.size(), size_t(2));
    for (int64_t i = 0; i < 2; ++i) {
      double sum = 0;
      const auto d = (b[i] - a[i]).contiguous();
      for (int64_t j = 0; j < d.numel(); ++j) sum += std::pow(double(d.data_ptr<float>()[j]), 2);
      QVERIFY(std::abs(row.x0_change[size_t(i)] - std::sqrt(sum / d.numel())) < 1e-7);
    }
  }

  void rows_and_csv_of_a_known_trajectory() {
    // Two images, constant x0 predictions: the RMS change is the change of the constant.
    const double v[3][2] = {{0.0, 0.5}, {0.25, 0.25}, {0.5, -0.75}};
    inspect::TrajectoryMetrics m;
    for (int k = 0; k < 3; ++k) {
      auto x0 = torch::tensor({float(v[k][0]), float(v[k][1])}).view({2, 1, 1, 1}).expand({2, 3, 4, 4}).contiguous();
      auto r = record(k, x0, std::exp(double(k) - 1.0), 0.1 * (k + 1));
      r.guidance_gap = torch::tensor({1.0f + k, 2.0f});
      if (k == 2) r.threshold_scale = torch::tensor({1.0f, 1.5f});
      m.add(r);
    }
    QCOMPARE(m.batch(), 2);
    const auto& rows = m.rows();
    QCOMPARE(rows.size(), size_t(3));
    QVERIFY(rows[0].x0_change.empty() && std::isnan(rows[0].x0_change_mean));
    QCOMPARE(rows[1].x0_change, (std::vector<double>{0.25, 0.25}));
    QCOMPARE(rows[2].x0_change, (std::vector<double>{0.25, 1.0}));
    QCOMPARE(rows[2].x0_change_mean, 0.625);
    for (int k = 0; k < 3; ++k) {
      QVERIFY(std::abs(rows[size_t(k)].log_snr - (k - 1.0)) < 1e-12);
      QCOMPARE(rows[size_t(k)].blurriness, (std::vector<double>{0.0, 0.0}));
      QCOMPARE(rows[size_t(k)].guidance_gap_mean, (1.0 + k + 2.0) / 2);
    }
    QVERIFY(std::isnan(rows[1].threshold_scale_mean));
    QCOMPARE(rows[2].threshold_scale_mean, 1.25);
    QVERIFY(std::abs(rows[2].seconds_running_mean - 0.2) < 1e-12);

    std::stringstream csv(m.to_csv());
    std::string line;
    std::getline(csv, line);
    QCOMPARE(line, std::string("step,respaced_index,timestep,model_index,snr,log_snr,x0_change_mean,blurriness_mean,"
                               "guidance_gap_mean,threshold_scale_mean,seconds,seconds_running_mean,"
                               "x0_change_0,x0_change_1,blurriness_0,blurriness_1,guidance_gap_0,guidance_gap_1,"
                               "threshold_scale_0,threshold_scale_1"));
    std::vector<std::vector<std::string>> fields;
    while (std::getline(csv, line)) fields.push_back(split(line));
    QCOMPARE(fields.size(), size_t(3));
    for (const auto& f : fields) QCOMPARE(f.size(), size_t(20));
    QCOMPARE(fields[0][0], std::string("1"));  // steps count from 1, as the studio shows them
    QCOMPARE(fields[2][2], std::string("199"));
    QCOMPARE(fields[0][6], std::string(""));   // no x0 change at the first step
    QCOMPARE(fields[1][9], std::string(""));   // thresholding off
    QCOMPARE(std::stod(fields[2][6]), 0.625);
    QCOMPARE(std::stod(fields[2][13]), 1.0);   // x0_change_1
    QCOMPARE(std::stod(fields[2][18]), 1.0);   // threshold_scale_0
    QVERIFY(std::abs(std::stod(fields[1][5]) - 0.0) < 1e-9);
    QVERIFY(std::abs(std::stod(fields[2][11]) - 0.2) < 1e-9);

    const std::string short_csv = m.to_csv(/*per_image=*/false);
    QCOMPARE(split(short_csv.substr(0, short_csv.find('\n'))).size(), size_t(12));
  }

  void x0_change_needs_the_previous_step() {
    inspect::TrajectoryMetrics m;
    const auto x = torch::zeros({1, 3, 4, 4});
    m.add(record(0, x, 1, 0));
    m.add(record(2, x + 1, 1, 0));  // a branch that skipped step 1
    QVERIFY(m.rows()[1].x0_change.empty());
    m.add(record(3, x, 1, 0));
    QCOMPARE(m.rows()[2].x0_change, (std::vector<double>{1.0}));
    inspect::TrajectoryMetrics copy = m;
    copy.add(record(4, x, 1, 0));
    QCOMPARE(copy.rows()[3].x0_change, (std::vector<double>{0.0}));
    QCOMPARE(m.rows().size(), size_t(3));
    m.clear();
    QVERIFY(m.empty());
  }
};

QTEST_GUILESS_MAIN(TestTrajectoryMetrics)
#include "test_trajectory_metrics.moc"
