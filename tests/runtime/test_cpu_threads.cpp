// SPDX-License-Identifier: GPL-3.0-or-later
// core/runtime/cpu_threads: one thread per physical core within the CPU quota, read from a
// /sys tree built here (SMT siblings, cgroup v1 and v2, missing topology), and --threads.
#include <QObject>
#include <QTemporaryDir>
#include <QtTest>

#include <torch/torch.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

#include "core/runtime/cpu_threads.h"
#include "support/error_of.h"

namespace fs = std::filesystem;
using namespace patchdiff;

namespace {

void write_text(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << text << "\n";
}

// CPU n of a fake /sys under `root`, in package `package` and core `core`.
void add_cpu(const fs::path& root, int n, int package, int core) {
  const fs::path dir = root / "sys/devices/system/cpu" / ("cpu" + std::to_string(n)) / "topology";
  write_text(dir / "physical_package_id", std::to_string(package));
  write_text(dir / "core_id", std::to_string(core));
}

// Restores OMP_NUM_THREADS (ctest sets it) and LibTorch's thread count after each case.
struct EnvGuard {
  std::optional<std::string> omp = std::getenv("OMP_NUM_THREADS") ? std::optional<std::string>(std::getenv("OMP_NUM_THREADS"))
                                                                   : std::nullopt;
  int threads = torch::get_num_threads();
  ~EnvGuard() {
    if (omp)
      ::setenv("OMP_NUM_THREADS", omp->c_str(), 1);
    else
      ::unsetenv("OMP_NUM_THREADS");
    torch::set_num_threads(threads);
  }
};

}  // namespace

class TestCpuThreads : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void smtSiblingsCountOnce() {
    QTemporaryDir dir;
    const fs::path root = dir.path().toStdString();
    // Two packages, two cores each, two SMT threads per core: 8 logical CPUs, 4 cores.
    for (int n = 0; n < 8; ++n) add_cpu(root, n, n / 4, (n / 2) % 2);
    const auto budget = runtime::measure_cpu_budget({0, 1, 2, 3, 4, 5, 6, 7}, root.string());
    QCOMPARE(budget.logical_cpus, 8);
    QCOMPARE(budget.physical_cores, 4);
    QCOMPARE(budget.quota_cpus, 0.0);
    QCOMPARE(runtime::default_cpu_threads(budget), 4);
    // An affinity mask of one core's two siblings and one other CPU: 2 cores.
    QCOMPARE(runtime::measure_cpu_budget({0, 1, 6}, root.string()).physical_cores, 2);
  }

  void withoutTopologyEveryCpuIsACore() {
    QTemporaryDir dir;
    const fs::path root = dir.path().toStdString();
    add_cpu(root, 0, 0, 0);  // cpu1 has no topology files
    const auto budget = runtime::measure_cpu_budget({0, 1}, root.string());
    QCOMPARE(budget.physical_cores, 2);
  }

  void cgroupV2QuotaCapsTheDefault() {
    QTemporaryDir dir;
    const fs::path root = dir.path().toStdString();
    for (int n = 0; n < 16; ++n) add_cpu(root, n, 0, n);
    std::vector<int> cpus;
    for (int n = 0; n < 16; ++n) cpus.push_back(n);
    write_text(root / "sys/fs/cgroup/cpu.max", "150000 100000");
    auto budget = runtime::measure_cpu_budget(cpus, root.string());
    QCOMPARE(budget.quota_cpus, 1.5);
    QCOMPARE(runtime::default_cpu_threads(budget), 2);  // rounded up
    write_text(root / "sys/fs/cgroup/cpu.max", "max 100000");
    budget = runtime::measure_cpu_budget(cpus, root.string());
    QCOMPARE(budget.quota_cpus, 0.0);
    QCOMPARE(runtime::default_cpu_threads(budget), 16);
  }

  void cgroupV1QuotaCapsTheDefault() {
    QTemporaryDir dir;
    const fs::path root = dir.path().toStdString();
    for (int n = 0; n < 8; ++n) add_cpu(root, n, 0, n);
    write_text(root / "sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us", "300000");
    write_text(root / "sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us", "100000");
    const std::vector<int> cpus{0, 1, 2, 3, 4, 5, 6, 7};
    QCOMPARE(runtime::default_cpu_threads(runtime::measure_cpu_budget(cpus, root.string())), 3);
    write_text(root / "sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us", "-1");
    QCOMPARE(runtime::default_cpu_threads(runtime::measure_cpu_budget(cpus, root.string())), 8);
  }

  void thisMachineHasAtLeastOneCore() {
    const auto budget = runtime::measure_cpu_budget();
    QVERIFY(budget.logical_cpus >= 1);
    QVERIFY(budget.physical_cores >= 1 && budget.physical_cores <= budget.logical_cpus);
    QVERIFY(runtime::default_cpu_threads(budget) >= 1);
  }

  void requestedEnvironmentAndDefault() {
    EnvGuard guard;
    QCOMPARE(runtime::use_cpu_threads(3), 3);
    QCOMPARE(torch::get_num_threads(), 3);
    ::setenv("OMP_NUM_THREADS", "1", 1);
    QCOMPARE(runtime::use_cpu_threads(), 1);  // the user's OMP_NUM_THREADS, as OpenMP would
    QCOMPARE(torch::get_num_threads(), 1);
    ::unsetenv("OMP_NUM_THREADS");
    const int expected = runtime::default_cpu_threads(runtime::measure_cpu_budget());
    QCOMPARE(runtime::use_cpu_threads(), expected);
    QCOMPARE(runtime::use_cpu_threads(0), expected);  // 0 asks for the default
    QCOMPARE(torch::get_num_threads(), expected);
  }

  void outOfRangeIsAClearError() {
    EnvGuard guard;
    QCOMPARE(QString::fromStdString(test::error_of<ConfigError>([] { runtime::use_cpu_threads(-2); })),
             QStringLiteral("--threads must be between 0 (the default) and 1024, got -2"));
    QVERIFY(test::error_of<ConfigError>([] { runtime::use_cpu_threads(5000); }).find("got 5000") !=
            std::string::npos);
  }
};

QTEST_GUILESS_MAIN(TestCpuThreads)
#include "test_cpu_threads.moc"
