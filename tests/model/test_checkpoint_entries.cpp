// SPDX-License-Identifier: GPL-3.0-or-later
// core/model/state_dict: files that wrap state_dicts ({"model": ..., "ema": ...},
// {"state_dict": ..., "epoch": 3}), parameters, shared storages and `_metadata`, built
// with PickleWriter the way torch.save lays them out.
#include <string>
#include <utility>
#include <vector>

#include "core/error.h"
#include "core/model/pickle_writer.h"
#include "core/model/state_dict.h"
#include "support/shared_data.h"

using patchdiff::model::ArchiveRecord;
using patchdiff::model::CheckpointFile;
using patchdiff::model::PickleWriter;
using patchdiff::model::read_checkpoint;
using patchdiff::model::TensorRef;
namespace test = patchdiff::test;

namespace {

// A file under construction: tensors become storages data/<i>; the pickle is written by hand.
struct Builder {
  PickleWriter w;
  std::vector<torch::Tensor> storages;

  // Emits the tensor `t` (stored whole as a new storage).
  void tensor(const torch::Tensor& t) {
    const torch::Tensor c = t.contiguous();
    TensorRef ref;
    ref.dtype = c.scalar_type();
    ref.key = std::to_string(storages.size());
    ref.location = "cuda:0";
    ref.storage_numel = c.numel();
    ref.sizes = c.sizes().vec();
    ref.strides = c.strides().vec();
    storages.push_back(c);
    w.tensor(ref);
  }

  // Emits an OrderedDict (or dict) of the given tensors.
  void state_dict(const std::vector<std::pair<std::string, torch::Tensor>>& items,
                  bool ordered = true) {
    if (ordered) w.ordered_dict();
    else w.empty_dict();
    w.mark();
    for (const auto& [name, t] : items) {
      w.string(name);
      tensor(t);
    }
    w.setitems();
  }

  std::string save() {
    const std::string pkl = w.finish();
    std::vector<ArchiveRecord> records{{"data.pkl", pkl.data(), pkl.size()}};
    for (size_t i = 0; i < storages.size(); ++i) {
      records.push_back({"data/" + std::to_string(i), storages[i].data_ptr(),
                         storages[i].nbytes()});
    }
    const std::string path = test::temp_dir() + "/wrapped.pt";
    patchdiff::model::write_checkpoint_archive(path, records);
    return path;
  }
};

torch::Tensor model_a() { return torch::full({2, 2}, 1.0); }
torch::Tensor model_b() { return torch::full({3}, 2.0); }
torch::Tensor ema_a() { return torch::full({2, 2}, 3.0); }
torch::Tensor ema_b() { return torch::full({3}, 4.0); }

// {"model": sd, "ema": sd, "step": 100, "opt": {"lr": 0.1, "betas": [0.9, 0.999]}}
std::string model_and_ema() {
  Builder b;
  b.w.empty_dict();
  b.w.mark();
  b.w.string("model");
  b.state_dict({{"a", model_a()}, {"b", model_b()}});
  b.w.string("ema");
  b.state_dict({{"a", ema_a()}, {"b", ema_b()}}, /*ordered=*/false);
  b.w.string("step");
  b.w.integer(100);
  b.w.string("opt");
  b.w.empty_dict();
  b.w.string("lr");
  b.w.real(0.1);
  b.w.setitem();
  b.w.string("betas");
  b.w.empty_list();
  b.w.mark();
  b.w.real(0.9);
  b.w.real(0.999);
  b.w.opcode('e');  // APPENDS
  b.w.setitem();
  b.w.setitems();
  return b.save();
}

std::string error_of(const std::string& path, const std::string& entry) {
  try {
    read_checkpoint(path, entry);
  } catch (const patchdiff::CheckpointError& e) {
    return e.what();
  }
  return "(no CheckpointError thrown)";
}

}  // namespace

class TestCheckpointEntries : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  // With no entry named, "ema" wins; every nested state_dict is reported.
  void default_prefers_ema() {
    const CheckpointFile f = read_checkpoint(model_and_ema());
    QCOMPARE(f.chosen_entry, std::string("ema"));
    QCOMPARE(f.available_entries, (std::vector<std::string>{"model", "ema"}));
    QVERIFY(torch::equal(f.tensors.at("a"), ema_a()));
    QVERIFY(torch::equal(f.tensors.at("b"), ema_b()));
  }

  void entry_by_name() {
    const CheckpointFile f = read_checkpoint(model_and_ema(), "model");
    QCOMPARE(f.chosen_entry, std::string("model"));
    QCOMPARE(f.tensors.keys(), (std::vector<std::string>{"a", "b"}));
    QVERIFY(torch::equal(f.tensors.at("a"), model_a()));
  }

  void single_nested_state_dict() {
    Builder b;
    b.w.empty_dict();
    b.w.mark();
    b.w.string("state_dict");
    b.state_dict({{"w", model_a()}});
    b.w.string("epoch");
    b.w.integer(3);
    b.w.setitems();
    const CheckpointFile f = read_checkpoint(b.save());
    QCOMPARE(f.chosen_entry, std::string("state_dict"));
    QCOMPARE(f.available_entries, std::vector<std::string>{"state_dict"});
    QVERIFY(torch::equal(f.tensors.at("w"), model_a()));
  }

  void several_without_ema_must_be_named() {
    Builder b;
    b.w.empty_dict();
    b.w.mark();
    b.w.string("generator");
    b.state_dict({{"w", model_a()}});
    b.w.string("critic");
    b.state_dict({{"w", model_b()}});
    b.w.setitems();
    const std::string path = b.save();
    const std::string msg = error_of(path, "");
    QVERIFY2(msg.find("several state_dicts (generator, critic)") != std::string::npos,
             msg.c_str());
    QVERIFY2(msg.find("choose one by name") != std::string::npos, msg.c_str());
    QVERIFY(torch::equal(read_checkpoint(path, "critic").tensors.at("w"), model_b()));
  }

  void unknown_entry_lists_available() {
    const std::string msg = error_of(model_and_ema(), "generator");
    QVERIFY2(msg.find("no entry 'generator'") != std::string::npos, msg.c_str());
    QVERIFY2(msg.find("available: model, ema") != std::string::npos, msg.c_str());
  }

  void entry_that_is_not_a_state_dict() {
    const std::string msg = error_of(model_and_ema(), "step");
    QVERIFY2(msg.find("entry 'step' holds an int, expected a state_dict") != std::string::npos,
             msg.c_str());
    const std::string opt = error_of(model_and_ema(), "lr");
    QVERIFY2(opt.find("no entry 'lr'") != std::string::npos, opt.c_str());
  }

  // _rebuild_parameter(tensor, requires_grad, hooks) gives the tensor.
  void parameter_gives_its_tensor() {
    Builder b;
    b.w.empty_dict();
    b.w.string("p");
    b.w.global("torch._utils", "_rebuild_parameter");
    b.w.mark();
    b.tensor(model_b());
    b.w.boolean(true);
    b.w.ordered_dict();
    b.w.tuple_from_mark();
    b.w.reduce();
    b.w.setitem();
    const CheckpointFile f = read_checkpoint(b.save());
    QVERIFY(torch::equal(f.tensors.at("p"), model_b()));
  }

  // Two views of one storage (tied weights, an offset slice) share memory after loading.
  void shared_storage_stays_shared() {
    Builder b;
    const torch::Tensor storage = torch::arange(10, torch::kFloat32);
    b.storages.push_back(storage);
    b.w.ordered_dict();
    b.w.mark();
    TensorRef ref;
    ref.key = "0";
    ref.location = "cpu";
    ref.storage_numel = 10;
    ref.sizes = {2, 3};
    ref.strides = {3, 1};
    b.w.string("head");
    b.w.tensor(ref);
    ref.storage_offset = 6;
    ref.sizes = {4};
    ref.strides = {1};
    b.w.string("tail");
    b.w.tensor(ref);
    b.w.setitems();
    // OrderedDict state as model.state_dict() carries it: accepted and ignored.
    b.w.empty_dict();
    b.w.string("_metadata");
    b.w.ordered_dict();
    b.w.setitem();
    b.w.build();
    const CheckpointFile f = read_checkpoint(b.save());
    const torch::Tensor& head = f.tensors.at("head");
    const torch::Tensor& tail = f.tensors.at("tail");
    QVERIFY(torch::equal(head, storage.slice(0, 0, 6).view({2, 3})));
    QVERIFY(torch::equal(tail, storage.slice(0, 6, 10)));
    QCOMPARE(tail.data_ptr<float>() - head.data_ptr<float>(), std::ptrdiff_t(6));
  }
};

QTEST_GUILESS_MAIN(TestCheckpointEntries)
#include "test_checkpoint_entries.moc"
