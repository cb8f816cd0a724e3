// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where this process sits in a multi-process run, read from the launcher's environment:
// torchrun (RANK, WORLD_SIZE, LOCAL_RANK, LOCAL_WORLD_SIZE, MASTER_ADDR, MASTER_PORT,
// TORCHELASTIC_USE_AGENT_STORE), Open MPI's mpirun (OMPI_COMM_WORLD_*) and Slurm's srun
// (SLURM_PROCID, SLURM_NTASKS, SLURM_LOCALID), plus --dist_init (env://, file://PATH,
// tcp://HOST:PORT). Pure parsing: no sockets, no c10d, so it is unit-tested without processes.
#include <chrono>
#include <functional>
#include <optional>
#include <string>

namespace patchdiff::distributed {

// How the processes find each other.
enum class InitMethod {
  Env,   // env://: MASTER_ADDR:MASTER_PORT (rank 0 serves the store, or torchrun's agent does)
  File,  // file://PATH: a FileStore on a file system every rank sees (one machine, tests)
  Tcp,   // tcp://HOST:PORT: as env:// with the address given on the command line
};

struct LaunchEnv {
  int rank = 0;
  int world_size = 1;
  int local_rank = 0;
  int local_world_size = 1;  // 0 when the launcher does not say
  std::string launcher = "none";  // "torchrun", "mpirun", "srun" or "none"

  InitMethod init = InitMethod::Env;
  std::string store_path;   // File
  std::string master_addr;  // Env, Tcp
  int master_port = 0;      // Env, Tcp
  // torchrun's agent serves the store at MASTER_ADDR:MASTER_PORT; every worker is a client
  // and keys live under /worker/attempt_<TORCHELASTIC_RESTART_COUNT>.
  bool agent_store = false;
  int restart_count = 0;

  std::chrono::milliseconds timeout{std::chrono::minutes(30)};

  bool distributed() const { return world_size > 1; }
  bool is_main() const { return rank == 0; }
  // "rank 1 of 2 (local rank 1, torchrun)" for messages.
  std::string describe() const;
};

// Looks up an environment variable (std::getenv in the program, a map in tests).
using EnvLookup = std::function<std::optional<std::string>(const std::string&)>;
EnvLookup process_environment();

// The command line's --dist_init ("" or "env://" for the default) and --dist_timeout (seconds,
// "" for the default of 30 minutes).
struct DistFlags {
  std::string init;
  std::string timeout_seconds;
};

// Reads the launcher's variables (torchrun's first, then Open MPI's, then Slurm's; a
// variable set by two launchers must agree). ConfigError naming the variable on a
// malformed, missing or contradictory value, and on a multi-process env:// run without
// MASTER_ADDR / MASTER_PORT (with what to export). One process when no launcher is found.
LaunchEnv read_launch_env(const EnvLookup& env, const DistFlags& flags = {});

}  // namespace patchdiff::distributed
