// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Batches from an ImageFolder, decoded on worker threads ahead of the training step.
// The stream is a pure function of (seed, position): sample p of the stream is image
// perm_e[p mod N] of epoch e = p / N (a fresh shuffle per epoch, as the original's
// DataLoader(shuffle=True)), its crop and flip drawn from a generator seeded by (seed, p).
// So the stream does not depend on thread timing, and a resumed run continues it exactly
// from the saved position. Unlike the original (drop_last), epochs are joined end to end,
// so a batch may span two epochs and a folder smaller than a batch still trains.
#include <torch/torch.h>

#include <condition_variable>
#include <cstdint>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "core/io/image_folder.h"

namespace patchdiff::training {

struct Batch {
  torch::Tensor images;  // [B, 3, S, S] float32 in [-1, 1], CPU
  torch::Tensor labels;  // [B] int64, or undefined when unconditional
  int64_t position = 0;  // stream position of the first image
};

class DataLoader {
 public:
  DataLoader(std::shared_ptr<const io::ImageFolder> folder, int64_t batch_size, uint64_t seed,
             int num_workers, int64_t start_position = 0, int prefetch_batches = 4);
  ~DataLoader();
  DataLoader(const DataLoader&) = delete;
  DataLoader& operator=(const DataLoader&) = delete;

  // The next batch (blocks until a worker has it); rethrows a worker's error.
  Batch next();
  // Samples handed out so far (the position to resume from).
  int64_t position() const { return m_next_batch * m_batch_size + m_start; }
  const io::ImageFolder& folder() const { return *m_folder; }

  // The image index at stream position p (for tests and logs).
  size_t index_at(int64_t position) const;

 private:
  void work();
  Batch make_batch(int64_t batch_index) const;
  std::shared_ptr<const std::vector<uint32_t>> permutation(int64_t epoch) const;

  std::shared_ptr<const io::ImageFolder> m_folder;
  int64_t m_batch_size;
  uint64_t m_seed;
  int64_t m_start;
  int m_prefetch;

  mutable std::mutex m_mutex;
  std::condition_variable m_ready, m_space;
  std::map<int64_t, Batch> m_done;
  std::map<int64_t, std::exception_ptr> m_errors;
  int64_t m_next_batch = 0;   // next batch handed out by next()
  int64_t m_next_claim = 0;   // next batch a worker starts
  bool m_stop = false;
  mutable std::mutex m_perm_mutex;
  mutable std::map<int64_t, std::shared_ptr<const std::vector<uint32_t>>> m_perms;
  std::vector<std::thread> m_workers;
};

}  // namespace patchdiff::training
