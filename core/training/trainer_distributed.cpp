// SPDX-License-Identifier: GPL-3.0-or-later
// Trainer: what data-parallel training adds to one process (start from rank 0's state,
// per-rank random streams, checkpoints written by rank 0 alone). The gradient averaging
// itself is core/distributed/gradient_sync, called from optimize().
#include <ATen/Context.h>

#include <mutex>

#include "core/error.h"
#include "core/sampling/noise.h"
#include "core/training/trainer.h"

namespace patchdiff::training {

namespace {
constexpr uint64_t kRankSalt = 0x52414E4Bull;     // "RANK": timesteps, label dropout, noise of ranks > 0
constexpr uint64_t kDropoutSalt = 0x44524F50ull;  // "DROP": the default generators (dropout, CUDA noise)
constexpr uint64_t kDataSalt = 0x44415441ull;     // "DATA": shuffles and augmentations of ranks > 0

void reseed(at::Generator gen, uint64_t seed) {
  std::lock_guard<std::mutex> lock(gen.mutex());
  gen.set_current_seed(seed);
}
}  // namespace

uint64_t data_seed(uint64_t seed, const distributed::Communicator& comm) {
  // Rank 0 keeps the one-process stream; the others shuffle their own share differently.
  if (comm.rank() == 0) return seed;
  return sampling::derive_seed(seed ^ kDataSalt, static_cast<uint64_t>(comm.rank()));
}

void Trainer::synchronise_with_rank0() {
  torch::NoGradGuard no_grad;
  // The scalars of the loop and a fingerprint of the optimizer state's shape: every rank
  // must broadcast the same list of tensors below.
  model::StateDict opt;
  m_adam->save_state(opt);
  int64_t opt_numel = 0;
  for (const auto& [name, tensor] : opt) opt_numel += tensor.numel();
  auto scalars = torch::tensor({static_cast<double>(m_step), static_cast<double>(m_resume_position), m_lg_loss_scale,
                                static_cast<double>(m_skipped), static_cast<double>(m_nonfinite_in_row)},
                               torch::kFloat64);
  const auto mine = torch::tensor({static_cast<int64_t>(opt.size()), opt_numel, static_cast<int64_t>(m_master.size())},
                                  torch::kLong);
  std::vector<torch::Tensor> head{scalars, mine.clone()};
  m_comm->broadcast(head, 0, "receiving rank 0's training state");
  if (!torch::equal(head[1], mine))
    throw ConfigError("rank " + std::to_string(m_comm->rank()) +
                      " read different optimizer state than rank 0 (" + std::to_string(mine[0].item<int64_t>()) +
                      " against " + std::to_string(head[1][0].item<int64_t>()) +
                      " tensors): every process must see the same --resume_checkpoint and the files beside it");
  m_step = static_cast<int64_t>(head[0][0].item<double>());
  m_resume_position = static_cast<int64_t>(head[0][1].item<double>());
  m_lg_loss_scale = head[0][2].item<double>();
  m_skipped = static_cast<int64_t>(head[0][3].item<double>());
  m_nonfinite_in_row = static_cast<int>(head[0][4].item<double>());
  m_last_saved = m_step;

  std::vector<torch::Tensor> state(m_master.begin(), m_master.end());
  for (const auto& ema : m_ema) state.insert(state.end(), ema.begin(), ema.end());
  for (const auto& [name, tensor] : opt) state.push_back(tensor);
  m_comm->broadcast(state, 0, "receiving rank 0's weights, EMA and optimizer state");
  if (!m_comm->is_main() && !opt.empty()) m_adam->load_state(opt, "rank 0's optimizer state");
  if (m_precision == Precision::Fp16)
    for (size_t i = 0; i < m_model_params.size(); ++i) m_model_params[i].copy_(m_master[i]);
}

void Trainer::decorrelate_rank_streams() {
  // Rank 0 keeps the streams of a one-process run (and of the checkpoint it resumed from);
  // the others draw their own timesteps, label dropout and noise, derived from the seed,
  // the rank and the step so a resume (with any world size) is reproducible.
  if (m_comm->rank() == 0) return;
  const auto rank = static_cast<uint64_t>(m_comm->rank());
  const auto step = static_cast<uint64_t>(m_step);
  reseed(m_gen, sampling::derive_seed(m_options.seed ^ kRankSalt, rank, step));
  reseed(at::globalContext().defaultGenerator(at::kCPU), sampling::derive_seed(m_options.seed ^ kDropoutSalt, rank, step));
  if (m_device.is_cuda())
    reseed(at::globalContext().defaultGenerator(m_device), sampling::derive_seed(m_options.seed ^ kDropoutSalt, rank, step));
}

void Trainer::checkpoint() {
  if (m_comm->is_main()) save();
  m_last_saved = m_step;
  // The others wait, so a checkpoint on disk is one every rank has passed.
  m_comm->barrier("waiting for rank 0 to write the checkpoint of step " + std::to_string(m_step));
}

}  // namespace patchdiff::training
