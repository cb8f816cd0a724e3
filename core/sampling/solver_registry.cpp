// SPDX-License-Identifier: GPL-3.0-or-later
// The solver table: one row per solver (id, title, noise, eta, passes per step, step function).
#include "core/error.h"
#include "core/sampling/solver.h"
#include "core/sampling/solvers/solvers.h"

namespace patchdiff::sampling {

const std::vector<Solver>& solver_registry() {
  static const std::vector<Solver> registry = {
      // id, title, draws_noise, uses_eta, evaluations_per_step
      {{"ddpm", "DDPM", true, false, 1}, &solvers::ddpm_step},
      {{"ddim", "DDIM", true, true, 1}, &solvers::ddim_step},
  };
  return registry;
}

const Solver& find_solver(const std::string& id) {
  std::string known;
  for (const auto& s : solver_registry()) {
    if (s.info.id == id) return s;
    known += (known.empty() ? "" : ", ") + s.info.id;
  }
  throw ConfigError("unknown sampler '" + id + "' (known: " + known + ")");
}

const std::vector<SolverInfo>& solver_infos() {
  static const std::vector<SolverInfo> infos = [] {
    std::vector<SolverInfo> out;
    for (const auto& s : solver_registry()) out.push_back(s.info);
    return out;
  }();
  return infos;
}

const SolverInfo& solver_info(const std::string& id) { return find_solver(id).info; }

}  // namespace patchdiff::sampling
