// SPDX-License-Identifier: GPL-3.0-or-later
// core/model/state_dict: reading the real checkpoints in ../shared. reference/*.pt are
// OrderedDicts with `_metadata` (BUILD); models/*.pt are plain dicts saved from cuda:0
// tensors in float16. Both must load on a CPU-only build.
#include <caffe2/serialize/inline_container.h>

#include <cstring>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/model/state_dict.h"
#include "support/shared_data.h"

using patchdiff::model::CheckpointFile;
using patchdiff::model::read_checkpoint;
namespace test = patchdiff::test;

namespace {

// torch.save numbers storages in the order the pickle first meets them, so for a file
// without shared storages tensor i lives in record data/i: checks both values and order.
void verify_against_records(const std::string& path, const CheckpointFile& file) {
  caffe2::serialize::PyTorchStreamReader reader(path);
  size_t i = 0;
  for (const auto& [name, tensor] : file.tensors) {
    auto [data, size] = reader.getRecord("data/" + std::to_string(i++));
    const torch::Tensor flat = tensor.contiguous();
    QVERIFY2(flat.nbytes() <= size, name.c_str());
    QVERIFY2(std::memcmp(flat.data_ptr(), data.get(), flat.nbytes()) == 0, name.c_str());
  }
}

void verify_on_cpu(const CheckpointFile& file, torch::Dtype dtype) {
  for (const auto& [name, tensor] : file.tensors) {
    QVERIFY2(tensor.device().is_cpu(), name.c_str());
    QVERIFY2(tensor.scalar_type() == dtype, name.c_str());
  }
}

}  // namespace

class TestCheckpointRead : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void reference_counts_match_index_data() {
    QTest::addColumn<QString>("model");
    const auto index = nlohmann::json::parse(test::reference_index_text());
    for (const auto& item : index.at("models").items()) {
      QTest::newRow(item.key().c_str()) << QString::fromStdString(item.key());
    }
  }

  // index.json's `keys` and `n_params` for every reference state_dict.
  void reference_counts_match_index() {
    QFETCH(QString, model);
    const auto index = nlohmann::json::parse(test::reference_index_text());
    const auto& entry = index.at("models").at(model.toStdString());
    const std::string path = test::reference_path(entry.at("state_dict").get<std::string>());
    const CheckpointFile file = read_checkpoint(path);
    QCOMPARE(int64_t(file.tensors.size()), entry.at("keys").get<int64_t>());
    QCOMPARE(file.tensors.numel(), entry.at("n_params").get<int64_t>());
    QCOMPARE(file.chosen_entry, std::string());
    QVERIFY(file.available_entries.empty());
    QCOMPARE(file.path, path);
  }

  void reference_values_follow_records_data() {
    QTest::addColumn<QString>("file");
    for (const char* f : {"base_p2.pt", "cond_p4.pt", "updown_p1.pt"}) QTest::newRow(f) << f;
  }

  // float32 OrderedDicts with _metadata: values, order and dtype as stored.
  void reference_values_follow_records() {
    QFETCH(QString, file);
    const std::string path = test::reference_path(file.toStdString());
    const CheckpointFile ckpt = read_checkpoint(path);
    verify_on_cpu(ckpt, torch::kFloat32);
    verify_against_records(path, ckpt);
  }

  void half_precision_reference_data() {
    QTest::addColumn<QString>("file");
    for (const char* f : {"cond_p8.pt", "cond_p8b.pt"}) QTest::newRow(f) << f;
  }

  // cond_p8*.pt hold float16 tensors: read as float16, not converted.
  void half_precision_reference() {
    QFETCH(QString, file);
    const std::string path = test::reference_path(file.toStdString());
    const CheckpointFile ckpt = read_checkpoint(path);
    verify_on_cpu(ckpt, torch::kFloat16);
    verify_against_records(path, ckpt);
  }

  void cuda_saved_models_load_on_cpu_data() {
    QTest::addColumn<QString>("file");
    for (const char* f : {"emoji64_p1.pt", "emoji64_p2.pt", "emoji64_p4.pt", "emoji64_p8.pt"})
      QTest::newRow(f) << f;
  }

  // Saved from cuda:0 storages; a CPU-only LibTorch must still place them.
  void cuda_saved_models_load_on_cpu() {
    QFETCH(QString, file);
    const std::string path = test::shared_dir() + "/models/" + file.toStdString();
    const CheckpointFile ckpt = read_checkpoint(path);
    QVERIFY(!ckpt.tensors.empty());
    QCOMPARE(ckpt.chosen_entry, std::string());
    verify_on_cpu(ckpt, torch::kFloat16);
    verify_against_records(path, ckpt);
    QVERIFY(ckpt.tensors.contains("label_embs.weight"));
    QCOMPARE(ckpt.tensors.keys().front(), std::string("label_embs.weight"));
  }

  // Lookup by name agrees with iteration, and a missing key is a CheckpointError.
  void lookup_by_name() {
    const CheckpointFile ckpt = read_checkpoint(test::reference_path("base_p2.pt"));
    for (const auto& [name, tensor] : ckpt.tensors) {
      QVERIFY(ckpt.tensors.find(name) != nullptr);
      QVERIFY(ckpt.tensors.at(name).is_same(tensor));
    }
    QVERIFY(ckpt.tensors.find("no.such.key") == nullptr);
    bool thrown = false;
    try {
      ckpt.tensors.at("no.such.key");
    } catch (const patchdiff::CheckpointError& e) {
      thrown = std::string(e.what()).find("'no.such.key'") != std::string::npos;
    }
    QVERIFY(thrown);
  }
};

QTEST_GUILESS_MAIN(TestCheckpointRead)
#include "test_checkpoint_read.moc"
