// SPDX-License-Identifier: GPL-3.0-or-later
// Convergence order of the ODE solvers on a problem with an exact answer (Gaussian data,
// tests/sampling/toy_gaussian.h): the error at 8, 16, 32 and 64 steps falls as N^-p with p
// the solver's order, and the split model is the one of the evaluated point's SNR, also for
// Heun's second pass and across multistep history.
// The schedule is `exponential` (uniform log-SNR steps, DPM-Solver's time variable): on the
// linear schedule's uniform-t grid the last step's log-SNR interval shrinks only like
// log(T/N), so multistep solvers in lambda are still far from their asymptotic order at 64
// steps (ddim runs on it: first order there too). The order is the slope fitted over 16, 32
// and 64 steps; 8 steps is in the log and must have a larger error than 64, but a multistep
// solver's first (first-order) step makes it pre-asymptotic. UniPC's corrector adds one
// order to the predictor's (Zhao et al. 2023: UniC raises the order of accuracy by
// one), hence its upper bounds.
#include <QtTest/QtTest>

#include <cmath>

#include "core/diffusion/snr_splits.h"
#include "sampling/toy_gaussian.h"

using namespace patchdiff;

namespace {

// RMS error of the final sample against the exact ODE solution followed by the same final
// denoising step (every solver ends with x' = D(x) from the least noisy table entry).
double toy_error(const std::string& solver, const std::string& schedule, int steps, int order = 0) {
  const auto d = test::toy_diffusion(std::to_string(steps));
  sampling::SamplerSettings settings;
  settings.solver = solver;
  settings.schedule = schedule;
  settings.order = order;
  settings.clip_denoised = false;
  settings.guidance_scale = 1.0;
  const test::ToyDenoiser denoiser(d, {}, settings);
  const auto points = sampling::schedule_points(schedule, d);
  torch::manual_seed(0);
  const auto x_T = torch::randn({2, 3, 8, 8}, torch::kFloat32);
  const auto result = test::toy_run(denoiser, points, settings, x_T);
  const double a = std::sqrt(denoiser.alpha_bar(points.front()));
  const double sigma_max = denoiser.sigma(points.front()), sigma_min = denoiser.sigma(points.back());
  const auto exact = test::toy_denoised_ve(test::toy_exact_ve(x_T.to(torch::kDouble), a, sigma_max, sigma_min), sigma_min);
  return (result.to(torch::kDouble) - exact).pow(2).mean().sqrt().item<double>();
}

// Least-squares slope of log(error) against log(steps), negated: the observed order.
double fitted_order(const std::vector<int>& steps, const std::vector<double>& errors) {
  double mx = 0, my = 0;
  for (size_t i = 0; i < steps.size(); ++i) {
    mx += std::log(steps[i]);
    my += std::log(errors[i]);
  }
  mx /= steps.size();
  my /= steps.size();
  double sxy = 0, sxx = 0;
  for (size_t i = 0; i < steps.size(); ++i) {
    sxy += (std::log(steps[i]) - mx) * (std::log(errors[i]) - my);
    sxx += (std::log(steps[i]) - mx) * (std::log(steps[i]) - mx);
  }
  return -sxy / sxx;
}

}  // namespace

class TestSolverOrder : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void error_falls_with_the_solvers_order_data() {
    QTest::addColumn<QString>("solver");
    QTest::addColumn<QString>("schedule");
    QTest::addColumn<int>("order");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::newRow("euler") << "euler" << "exponential" << 0 << 0.8 << 1.2;
    QTest::newRow("ddim uniform") << "ddim" << "uniform" << 0 << 0.8 << 1.2;
    QTest::newRow("heun") << "heun" << "exponential" << 0 << 1.8 << 2.6;
    QTest::newRow("dpmpp_2m") << "dpmpp_2m" << "exponential" << 0 << 1.7 << 2.4;
    QTest::newRow("unipc order 2") << "unipc" << "exponential" << 2 << 2.0 << 3.5;
    QTest::newRow("unipc order 3") << "unipc" << "exponential" << 3 << 2.0 << 4.3;
  }
  void error_falls_with_the_solvers_order() {
    QFETCH(QString, solver);
    QFETCH(QString, schedule);
    QFETCH(int, order);
    QFETCH(double, low);
    QFETCH(double, high);
    const std::vector<int> steps = {8, 16, 32, 64};
    std::vector<double> errors;
    for (int n : steps) errors.push_back(toy_error(solver.toStdString(), schedule.toStdString(), n, order));
    const double p = fitted_order({16, 32, 64}, {errors[1], errors[2], errors[3]});
    QVERIFY2(errors[3] < errors[0], "64 steps must be more accurate than 8");
    qInfo("%s/%s: errors %.3g %.3g %.3g %.3g, fitted order %.2f", qPrintable(solver), qPrintable(schedule),
          errors[0], errors[1], errors[2], errors[3], p);
    QVERIFY2(p >= low && p <= high, qPrintable(QString("fitted order %1 outside [%2, %3]").arg(p).arg(low).arg(high)));
  }

  // Every denoiser call, Heun's second pass included, runs the split model of the SNR of
  // the point it evaluates; a multistep run across the boundary keeps its history (two
  // identical split models give exactly the one-model result).
  void split_model_follows_the_evaluated_point_data() {
    QTest::addColumn<QString>("solver");
    QTest::addColumn<QString>("schedule");
    QTest::newRow("heun") << "heun" << "uniform";
    QTest::newRow("heun karras") << "heun" << "karras";
    QTest::newRow("dpmpp_2m") << "dpmpp_2m" << "uniform";
    QTest::newRow("unipc") << "unipc" << "exponential";
  }
  void split_model_follows_the_evaluated_point() {
    QFETCH(QString, solver);
    QFETCH(QString, schedule);
    const auto d = test::toy_diffusion("12");
    sampling::SamplerSettings settings;
    settings.solver = solver.toStdString();
    settings.schedule = schedule.toStdString();
    settings.clip_denoised = false;
    const std::vector<double> boundaries = diffusion::snr_boundaries({0.25});
    const test::ToyDenoiser split(d, {0.25}, settings);
    const test::ToyDenoiser single(d, {}, settings);
    const auto points = sampling::schedule_points(settings.schedule, d);
    torch::manual_seed(1);
    const auto x_T = torch::randn({2, 3, 8, 8});
    const auto with_split = test::toy_run(split, points, settings, x_T);
    const auto without = test::toy_run(single, points, settings, x_T);
    bool both_models_ran[2] = {false, false};
    for (const auto& call : split.calls) {
      const double ab = split.alpha_bar(sampling::EvalPoint::at_timestep(call.timestep));
      QCOMPARE(call.model_index, diffusion::split_model_for_snr(ab / (1.0 - ab), boundaries));
      both_models_ran[call.model_index] = true;
    }
    QVERIFY(both_models_ran[0] && both_models_ran[1]);
    if (solver == "heun") {  // two passes a step but the last
      QCOMPARE(split.calls.size(), 2 * points.size() - 1);
      // Some step's second pass is served by the other model than its first.
      bool crossed = false;
      for (size_t i = 0; i + 1 < split.calls.size(); i += 2)
        crossed = crossed || split.calls[i].model_index != split.calls[i + 1].model_index;
      QVERIFY(crossed);
    }
    QVERIFY(torch::equal(with_split, without));
  }
};

QTEST_GUILESS_MAIN(TestSolverOrder)
#include "test_solver_order.moc"
