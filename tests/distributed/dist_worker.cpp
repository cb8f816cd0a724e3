// SPDX-License-Identifier: GPL-3.0-or-later
// One rank of the two-process tests (tests/distributed/test_two_processes.cpp starts it, with
// RANK and WORLD_SIZE in its environment and a FileStore in --dist_init):
//   dist_worker collectives FILE_INIT
//     checks all_reduce_sum, broadcast, all_gather, any, gather_shards and barrier; exit 0
//     when right.
//   dist_worker gradients FILE_INIT GLOBAL_BATCH STEPS OUT.pt
//     K training steps of the tiny network on fixed data, timesteps and noise: rank r takes
//     rows [r*B, (r+1)*B) of each global batch (B = GLOBAL_BATCH / world), averages its
//     gradients with GradientSync and takes an SGD step; rank 0 writes the weights to OUT.pt.
//     With one process (no RANK) it is the reference: the whole batch at once.
#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include <cstdio>
#include <string>

#include "core/distributed/communicator.h"
#include "core/distributed/gradient_sync.h"
#include "core/distributed/image_shards.h"
#include "core/model/config_resolver.h"
#include "core/model/state_dict.h"
#include "core/model/unet.h"
#include "core/training/train_network.h"
#include "core/training/training_loss.h"
#include "training/training_test_util.h"

using namespace patchdiff;

namespace {

int check(bool ok, const std::string& what) {
  if (!ok) std::fprintf(stderr, "dist_worker: %s\n", what.c_str());
  return ok ? 0 : 1;
}

int collectives(distributed::Communicator& comm) {
  const int rank = comm.rank(), world = comm.world_size();
  int failures = 0;
  std::vector<torch::Tensor> sums{torch::full({3}, static_cast<float>(rank + 1)), torch::arange(5, torch::kDouble)};
  comm.all_reduce_sum(sums, "test sum");
  failures += check(torch::equal(sums[0], torch::full({3}, static_cast<float>(world * (world + 1) / 2))), "all_reduce_sum float");
  failures += check(torch::equal(sums[1], torch::arange(5, torch::kDouble) * world), "all_reduce_sum double");
  std::vector<torch::Tensor> from_root{torch::full({2, 2}, static_cast<float>(rank == world - 1 ? 7 : rank))};
  comm.broadcast(from_root, world - 1, "test broadcast");
  failures += check(torch::equal(from_root[0], torch::full({2, 2}, 7.0f)), "broadcast from the last rank");
  const auto gathered = comm.all_gather(torch::full({4}, rank, torch::kUInt8), "test gather");
  failures += check(gathered.sizes() == torch::IntArrayRef({world, 4}), "all_gather shape");
  for (int r = 0; r < world; ++r) failures += check(gathered[r].eq(r).all().item<bool>(), "all_gather row");
  failures += check(comm.any(rank == 1, "test any"), "any of one true");
  failures += check(!comm.any(false, "test any"), "any of none true");
  // 5 images over the ranks: rank r holds images r, r + world, ... (image i is filled with i).
  const auto mine = distributed::shard_indices(5, rank, world);
  auto share = torch::empty({static_cast<int64_t>(mine.size()), 2}, torch::kUInt8);
  for (size_t j = 0; j < mine.size(); ++j) share[static_cast<int64_t>(j)].fill_(mine[j]);
  const auto all = distributed::gather_shards(comm, share, 5, "test shards");
  failures += check(torch::equal(all, torch::arange(5, torch::kUInt8).unsqueeze(1).expand({5, 2})), "gather_shards order");
  comm.barrier("test barrier");
  return failures == 0 ? 0 : 1;
}

int gradients(distributed::Communicator& comm, std::shared_ptr<distributed::Communicator> shared, int64_t global_batch,
              int steps, const std::string& out) {
  const auto config = model::resolve_config({}, test::tiny_model_flags(/*learn_sigma=*/true), std::nullopt);
  torch::manual_seed(7);
  model::UNet net(config.model);
  training::zero_init_like_original(*net);
  net->train();
  std::vector<std::string> names;
  std::vector<torch::Tensor> params;
  for (auto& item : net->named_parameters()) {
    names.push_back(item.key());
    params.push_back(item.value());
  }
  training::TrainingLoss loss(config.diffusion, torch::kCPU);
  distributed::GradientSync sync(std::move(shared), /*bucket_bytes=*/int64_t{64} << 10);  // several buckets
  const int64_t local = global_batch / comm.world_size();
  for (int step = 0; step < steps; ++step) {
    // The same global batch on every rank (fixed images, timesteps and noise), then our rows.
    auto gen = at::make_generator<at::CPUGeneratorImpl>(1000 + step);
    const auto x = torch::rand({global_batch, 3, 16, 16}, gen) * 2 - 1;
    const auto t = torch::randint(0, 1000, {global_batch}, gen, torch::kLong);
    const auto noise = torch::randn({global_batch, 3, 16, 16}, gen);
    const int64_t begin = comm.rank() * local;
    for (auto& p : params) p.mutable_grad() = torch::Tensor();
    const auto terms = loss.terms(*net, x.narrow(0, begin, local), t.narrow(0, begin, local),
                                  noise.narrow(0, begin, local), torch::Tensor(), false);
    const auto mean = terms.loss.mean();
    mean.backward();
    torch::NoGradGuard no_grad;
    std::vector<torch::Tensor> grads;
    for (size_t i = 0; i < params.size(); ++i)
      grads.push_back(params[i].grad().defined() ? params[i].grad().clone() : torch::zeros_like(params[i]));
    std::vector<double> stats{mean.item<double>()};
    sync.average(grads, stats, "averaging the gradients of step " + std::to_string(step + 1));
    // Plain gradient descent: the weights move linearly with the averaged gradients, so
    // the comparison measures the averaging (AdamW's normalised step would amplify the
    // rounding of near-zero gradients into differences of the order of the learning rate).
    for (size_t i = 0; i < params.size(); ++i) params[i].sub_(grads[i], /*alpha=*/0.05);
  }
  if (comm.is_main()) {
    model::StateDict weights;
    for (size_t i = 0; i < names.size(); ++i) weights.insert(names[i], params[i].detach());
    model::save_state_dict(out, weights);
  }
  comm.barrier("finishing");
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  torch::set_num_threads(1);
  try {
    if (argc < 3) throw ConfigError("usage: dist_worker collectives|gradients FILE_INIT ...");
    const std::string scenario = argv[1];
    const auto env = distributed::read_launch_env(distributed::process_environment(), {argv[2], "60"});
    auto comm = distributed::Communicator::connect(env, torch::kCPU);
    if (scenario == "collectives") return collectives(*comm);
    if (scenario == "gradients" && argc == 6)
      return gradients(*comm, comm, std::stoll(argv[3]), std::stoi(argv[4]), argv[5]);
    throw ConfigError("unknown scenario or arguments");
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dist_worker: error: %s\n", e.what());
    return 1;
  }
}
