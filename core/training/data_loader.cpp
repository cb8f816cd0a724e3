// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/training/data_loader.h"

#include <algorithm>
#include <numeric>
#include <random>

#include "core/sampling/noise.h"

namespace patchdiff::training {

namespace {
// Separate streams for the shuffles and the augmentations of one seed.
constexpr uint64_t kShuffleSalt = 0x53485546464C45ull;   // "SHUFFLE"
constexpr uint64_t kAugmentSalt = 0x4155474D454E54ull;   // "AUGMENT"
}  // namespace

DataLoader::DataLoader(std::shared_ptr<const io::ImageFolder> folder, int64_t batch_size,
                       uint64_t seed, int num_workers, int64_t start_position, int prefetch_batches)
    : m_folder(std::move(folder)), m_batch_size(batch_size), m_seed(seed),
      m_start(start_position), m_prefetch(std::max(1, prefetch_batches)) {
  TORCH_CHECK(batch_size > 0, "DataLoader: batch size must be positive");
  for (int i = 0; i < std::max(1, num_workers); ++i) m_workers.emplace_back([this] { work(); });
}

DataLoader::~DataLoader() {
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_stop = true;
  }
  m_space.notify_all();
  m_ready.notify_all();
  for (auto& t : m_workers) t.join();
}

std::shared_ptr<const std::vector<uint32_t>> DataLoader::permutation(int64_t epoch) const {
  std::lock_guard<std::mutex> lock(m_perm_mutex);
  auto it = m_perms.find(epoch);
  if (it != m_perms.end()) return it->second;
  auto perm = std::make_shared<std::vector<uint32_t>>(m_folder->size());
  std::iota(perm->begin(), perm->end(), 0u);
  std::mt19937_64 rng(sampling::derive_seed(m_seed ^ kShuffleSalt, static_cast<uint64_t>(epoch)));
  // Fisher-Yates with our own index draws: std::shuffle's is implementation-defined.
  for (size_t i = perm->size(); i > 1; --i) {
    const size_t j = static_cast<size_t>(rng() % i);
    std::swap((*perm)[i - 1], (*perm)[j]);
  }
  while (m_perms.size() >= 3) m_perms.erase(m_perms.begin());  // batches span at most two epochs
  m_perms[epoch] = perm;
  return perm;
}

size_t DataLoader::index_at(int64_t position) const {
  const auto n = static_cast<int64_t>(m_folder->size());
  return (*permutation(position / n))[static_cast<size_t>(position % n)];
}

Batch DataLoader::make_batch(int64_t batch_index) const {
  Batch batch;
  batch.position = m_start + batch_index * m_batch_size;
  std::vector<torch::Tensor> images;
  std::vector<int64_t> labels;
  const bool labelled = !m_folder->labels().empty();
  for (int64_t j = 0; j < m_batch_size; ++j) {
    const int64_t p = batch.position + j;
    size_t used = 0;
    images.push_back(m_folder->load(index_at(p), sampling::derive_seed(m_seed ^ kAugmentSalt, static_cast<uint64_t>(p)), &used));
    if (labelled) labels.push_back(m_folder->labels()[used]);
  }
  batch.images = torch::stack(images);
  if (labelled) batch.labels = torch::tensor(labels, torch::kLong);
  return batch;
}

void DataLoader::work() {
  while (true) {
    int64_t index = 0;
    {
      std::unique_lock<std::mutex> lock(m_mutex);
      m_space.wait(lock, [&] { return m_stop || m_next_claim < m_next_batch + m_prefetch; });
      if (m_stop) return;
      index = m_next_claim++;
    }
    Batch batch;
    std::exception_ptr error;
    try {
      batch = make_batch(index);
    } catch (...) {
      error = std::current_exception();
    }
    {
      std::lock_guard<std::mutex> lock(m_mutex);
      if (error) m_errors[index] = error;
      else m_done[index] = std::move(batch);
    }
    m_ready.notify_all();
  }
}

Batch DataLoader::next() {
  std::unique_lock<std::mutex> lock(m_mutex);
  const int64_t index = m_next_batch;
  m_ready.wait(lock, [&] { return m_done.count(index) || m_errors.count(index); });
  if (m_errors.count(index)) std::rethrow_exception(m_errors[index]);
  Batch batch = std::move(m_done[index]);
  m_done.erase(index);
  ++m_next_batch;
  lock.unlock();
  m_space.notify_all();
  return batch;
}

}  // namespace patchdiff::training
