// SPDX-License-Identifier: GPL-3.0-or-later
// The solver table: one row per solver (id, title, noise, eta, passes per step, step function).
#include "core/error.h"
#include "core/sampling/solver.h"
#include "core/sampling/solvers/solvers.h"

namespace patchdiff::sampling {

const std::vector<Solver>& solver_registry() {
  static const std::vector<Solver> registry = {
      // id, title, draws_noise, uses_eta, evaluations_per_step, default_eta, table_steps_only
      {{"ddpm", "DDPM", true, false, 1, 0.0, true}, &solvers::ddpm_step},
      {{"ddim", "DDIM", true, true, 1, 0.0, true}, &solvers::ddim_step},
      {{"euler", "Euler", false, false, 1}, &solvers::euler_step},
      {{"euler_ancestral", "Euler ancestral", true, false, 1}, &solvers::euler_ancestral_step},
      {{"heun", "Heun", false, false, 2}, &solvers::heun_step},
      {{"dpmpp_2m", "DPM++ 2M", false, false, 1}, &solvers::dpmpp_2m_step},
      {{"dpmpp_2m_sde", "DPM++ 2M SDE", true, true, 1, /*default_eta=*/1.0}, &solvers::dpmpp_2m_sde_step},
      {{"unipc", "UniPC", false, false, 1}, &solvers::unipc_step},
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
