// SPDX-License-Identifier: GPL-3.0-or-later
// core/training/adamw: LibTorch's AdamW behind our adapter equals, bit for bit, the
// hand-written AdamW it replaced (kept below as the reference), and optimizer state in the
// layout that code wrote resumes to the same numbers.
#include <ATen/CPUGeneratorImpl.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/training/adamw.h"
#include "support/error_of.h"

namespace model = patchdiff::model;
namespace training = patchdiff::training;

namespace {

// The hand-written AdamW of core/training/adamw.cpp before LibTorch's replaced it (PyTorch
// 1.13's single-tensor torch.optim.AdamW order of operations), with its save_state layout.
struct ReferenceAdamW {
  std::vector<std::string> names;
  std::vector<torch::Tensor> params, exp_avg, exp_avg_sq;
  training::AdamWOptions o;
  int64_t step_count = 0;

  ReferenceAdamW(std::vector<std::string> n, std::vector<torch::Tensor> p, training::AdamWOptions options)
      : names(std::move(n)), params(std::move(p)), o(options) {
    for (const auto& t : params) {
      exp_avg.push_back(torch::zeros_like(t));
      exp_avg_sq.push_back(torch::zeros_like(t));
    }
  }
  void step(const std::vector<torch::Tensor>& grads, double lr) {
    torch::NoGradGuard no_grad;
    ++step_count;
    const double bias_correction1 = 1 - std::pow(o.beta1, static_cast<double>(step_count));
    const double bias_correction2 = 1 - std::pow(o.beta2, static_cast<double>(step_count));
    const double step_size = lr / bias_correction1;
    const double bias_correction2_sqrt = std::sqrt(bias_correction2);
    for (size_t i = 0; i < params.size(); ++i) {
      params[i].mul_(1 - lr * o.weight_decay);
      exp_avg[i].mul_(o.beta1).add_(grads[i], 1 - o.beta1);
      exp_avg_sq[i].mul_(o.beta2).addcmul_(grads[i], grads[i], 1 - o.beta2);
      const auto denom = (exp_avg_sq[i].sqrt() / bias_correction2_sqrt).add_(o.eps);
      params[i].addcdiv_(exp_avg[i], denom, -step_size);
    }
  }
  model::StateDict state() const {
    model::StateDict out;
    for (size_t i = 0; i < params.size(); ++i) {
      out.insert(names[i] + ".exp_avg", exp_avg[i]);
      out.insert(names[i] + ".exp_avg_sq", exp_avg_sq[i]);
      out.insert(names[i] + ".step", torch::tensor(static_cast<float>(step_count)));
    }
    return out;
  }
};

const std::vector<std::string> kNames{"input_blocks.0.0.weight", "out.2.bias", "label_emb.weight"};

std::vector<torch::Tensor> initial_params() {
  torch::manual_seed(11);
  return {torch::randn({8, 3, 3, 3}), torch::randn({6}), torch::randn({10, 16})};
}

std::vector<torch::Tensor> clones(const std::vector<torch::Tensor>& ts) {
  std::vector<torch::Tensor> out;
  for (const auto& t : ts) out.push_back(t.clone());
  return out;
}

// The gradients of step k: seeded, so both optimizers see the same ones.
std::vector<torch::Tensor> grads_for(int64_t k, const std::vector<torch::Tensor>& params) {
  auto gen = at::detail::createCPUGenerator(static_cast<uint64_t>(1000 + k));
  std::vector<torch::Tensor> out;
  for (const auto& p : params) out.push_back(torch::randn(p.sizes(), gen) * 0.1);
  return out;
}

// The trainer's annealed learning rate, so every step uses a different one.
double lr_at(int64_t k) { return 2e-3 * (1.0 - static_cast<double>(k) / 400.0); }

training::AdamWOptions options() {
  training::AdamWOptions o;
  o.weight_decay = 0.05;
  return o;
}

bool all_bitwise_equal(const std::vector<torch::Tensor>& a, const std::vector<torch::Tensor>& b) {
  for (size_t i = 0; i < a.size(); ++i)
    if (!torch::equal(a[i], b[i])) return false;
  return true;
}

}  // namespace

class TestAdamW : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { torch::set_num_threads(1); }

  void equalsTheHandWrittenAdamWBitForBitOver200Steps() {
    ReferenceAdamW reference(kNames, clones(initial_params()), options());
    training::AdamW ours(kNames, clones(initial_params()), options());
    for (int64_t k = 0; k < 200; ++k) {
      const auto grads = grads_for(k, reference.params);
      reference.step(grads, lr_at(k));
      ours.step(clones(grads), lr_at(k));
      QVERIFY2(all_bitwise_equal(ours.params(), reference.params), qPrintable(QStringLiteral("step %1").arg(k + 1)));
    }
    QCOMPARE(ours.steps_taken(), int64_t(200));
    // The saved state is the old layout, entry for entry.
    model::StateDict saved;
    ours.save_state(saved);
    const model::StateDict expected = reference.state();
    QCOMPARE(saved.keys(), expected.keys());
    for (const auto& [name, tensor] : expected) QVERIFY2(torch::equal(saved.at(name), tensor), name.c_str());
  }

  void stateInTheOldLayoutResumesIdentically() {
    // 100 steps with the hand-written optimizer, its state saved as it saved it; then both
    // continue for 100 more: the resumed adapter from the file, the reference in memory.
    ReferenceAdamW reference(kNames, clones(initial_params()), options());
    for (int64_t k = 0; k < 100; ++k) reference.step(grads_for(k, reference.params), lr_at(k));
    const model::StateDict old_file = reference.state();

    training::AdamW resumed(kNames, clones(reference.params), options());
    resumed.load_state(old_file, "opt000100.pt");
    QCOMPARE(resumed.steps_taken(), int64_t(100));
    for (int64_t k = 100; k < 200; ++k) {
      const auto grads = grads_for(k, reference.params);
      reference.step(grads, lr_at(k));
      resumed.step(clones(grads), lr_at(k));
    }
    QVERIFY(all_bitwise_equal(resumed.params(), reference.params));
  }

  void missingOrMisshapedStateNamesTheParameter() {
    training::AdamW ours(kNames, clones(initial_params()), options());
    model::StateDict partial;
    partial.insert("out.2.bias.exp_avg", torch::zeros({6}));
    std::string msg = patchdiff::test::error_of<patchdiff::CheckpointError>([&] { ours.load_state(partial, "opt.pt"); });
    QVERIFY2(msg.find("'opt.pt' has no AdamW state for 'input_blocks.0.0.weight'") != std::string::npos, msg.c_str());

    ReferenceAdamW reference(kNames, clones(initial_params()), options());
    reference.step(grads_for(0, reference.params), 1e-3);
    model::StateDict wrong = reference.state();
    wrong.insert("out.2.bias.exp_avg", torch::zeros({7}));
    msg = patchdiff::test::error_of<patchdiff::CheckpointError>([&] { ours.load_state(wrong, "opt.pt"); });
    QVERIFY2(msg.find("for 'out.2.bias'") != std::string::npos, msg.c_str());
    QCOMPARE(ours.steps_taken(), int64_t(0));  // a failed load changes nothing
  }
};

QTEST_GUILESS_MAIN(TestAdamW)
#include "test_adamw.moc"
