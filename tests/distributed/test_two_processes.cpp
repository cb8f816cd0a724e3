// SPDX-License-Identifier: GPL-3.0-or-later
// core/distributed over Gloo with two processes on this machine (tests/distributed/dist_worker):
// the collectives, and data-parallel gradient averaging against one process with twice the
// batch.
#include <filesystem>

#include "core/model/state_dict.h"
#include "distributed/rank_processes.h"

namespace fs = std::filesystem;
using namespace patchdiff;
using test::RankProcesses;

namespace {

QString describe(const std::vector<test::RankResult>& results) {
  QString text;
  for (size_t r = 0; r < results.size(); ++r)
    text += QString("rank %1 exit %2:\n%3%4\n").arg(r).arg(results[r].exit_code).arg(results[r].out, results[r].err);
  return text;
}

}  // namespace

class TestTwoProcesses : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void collectives_over_gloo() {
    RankProcesses ranks(DIST_WORKER_PATH, 2, [](int) { return QStringList{"collectives", "{init}"}; });
    const auto results = ranks.wait_all();
    QVERIFY2(results[0].exit_code == 0 && results[1].exit_code == 0, qPrintable(describe(results)));
  }

  void two_ranks_of_batch_b_match_one_rank_of_batch_2b() {
    // 3 SGD steps (lr 0.05) on the tiny network, global batch 4: one process with all 4 rows
    // against two with 2 rows each. Float tolerance: the two means of 2 averaged differ from
    // the mean of 4 in float32 rounding only (rtol 1e-4, atol 1e-6).
    const std::string dir = test::temp_dir();
    const std::string one = (fs::path(dir) / "one.pt").string(), two = (fs::path(dir) / "two.pt").string();
    {
      RankProcesses single(DIST_WORKER_PATH, 1, [&](int) {
        return QStringList{"gradients", "env://", "4", "3", QString::fromStdString(one)};
      });
      const auto results = single.wait_all();
      QVERIFY2(results[0].exit_code == 0, qPrintable(describe(results)));
    }
    RankProcesses pair(DIST_WORKER_PATH, 2, [&](int) {
      return QStringList{"gradients", "{init}", "4", "3", QString::fromStdString(two)};
    });
    const auto results = pair.wait_all();
    QVERIFY2(results[0].exit_code == 0 && results[1].exit_code == 0, qPrintable(describe(results)));
    const auto a = model::read_checkpoint(one).tensors;
    const auto b = model::read_checkpoint(two).tensors;
    QCOMPARE(a.size(), b.size());
    double worst = 0;
    bool moved = false;
    for (const auto& [name, tensor] : a) {
      const auto& other = b.at(name);
      QVERIFY2(torch::allclose(tensor, other, /*rtol=*/1e-4, /*atol=*/1e-6), name.c_str());
      worst = std::max(worst, (tensor - other).abs().max().item<double>());
      moved = moved || tensor.abs().sum().item<double>() > 0;
    }
    QVERIFY(moved);
    qInfo("largest difference between the weights: %g", worst);
  }
};

QTEST_GUILESS_MAIN(TestTwoProcesses)
#include "test_two_processes.moc"
