// SPDX-License-Identifier: GPL-3.0-or-later
// Soak (offscreen): 100 generate/cancel cycles and 20 complete runs through the studio's
// worker, with resident memory flat after a warm-up and the trajectory store inside its
// memory budget throughout. The growth is printed (QINFO) for docs/reliability.md.
#include <QFile>

#include "tests/ui/studio_test_util.h"
#include "ui/inspect/trajectory_store.h"

using namespace patchdiff;

namespace {
// Resident set size of this process in MB (/proc/self/statm: pages).
double residentMb() {
  QFile statm(QStringLiteral("/proc/self/statm"));
  if (!statm.open(QIODevice::ReadOnly)) return -1;
  const QList<QByteArray> fields = statm.readAll().split(' ');
  return fields.size() > 1 ? fields[1].toDouble() * 4096.0 / (1024.0 * 1024.0) : -1;
}
}  // namespace

class TestStudioSoak : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() { test::isolateSettings(); }

  void memory_stays_flat_over_many_runs() {
    ui::MainWindow w;
    QVERIFY(test::selectPatch(w, 8));
    test::fastSettings(w, 6, 2, 5);
    // A small budget, so the store must drop older trajectories many times over.
    const qint64 budget = qint64(2) << 20;
    w.store()->setMemoryBudget(budget);
    qint64 maxUsed = 0;
    auto cycle = [&](bool cancelEarly) {
      if (w.generate() == 0) return false;
      if (cancelEarly) {
        if (!QTest::qWaitFor([&] { return w.store()->frameCount() >= 1 || !w.controller()->isRunning(); }, 60000))
          return false;
        w.cancel();
      }
      const bool ended = test::waitForRunEnd(w, 120000);
      maxUsed = std::max(maxUsed, w.store()->memoryUsed());
      return ended;
    };
    for (int i = 0; i < 10; ++i) QVERIFY(cycle(i % 2 == 0));  // warm-up: caches, allocator pools
    const double warm = residentMb();
    for (int i = 0; i < 100; ++i) QVERIFY2(cycle(true), qPrintable(QStringLiteral("cancel cycle %1").arg(i)));
    const double afterCancels = residentMb();
    for (int i = 0; i < 20; ++i) QVERIFY2(cycle(false), qPrintable(QStringLiteral("complete run %1").arg(i)));
    QTest::qWait(100);
    const double after = residentMb();
    qInfo("resident memory: %.1f MB after warm-up, %.1f MB after 100 cancelled runs, %.1f MB after 20 more "
          "complete runs (growth %.1f MB); trajectory store at most %.2f MB of its %.2f MB budget",
          warm, afterCancels, after, after - warm, maxUsed / 1048576.0, budget / 1048576.0);
    QVERIFY(warm > 0);
    QVERIFY2(after - warm < 40.0, "resident memory grows run after run");
    QVERIFY2(maxUsed <= budget, "the trajectory store went over its budget");
    QVERIFY(!w.store()->history().isEmpty());  // History keeps the newest runs (capped)
  }
};

PATCHDIFF_STUDIO_TEST_MAIN(TestStudioSoak)
#include "test_studio_soak.moc"
