// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Starts the ranks of a multi-process run on this machine, as torchrun would (RANK,
// WORLD_SIZE, LOCAL_RANK, LOCAL_WORLD_SIZE), meeting through a FileStore in a fresh folder
// (no ports to pick) and Gloo on the loopback interface, one intra-op thread each.
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QThread>

#include <chrono>
#include <filesystem>
#include <memory>
#include <vector>

#include "support/shared_data.h"

namespace patchdiff::test {

struct RankResult {
  int exit_code = -1;  // -1: crashed, killed or timed out
  QString out, err;
};

class RankProcesses {
 public:
  // `args_of(rank)` gives rank r's arguments; "{init}" in them becomes file://<store>.
  template <typename ArgsOf>
  RankProcesses(const QString& program, int world, ArgsOf&& args_of) {
    const std::string store = (std::filesystem::path(temp_dir()) / "store").string();
    m_init = QString::fromStdString("file://" + store);
    for (int r = 0; r < world; ++r) {
      auto env = QProcessEnvironment::systemEnvironment();
      for (const char* name : {"RANK", "WORLD_SIZE", "LOCAL_RANK", "LOCAL_WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT",
                               "OMPI_COMM_WORLD_RANK", "OMPI_COMM_WORLD_SIZE", "SLURM_PROCID", "SLURM_STEP_ID",
                               "TORCHELASTIC_USE_AGENT_STORE"})
        env.remove(name);
      if (world > 1) {
        env.insert("RANK", QString::number(r));
        env.insert("WORLD_SIZE", QString::number(world));
        env.insert("LOCAL_RANK", QString::number(r));
        env.insert("LOCAL_WORLD_SIZE", QString::number(world));
      }
      env.insert("GLOO_SOCKET_IFNAME", "lo");
      env.insert("OMP_NUM_THREADS", "1");
      auto process = std::make_unique<QProcess>();
      process->setProcessEnvironment(env);
      QStringList args = args_of(r);
      for (auto& a : args) a.replace("{init}", m_init);
      process->start(program, args);
      m_processes.push_back(std::move(process));
    }
  }
  ~RankProcesses() {
    for (auto& p : m_processes)
      if (p->state() != QProcess::NotRunning) {
        p->kill();
        p->waitForFinished(5000);
      }
  }

  QProcess& process(int rank) { return *m_processes.at(static_cast<size_t>(rank)); }

  // Reads what the running ranks have written so far (so no pipe fills up while a test
  // waits for something else), for about `ms` milliseconds.
  void pump(int ms) {
    for (auto& p : m_processes)
      if (p->state() == QProcess::Running) p->waitForReadyRead(ms / static_cast<int>(m_processes.size()));
    QThread::msleep(10);
  }

  // Waits for rank r to end (at most `timeout_ms`) and returns what it did.
  RankResult wait(int rank, int timeout_ms = 600000) {
    auto& p = process(rank);
    RankResult r;
    if (p.state() != QProcess::NotRunning && !p.waitForFinished(timeout_ms)) {
      p.kill();
      p.waitForFinished(5000);
      r.err = "timed out";
      return r;
    }
    r.exit_code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
  }
  std::vector<RankResult> wait_all(int timeout_ms = 600000) {
    std::vector<RankResult> out;
    for (int r = 0; r < static_cast<int>(m_processes.size()); ++r) out.push_back(wait(r, timeout_ms));
    return out;
  }

 private:
  QString m_init;
  std::vector<std::unique_ptr<QProcess>> m_processes;
};

}  // namespace patchdiff::test
