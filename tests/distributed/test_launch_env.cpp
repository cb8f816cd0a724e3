// SPDX-License-Identifier: GPL-3.0-or-later
// core/distributed/launch_env: the launchers' variables (torchrun, Open MPI, Slurm), the
// --dist_init forms, and the errors for missing or contradictory values. No processes.
#include <map>

#include "core/distributed/launch_env.h"
#include "support/error_of.h"

using namespace patchdiff;
using distributed::DistFlags;
using distributed::InitMethod;
using distributed::LaunchEnv;

namespace {

using Vars = std::map<std::string, std::string>;

distributed::EnvLookup lookup(const Vars& vars) {
  return [vars](const std::string& name) -> std::optional<std::string> {
    const auto it = vars.find(name);
    if (it == vars.end()) return std::nullopt;
    return it->second;
  };
}

LaunchEnv read(const Vars& vars, const DistFlags& flags = {}) {
  return distributed::read_launch_env(lookup(vars), flags);
}

std::string error_for(const Vars& vars, const DistFlags& flags = {}) {
  return test::error_of<ConfigError>([&] { read(vars, flags); });
}

const Vars kMaster{{"MASTER_ADDR", "node0"}, {"MASTER_PORT", "29500"}};

Vars with(Vars base, const Vars& more) {
  for (const auto& [k, v] : more) base[k] = v;
  return base;
}

}  // namespace

class TestLaunchEnv : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void no_launcher_is_one_process() {
    const auto env = read({});
    QCOMPARE(env.rank, 0);
    QCOMPARE(env.world_size, 1);
    QVERIFY(!env.distributed());
    QCOMPARE(env.launcher, std::string("none"));
  }

  void torchrun_variables() {
    const auto env = read(with(kMaster, {{"RANK", "3"}, {"WORLD_SIZE", "8"}, {"LOCAL_RANK", "1"},
                                         {"LOCAL_WORLD_SIZE", "2"}, {"TORCHELASTIC_RUN_ID", "none"},
                                         {"TORCHELASTIC_USE_AGENT_STORE", "True"},
                                         {"TORCHELASTIC_RESTART_COUNT", "2"}}));
    QCOMPARE(env.rank, 3);
    QCOMPARE(env.world_size, 8);
    QCOMPARE(env.local_rank, 1);
    QCOMPARE(env.local_world_size, 2);
    QCOMPARE(env.launcher, std::string("torchrun"));
    QVERIFY(env.init == InitMethod::Env);
    QCOMPARE(env.master_addr, std::string("node0"));
    QCOMPARE(env.master_port, 29500);
    QVERIFY(env.agent_store);
    QCOMPARE(env.restart_count, 2);
  }

  void agent_store_only_when_torchrun_says_so() {
    const auto env = read(with(kMaster, {{"RANK", "1"}, {"WORLD_SIZE", "2"}, {"TORCHELASTIC_USE_AGENT_STORE", "False"}}));
    QVERIFY(!env.agent_store);
    QCOMPARE(env.launcher, std::string("RANK/WORLD_SIZE"));
  }

  void open_mpi_variables() {
    const auto env = read(with(kMaster, {{"OMPI_COMM_WORLD_RANK", "5"}, {"OMPI_COMM_WORLD_SIZE", "6"},
                                         {"OMPI_COMM_WORLD_LOCAL_RANK", "2"}, {"OMPI_COMM_WORLD_LOCAL_SIZE", "3"}}));
    QCOMPARE(env.rank, 5);
    QCOMPARE(env.world_size, 6);
    QCOMPARE(env.local_rank, 2);
    QCOMPARE(env.local_world_size, 3);
    QCOMPARE(env.launcher, std::string("mpirun"));
  }

  void slurm_step_variables() {
    const auto env = read(with(kMaster, {{"SLURM_PROCID", "4"}, {"SLURM_NTASKS", "8"}, {"SLURM_LOCALID", "0"},
                                         {"SLURM_STEP_ID", "0"}, {"SLURM_STEP_TASKS_PER_NODE", "4(x2)"}}));
    QCOMPARE(env.rank, 4);
    QCOMPARE(env.world_size, 8);
    QCOMPARE(env.local_rank, 0);
    QCOMPARE(env.local_world_size, 4);
    QCOMPARE(env.launcher, std::string("srun"));
  }

  void sbatch_script_without_srun_is_one_process() {
    // The batch script itself sees SLURM_PROCID/SLURM_NTASKS but is not one of the tasks.
    const auto env = read({{"SLURM_PROCID", "0"}, {"SLURM_NTASKS", "8"}, {"SLURM_LOCALID", "0"}});
    QVERIFY(!env.distributed());
  }

  void torchrun_inside_srun_wins() {
    // One torchrun agent per node under srun: SLURM_PROCID is the node, RANK the process.
    const auto env = read(with(kMaster, {{"SLURM_PROCID", "1"}, {"SLURM_NTASKS", "2"}, {"SLURM_STEP_ID", "0"},
                                         {"RANK", "5"}, {"WORLD_SIZE", "8"}, {"LOCAL_RANK", "1"}}));
    QCOMPARE(env.rank, 5);
    QCOMPARE(env.world_size, 8);
  }

  void file_and_tcp_init() {
    auto env = read({{"RANK", "1"}, {"WORLD_SIZE", "2"}}, {"file:///tmp/run.store", ""});
    QVERIFY(env.init == InitMethod::File);
    QCOMPARE(env.store_path, std::string("/tmp/run.store"));
    env = read({{"RANK", "0"}, {"WORLD_SIZE", "2"}}, {"tcp://10.0.0.1:1234", "90"});
    QVERIFY(env.init == InitMethod::Tcp);
    QCOMPARE(env.master_addr, std::string("10.0.0.1"));
    QCOMPARE(env.master_port, 1234);
    QCOMPARE(env.timeout.count(), 90000);
  }

  void one_process_needs_no_master() { QCOMPARE(read({{"RANK", "0"}, {"WORLD_SIZE", "1"}}).world_size, 1); }

  void errors_name_the_variable_data() {
    QTest::addColumn<QString>("case_name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("rank without world") << "rank_only" << "RANK is set but WORLD_SIZE is not";
    QTest::newRow("rank too large") << "rank_large" << "RANK=2 is not below WORLD_SIZE=2";
    QTest::newRow("not a number") << "nan" << "WORLD_SIZE='two' is not a whole number";
    QTest::newRow("negative") << "negative" << "RANK='-1' is not a whole number >= 0";
    QTest::newRow("local rank") << "local" << "LOCAL_RANK=2 is not below LOCAL_WORLD_SIZE=2";
    QTest::newRow("torchrun vs mpirun") << "contradict" << "contradict OMPI_COMM_WORLD_RANK/SIZE";
    QTest::newRow("no master addr") << "no_addr" << "MASTER_ADDR is not set";
    QTest::newRow("no master port") << "no_port" << "MASTER_PORT is not set";
    QTest::newRow("bad port") << "bad_port" << "MASTER_PORT '70000' is not a port number";
    QTest::newRow("bad init") << "bad_init" << "--dist_init 'nfs://x': expected env://";
    QTest::newRow("empty file") << "empty_file" << "--dist_init file:// needs a path";
    QTest::newRow("tcp without port") << "tcp_noport" << "expected tcp://HOST:PORT";
    QTest::newRow("bad timeout") << "bad_timeout" << "--dist_timeout '0'";
  }
  void errors_name_the_variable() {
    QFETCH(QString, case_name);
    QFETCH(QString, expected);
    const Vars two{{"RANK", "1"}, {"WORLD_SIZE", "2"}};
    std::string message;
    const std::string c = case_name.toStdString();
    if (c == "rank_only") message = error_for({{"RANK", "1"}});
    if (c == "rank_large") message = error_for(with(kMaster, {{"RANK", "2"}, {"WORLD_SIZE", "2"}}));
    if (c == "nan") message = error_for({{"RANK", "0"}, {"WORLD_SIZE", "two"}});
    if (c == "negative") message = error_for({{"RANK", "-1"}, {"WORLD_SIZE", "2"}});
    if (c == "local") message = error_for(with(with(kMaster, two), {{"LOCAL_RANK", "2"}, {"LOCAL_WORLD_SIZE", "2"}}));
    if (c == "contradict")
      message = error_for(with(with(kMaster, two), {{"OMPI_COMM_WORLD_RANK", "0"}, {"OMPI_COMM_WORLD_SIZE", "2"}}));
    if (c == "no_addr") message = error_for(with(two, {{"MASTER_PORT", "29500"}}));
    if (c == "no_port") message = error_for(with(two, {{"MASTER_ADDR", "node0"}}));
    if (c == "bad_port") message = error_for(with(two, {{"MASTER_ADDR", "node0"}, {"MASTER_PORT", "70000"}}));
    if (c == "bad_init") message = error_for(two, {"nfs://x", ""});
    if (c == "empty_file") message = error_for(two, {"file://", ""});
    if (c == "tcp_noport") message = error_for(two, {"tcp://host", ""});
    if (c == "bad_timeout") message = error_for(two, {"file:///tmp/x", "0"});
    QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
  }

  void missing_master_says_what_to_export() {
    const auto message = error_for({{"OMPI_COMM_WORLD_RANK", "1"}, {"OMPI_COMM_WORLD_SIZE", "2"}});
    QVERIFY2(message.find("rank 1 of 2") != std::string::npos, message.c_str());
    QVERIFY2(message.find("export") != std::string::npos, message.c_str());
    QVERIFY2(message.find("file://PATH") != std::string::npos, message.c_str());
  }
};

QTEST_GUILESS_MAIN(TestLaunchEnv)
#include "test_launch_env.moc"
