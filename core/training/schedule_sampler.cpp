// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/training/schedule_sampler.h"

#include <cmath>
#include <numeric>

#include "core/diffusion/snr_splits.h"
#include "core/error.h"

namespace patchdiff::training {

TimestepDraw ScheduleSampler::sample(int64_t batch, at::Generator& generator) const {
  const auto w = weights();
  const double total = std::accumulate(w.begin(), w.end(), 0.0);
  auto p = torch::tensor(w, torch::kFloat64) / total;
  TimestepDraw draw;
  draw.t = torch::multinomial(p, batch, /*replacement=*/true, generator);
  // 1 / (T p[t]), computed in float64 and cast, as the original's numpy.
  draw.weights = (1.0 / (static_cast<double>(w.size()) * p.index_select(0, draw.t))).to(torch::kFloat32);
  return draw;
}

namespace {

class UniformSampler : public ScheduleSampler {
 public:
  explicit UniformSampler(int64_t steps) : m_steps(steps) {}
  std::vector<double> weights() const override { return std::vector<double>(static_cast<size_t>(m_steps), 1.0); }
  TimestepDraw sample(int64_t batch, at::Generator& generator) const override {
    return {torch::randint(m_steps, {batch}, generator, torch::kLong), torch::ones({batch})};
  }

 private:
  int64_t m_steps;
};

class UniformSplitSampler : public ScheduleSampler {
 public:
  UniformSplitSampler(int64_t steps, std::vector<int> allowed)
      : m_steps(steps), m_allowed(torch::tensor(std::vector<int64_t>(allowed.begin(), allowed.end()))) {}
  std::vector<double> weights() const override {
    std::vector<double> w(static_cast<size_t>(m_steps), 0.0);
    const auto* a = m_allowed.data_ptr<int64_t>();
    for (int64_t i = 0; i < m_allowed.numel(); ++i) w[static_cast<size_t>(a[i])] = 1.0;
    return w;
  }
  TimestepDraw sample(int64_t batch, at::Generator& generator) const override {
    const auto pick = torch::randint(m_allowed.numel(), {batch}, generator, torch::kLong);
    // 1 / (T * (1 / n_k)) = n_k / T
    const double weight = static_cast<double>(m_allowed.numel()) / static_cast<double>(m_steps);
    return {m_allowed.index_select(0, pick), torch::full({batch}, static_cast<float>(weight))};
  }

 private:
  int64_t m_steps;
  torch::Tensor m_allowed;  // int64 [n_k]
};

// Importance sampling by the RMS of the last 10 losses per step, once every step has 10
// (Nichol & Dhariwal 2021, section 3.3), mixed with 0.1% uniform.
class LossSecondMomentSampler : public ScheduleSampler {
 public:
  explicit LossSecondMomentSampler(int64_t steps)
      : m_history(torch::zeros({steps, kHistory}, torch::kFloat64)),
        m_counts(torch::zeros({steps}, torch::kLong)) {}

  std::vector<double> weights() const override {
    const int64_t steps = m_counts.size(0);
    if (!(m_counts == kHistory).all().item<bool>()) return std::vector<double>(static_cast<size_t>(steps), 1.0);
    auto w = m_history.pow(2).mean(-1).sqrt();
    w = w / w.sum();
    w = w * (1 - kUniformProb) + kUniformProb / static_cast<double>(steps);
    return std::vector<double>(w.data_ptr<double>(), w.data_ptr<double>() + steps);
  }

  void update(const torch::Tensor& t, const torch::Tensor& losses) override {
    const auto ts = t.to(torch::kCPU, torch::kLong).contiguous();
    const auto ls = losses.detach().to(torch::kCPU, torch::kFloat64).contiguous();
    auto history = m_history.accessor<double, 2>();
    auto counts = m_counts.accessor<int64_t, 1>();
    for (int64_t i = 0; i < ts.numel(); ++i) {
      const int64_t step = ts.data_ptr<int64_t>()[i];
      const double loss = ls.data_ptr<double>()[i];
      if (counts[step] == kHistory) {
        for (int64_t j = 0; j + 1 < kHistory; ++j) history[step][j] = history[step][j + 1];
        history[step][kHistory - 1] = loss;
      } else {
        history[step][counts[step]] = loss;
        counts[step] += 1;
      }
    }
  }

  void save_state(model::StateDict& out) const override {
    out.insert("sampler.loss_history", m_history.clone());
    out.insert("sampler.loss_counts", m_counts.clone());
  }
  void load_state(const model::StateDict& in) override {
    const auto* history = in.find("sampler.loss_history");
    const auto* counts = in.find("sampler.loss_counts");
    if (!history || !counts) return;  // started with another sampler: warm up again
    if (history->sizes() != m_history.sizes() || counts->sizes() != m_counts.sizes())
      throw ConfigError("the optimizer file's loss-second-moment history has " +
                        std::to_string(history->size(0)) + " steps, the diffusion has " +
                        std::to_string(m_history.size(0)));
    m_history = history->to(torch::kFloat64).clone();
    m_counts = counts->to(torch::kLong).clone();
  }

 private:
  static constexpr int64_t kHistory = 10;
  static constexpr double kUniformProb = 0.001;
  torch::Tensor m_history;  // float64 [T, 10]
  torch::Tensor m_counts;   // int64 [T]
};

}  // namespace

std::unique_ptr<ScheduleSampler> make_schedule_sampler(const std::string& name,
                                                       const std::vector<double>& snrs,
                                                       const std::vector<double>& snr_splits) {
  const auto steps = static_cast<int64_t>(snrs.size());
  if (name == "uniform") return std::make_unique<UniformSampler>(steps);
  if (name == "loss-second-moment") return std::make_unique<LossSecondMomentSampler>(steps);
  const int k = diffusion::uniform_split_index(name);
  if (k >= 0) {
    const auto boundaries = diffusion::snr_boundaries(snr_splits);
    return std::make_unique<UniformSplitSampler>(
        steps, diffusion::uniform_split_timesteps(snrs, boundaries, k));
  }
  throw ConfigError("unknown --schedule_sampler '" + name +
                    "'; expected uniform, uniform_split_K (K = 0, 1, ... with --snr_splits) or "
                    "loss-second-moment");
}

}  // namespace patchdiff::training
