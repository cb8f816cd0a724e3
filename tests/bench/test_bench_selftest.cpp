// SPDX-License-Identifier: GPL-3.0-or-later
// patchdiff selftest's core: every reference case of ../shared/reference passes on the CPU
// in float32 with the fast paths off and on (the fused attention layout through its plain-ops
// stand-in where LibTorch has no fused kernel; the CPU's own kernels and channels-last
// convolutions), so the same check can vouch for CUDA.
#include "core/bench/selftest.h"
#include "core/error.h"
#include "core/model/fast_paths.h"
#include "support/shared_data.h"

using namespace patchdiff;

class TestBenchSelftest : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void selftest_passes_with_fast_paths_data() {
    QTest::addColumn<QString>("paths");
    QTest::newRow("plain") << "conv=0,attn=0,attn_cpu=0,nhwc=0";
    QTest::newRow("fast") << "conv=1,attn=1,attn_emulate=1,nhwc=0";
    QTest::newRow("cpu") << "conv=1,attn=1,attn_emulate=0,attn_cpu=1,nhwc=1";
  }
  void selftest_passes_with_fast_paths() {
    QFETCH(QString, paths);
    const model::FastPaths saved = model::fast_paths();
    model::apply_fast_paths(paths.toStdString());
    bench::SelftestSettings s;
    s.reference_dir = test::shared_dir() + "/reference";
    const auto cases = bench::run_selftest(s);
    model::fast_paths() = saved;
    QVERIFY(cases.size() >= 5);
    for (const auto& c : cases)
      QVERIFY2(c.passed, qPrintable(QString("%1 %2: error %3").arg(c.kind.c_str(), c.name.c_str()).arg(c.max_error)));
  }

  void missing_reference_is_a_clear_error() {
    bench::SelftestSettings s;
    s.reference_dir = test::temp_dir();
    QVERIFY_THROWS_EXCEPTION(IoError, bench::run_selftest(s));
  }
};

QTEST_GUILESS_MAIN(TestBenchSelftest)
#include "test_bench_selftest.moc"
