// SPDX-License-Identifier: GPL-3.0-or-later
// UniPC (Zhao et al. 2023, arXiv 2302.04867) with B(h) = e^-h - 1 ("bh2"), data prediction:
// at each step the corrector UniC (Algorithm 2, eq. 8) refines the x this step starts from
// with the fresh x0 (no extra network pass), then the predictor UniP-p (Algorithm 1, eq. 7)
// steps on. Order 3 without guidance and 2 with it (the paper's recommendation, Sec. 5), the
// first steps lower for want of history and the last steps lower ("lower_order_final", as
// diffusers' UniPCMultistepScheduler); into the clean end the step is x' = x0.
#include <algorithm>
#include <array>
#include <cmath>

#include "core/sampling/solvers/noise_level.h"
#include "core/sampling/solvers/solvers.h"

namespace patchdiff::sampling::solvers {

namespace {

// Solves the n x n system (n <= 3) by Gaussian elimination with partial pivoting.
std::vector<double> solve(std::vector<std::vector<double>> a, std::vector<double> b) {
  const size_t n = b.size();
  for (size_t c = 0; c < n; ++c) {
    size_t p = c;
    for (size_t r = c + 1; r < n; ++r)
      if (std::abs(a[r][c]) > std::abs(a[p][c])) p = r;
    std::swap(a[c], a[p]);
    std::swap(b[c], b[p]);
    for (size_t r = c + 1; r < n; ++r) {
      const double f = a[r][c] / a[c][c];
      for (size_t k = c; k < n; ++k) a[r][k] -= f * a[c][k];
      b[r] -= f * b[c];
    }
  }
  std::vector<double> x(n);
  for (size_t i = n; i-- > 0;) {
    double s = b[i];
    for (size_t k = i + 1; k < n; ++k) s -= a[i][k] * x[k];
    x[i] = s / a[i][i];
  }
  return x;
}

// The terms of one UniP/UniC update from the point `from` (where `x0_from` was made) to
// `to`, with `order` - 1 older x0 predictions of `state` (newest last): the base
// (first-order) update and the scaled differences D_k / r_k and coefficients R, b of eq. 7/8.
struct UniTerms {
  torch::Tensor base;                 // sigma_vp'/sigma_vp x - alpha' (e^-h - 1) x0_from
  double scale = 0.0;                 // alpha' B(h)
  std::vector<torch::Tensor> diffs;   // (x0_k - x0_from) / r_k, k = 1..order-1
  std::vector<std::vector<double>> r_powers;  // R: rows i = 0..order-1 of r_k^i (with r = 1 last)
  std::vector<double> b;              // b_i = h phi_{i+1}(h) i! / B(h)
};

UniTerms uni_terms(const Denoiser& denoiser, const torch::Tensor& x, const torch::Tensor& x0_from,
                   const NoiseLevel& from, const NoiseLevel& to, const SolverState& older, int order) {
  UniTerms t;
  const double h = to.lambda - from.lambda;
  const double hh = -h;  // data prediction
  const double h_phi_1 = std::expm1(hh);
  const double b_h = std::expm1(hh);  // bh2
  std::vector<double> rks;
  for (int i = 1; i < order; ++i) {
    const size_t k = older.history.size() - static_cast<size_t>(i);
    const double lambda_k = noise_level(denoiser, older.history_points[k]).lambda;
    const double rk = (lambda_k - from.lambda) / h;
    rks.push_back(rk);
    t.diffs.push_back((older.history[k] - x0_from) / rk);
  }
  rks.push_back(1.0);
  double h_phi_k = h_phi_1 / hh - 1.0;
  double factorial = 1.0;
  for (int i = 1; i <= order; ++i) {
    std::vector<double> row;
    for (double rk : rks) row.push_back(std::pow(rk, i - 1));
    t.r_powers.push_back(row);
    t.b.push_back(h_phi_k * factorial / b_h);
    factorial *= (i + 1);
    h_phi_k = h_phi_k / hh - 1.0 / factorial;
  }
  t.base = (to.sigma_vp / from.sigma_vp) * x - to.alpha * h_phi_1 * x0_from;
  t.scale = to.alpha * b_h;
  return t;
}

// UniP-p (eq. 7): order 1 is DDIM; order 2 takes rho = 1/2 (the paper's bh2 choice).
torch::Tensor predict(const Denoiser& denoiser, const torch::Tensor& x, const torch::Tensor& x0,
                      const NoiseLevel& from, const NoiseLevel& to, const SolverState& older, int order) {
  const UniTerms t = uni_terms(denoiser, x, x0, from, to, older, order);
  if (order == 1) return t.base;
  std::vector<double> rho = {0.5};
  if (order > 2) {
    std::vector<std::vector<double>> r(static_cast<size_t>(order - 1));
    for (int i = 0; i < order - 1; ++i)
      r[static_cast<size_t>(i)].assign(t.r_powers[static_cast<size_t>(i)].begin(),
                                       t.r_powers[static_cast<size_t>(i)].begin() + order - 1);
    rho = solve(r, std::vector<double>(t.b.begin(), t.b.begin() + order - 1));
  }
  torch::Tensor sum = rho[0] * t.diffs[0];
  for (size_t k = 1; k < t.diffs.size(); ++k) sum = sum + rho[k] * t.diffs[k];
  return t.base - t.scale * sum;
}

// UniC-p (eq. 8): the previous step's update again, now also with the x0 made where it landed.
torch::Tensor correct(const Denoiser& denoiser, const torch::Tensor& x_prev, const torch::Tensor& x0_prev,
                      const torch::Tensor& x0_here, const NoiseLevel& from, const NoiseLevel& to,
                      const SolverState& older, int order) {
  const UniTerms t = uni_terms(denoiser, x_prev, x0_prev, from, to, older, order);
  const std::vector<double> rho = order == 1 ? std::vector<double>{0.5} : solve(t.r_powers, t.b);
  torch::Tensor sum = rho.back() * (x0_here - x0_prev);
  for (size_t k = 0; k < t.diffs.size(); ++k) sum = sum + rho[k] * t.diffs[k];
  return t.base - t.scale * sum;
}

// UniPC's state: the x0 predictions (newest last), then one more entry, marked by the clean
// point, holding the x that the last predictor started from (the corrector's x_prev).
struct UniState {
  SolverState x0s;
  torch::Tensor previous_x;
};

UniState unpack(const SolverState& state) {
  UniState u;
  u.x0s = state;
  if (!u.x0s.history.empty() && u.x0s.history_points.back().is_clean()) {
    u.previous_x = u.x0s.history.back();
    u.x0s.history.pop_back();
    u.x0s.history_points.pop_back();
  }
  return u;
}

SolverState pack(UniState u) {
  u.x0s.history.push_back(u.previous_x);
  u.x0s.history_points.push_back(EvalPoint::clean());
  return u.x0s;
}

// The state without its newest entry: the history a step's x0_from had behind it.
SolverState without_newest(const SolverState& state) {
  SolverState older = state;
  older.history.pop_back();
  older.history_points.pop_back();
  return older;
}

}  // namespace

StepOutput unipc_step(const StepContext& ctx, const torch::Tensor& x_in, SolverState& state) {
  StepOutput out;
  const EvalPoint point = ctx.point();
  out.first = ctx.denoiser(x_in, point);
  const torch::Tensor x0 = out.first.x0;
  const NoiseLevel here = noise_level(ctx.denoiser, point);
  const NoiseLevel next = noise_level(ctx.denoiser, ctx.next_point());
  const int max_order = ctx.settings.order > 0 ? ctx.settings.order : (ctx.denoiser.guiding() ? 2 : 3);

  UniState u = unpack(state);
  const int n = static_cast<int>(ctx.points.size());
  torch::Tensor x = x_in;
  if (u.previous_x.defined() && !u.x0s.history.empty()) {
    // The previous step's order, as it chose it (below) with one step more to go.
    const int previous_order = std::min({max_order, n - ctx.index + 1, static_cast<int>(u.x0s.history.size())});
    const NoiseLevel prev = noise_level(ctx.denoiser, u.x0s.history_points.back());
    x = correct(ctx.denoiser, u.previous_x, u.x0s.history.back(), x0, prev, here, without_newest(u.x0s),
                previous_order);
  }
  remember(u.x0s, x0, point, static_cast<size_t>(max_order));

  int order = std::min({max_order, n - ctx.index, static_cast<int>(u.x0s.history.size())});
  if (next.clean()) order = 1;
  out.x_next = next.clean() ? x0 : predict(ctx.denoiser, x, x0, here, next, without_newest(u.x0s), order);
  u.previous_x = x;
  state = pack(std::move(u));
  return out;
}

}  // namespace patchdiff::sampling::solvers
