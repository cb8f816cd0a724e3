// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/distributed/launch_env.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "core/error.h"

namespace patchdiff::distributed {

namespace {

std::optional<int> read_int(const EnvLookup& env, const std::string& name, int min) {
  const auto value = env(name);
  if (!value || value->empty()) return std::nullopt;
  char* end = nullptr;
  errno = 0;
  const long parsed = std::strtol(value->c_str(), &end, 10);
  if (errno != 0 || end == value->c_str() || *end != '\0' || parsed < min || parsed > 1000000)
    throw ConfigError(name + "='" + *value + "' is not a whole number >= " + std::to_string(min) +
                      " (set by the launcher: check how the job was started)");
  return static_cast<int>(parsed);
}

// One launcher's view of the process: which variables it sets.
struct LauncherVars {
  const char* launcher;
  const char* rank;
  const char* world;
  const char* local_rank;
  const char* local_world;
};

constexpr LauncherVars kTorchrun{"torchrun", "RANK", "WORLD_SIZE", "LOCAL_RANK", "LOCAL_WORLD_SIZE"};
constexpr LauncherVars kMpirun{"mpirun", "OMPI_COMM_WORLD_RANK", "OMPI_COMM_WORLD_SIZE",
                               "OMPI_COMM_WORLD_LOCAL_RANK", "OMPI_COMM_WORLD_LOCAL_SIZE"};
constexpr LauncherVars kSrun{"srun", "SLURM_PROCID", "SLURM_NTASKS", "SLURM_LOCALID", ""};

struct Placement {
  int rank = 0, world = 1, local_rank = 0, local_world = 0;
};

// The placement one launcher's variables give, or nullopt when it set none of them.
std::optional<Placement> read_placement(const EnvLookup& env, const LauncherVars& vars) {
  const auto rank = read_int(env, vars.rank, 0);
  const auto world = read_int(env, vars.world, 1);
  if (!rank && !world) return std::nullopt;
  if (!rank || !world)
    throw ConfigError(std::string(rank ? vars.rank : vars.world) + " is set but " + (rank ? vars.world : vars.rank) +
                      " is not: " + vars.launcher + "-style launches set both (export both, or neither "
                      "for one process)");
  if (*rank >= *world)
    throw ConfigError(std::string(vars.rank) + "=" + std::to_string(*rank) + " is not below " + vars.world + "=" +
                      std::to_string(*world) + " (ranks count from 0)");
  Placement p;
  p.rank = *rank;
  p.world = *world;
  p.local_rank = read_int(env, vars.local_rank, 0).value_or(0);
  if (*vars.local_world) p.local_world = read_int(env, vars.local_world, 1).value_or(0);
  if (p.local_world > 0 && p.local_rank >= p.local_world)
    throw ConfigError(std::string(vars.local_rank) + "=" + std::to_string(p.local_rank) + " is not below " +
                      vars.local_world + "=" + std::to_string(p.local_world));
  if (p.local_world > p.world)
    throw ConfigError(std::string(vars.local_world) + "=" + std::to_string(p.local_world) + " exceeds " +
                      vars.world + "=" + std::to_string(p.world));
  if (p.local_rank > p.rank)
    throw ConfigError(std::string(vars.local_rank) + "=" + std::to_string(p.local_rank) + " exceeds " + vars.rank +
                      "=" + std::to_string(p.rank) + " (a local rank counts the processes of one node)");
  return p;
}

// Slurm's "2(x3),1" task counts per node: the first node's count (our node's when uniform).
int slurm_tasks_per_node(const EnvLookup& env) {
  const auto value = env("SLURM_STEP_TASKS_PER_NODE");
  if (!value || value->empty()) return 0;
  const int first = std::atoi(value->c_str());
  const bool uniform = value->find(',') == std::string::npos;
  return uniform && first > 0 ? first : 0;
}

void parse_init(const std::string& text, const EnvLookup& env, LaunchEnv& out) {
  const std::string init = text.empty() ? "env://" : text;
  auto bad_port = [](const std::string& what, const std::string& value) {
    return ConfigError(what + " '" + value + "' is not a port number (1-65535)");
  };
  auto parse_port = [&](const std::string& what, const std::string& value) {
    char* end = nullptr;
    const long port = std::strtol(value.c_str(), &end, 10);
    if (value.empty() || *end != '\0' || port < 1 || port > 65535) throw bad_port(what, value);
    return static_cast<int>(port);
  };
  if (init == "env://") {
    out.init = InitMethod::Env;
    if (!out.distributed()) return;
    const auto addr = env("MASTER_ADDR");
    const auto port = env("MASTER_PORT");
    if (!addr || addr->empty() || !port || port->empty())
      throw ConfigError(std::string("this is ") + out.describe() + ", but " +
                        (!addr || addr->empty() ? "MASTER_ADDR" : "MASTER_PORT") +
                        " is not set: the processes meet at MASTER_ADDR:MASTER_PORT (rank 0's host and a free "
                        "port). torchrun sets both; under " + (out.launcher == "torchrun" ? "mpirun or srun" : out.launcher) +
                        " export them, e.g. MASTER_ADDR=$(hostname) MASTER_PORT=29500, or pass --dist_init "
                        "file://PATH (a file every process can reach) or tcp://HOST:PORT");
    out.master_addr = *addr;
    out.master_port = parse_port("MASTER_PORT", *port);
    const auto agent = env("TORCHELASTIC_USE_AGENT_STORE");
    out.agent_store = agent && (*agent == "True" || *agent == "true" || *agent == "1");
    out.restart_count = read_int(env, "TORCHELASTIC_RESTART_COUNT", 0).value_or(0);
  } else if (init.rfind("file://", 0) == 0) {
    out.init = InitMethod::File;
    out.store_path = init.substr(7);
    if (out.store_path.empty())
      throw ConfigError("--dist_init file:// needs a path (file:///tmp/run.store): a file all processes can reach");
  } else if (init.rfind("tcp://", 0) == 0) {
    out.init = InitMethod::Tcp;
    const std::string rest = init.substr(6);
    const auto colon = rest.rfind(':');
    if (colon == std::string::npos || colon == 0)
      throw ConfigError("--dist_init '" + init + "': expected tcp://HOST:PORT (rank 0's host and a free port)");
    out.master_addr = rest.substr(0, colon);
    out.master_port = parse_port("--dist_init port", rest.substr(colon + 1));
  } else {
    throw ConfigError("--dist_init '" + init + "': expected env:// (the launcher's MASTER_ADDR/MASTER_PORT), "
                      "file://PATH or tcp://HOST:PORT");
  }
}

}  // namespace

std::string LaunchEnv::describe() const {
  return "rank " + std::to_string(rank) + " of " + std::to_string(world_size) + " (local rank " +
         std::to_string(local_rank) + ", " + launcher + ")";
}

EnvLookup process_environment() {
  return [](const std::string& name) -> std::optional<std::string> {
    const char* value = std::getenv(name.c_str());
    if (!value) return std::nullopt;
    return std::string(value);
  };
}

LaunchEnv read_launch_env(const EnvLookup& env, const DistFlags& flags) {
  LaunchEnv out;
  const auto torchrun = read_placement(env, kTorchrun);
  const auto mpirun = read_placement(env, kMpirun);
  // sbatch's own script also sees SLURM_PROCID and SLURM_NTASKS; only a step started by
  // srun (SLURM_STEP_ID) is one task of many.
  const bool srun_step = env("SLURM_STEP_ID").has_value() || env("SLURM_STEPID").has_value();
  const auto srun = srun_step ? read_placement(env, kSrun) : std::nullopt;
  if (torchrun && mpirun && (torchrun->rank != mpirun->rank || torchrun->world != mpirun->world))
    throw ConfigError("RANK/WORLD_SIZE (" + std::to_string(torchrun->rank) + "/" + std::to_string(torchrun->world) +
                      ") contradict OMPI_COMM_WORLD_RANK/SIZE (" + std::to_string(mpirun->rank) + "/" +
                      std::to_string(mpirun->world) + "): start the program with one launcher, or unset one set");
  // torchrun inside an srun step is usual (one agent per node): its variables win.
  std::optional<Placement> placement;
  if (torchrun) {
    placement = torchrun;
    out.launcher = env("TORCHELASTIC_RUN_ID") ? "torchrun" : "RANK/WORLD_SIZE";
  } else if (mpirun) {
    placement = mpirun;
    out.launcher = "mpirun";
  } else if (srun) {
    placement = srun;
    placement->local_world = slurm_tasks_per_node(env);
    out.launcher = "srun";
  }
  if (placement) {
    out.rank = placement->rank;
    out.world_size = placement->world;
    out.local_rank = placement->local_rank;
    out.local_world_size = placement->local_world;
  }
  if (!flags.timeout_seconds.empty()) {
    char* end = nullptr;
    const double seconds = std::strtod(flags.timeout_seconds.c_str(), &end);
    if (*end != '\0' || !std::isfinite(seconds) || seconds <= 0)
      throw ConfigError("--dist_timeout '" + flags.timeout_seconds + "': expected a positive number of seconds");
    out.timeout = std::chrono::milliseconds(static_cast<int64_t>(std::ceil(seconds * 1000.0)));
  }
  parse_init(flags.init, env, out);
  return out;
}

}  // namespace patchdiff::distributed
