// SPDX-License-Identifier: GPL-3.0-or-later
// core/model/state_dict: save_state_dict writes what torch.save writes (and what
// read_checkpoint reads back), atomically.
#include <caffe2/serialize/inline_container.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>


#include "core/error.h"
#include "core/model/pickle_reader.h"
#include "core/model/state_dict.h"
#include "support/error_of.h"
#include "support/file_size_limit.h"
#include "support/shared_data.h"

namespace fs = std::filesystem;
using patchdiff::model::read_checkpoint;
using patchdiff::model::save_state_dict;
using patchdiff::model::StateDict;
namespace test = patchdiff::test;

using patchdiff::test::error_of;

namespace {

std::vector<std::string> entries(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void verify_equal(const StateDict& a, const StateDict& b) {
  QCOMPARE(a.keys(), b.keys());
  for (const auto& [name, tensor] : a) {
    const torch::Tensor& other = b.at(name);
    QVERIFY2(other.scalar_type() == tensor.scalar_type(), name.c_str());
    QVERIFY2(other.sizes() == tensor.sizes(), name.c_str());
    QVERIFY2(torch::equal(other, tensor.cpu()), name.c_str());
  }
}

}  // namespace

class TestCheckpointWrite : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  // Every dtype a checkpoint holds, odd shapes and views, in a non-alphabetical order.
  void round_trip_keeps_values_dtypes_and_order() {
    torch::manual_seed(0);
    StateDict sd;
    sd.insert("z.weight", torch::randn({3, 4}));
    sd.insert("a.half", torch::randn({5}).to(torch::kFloat16));
    sd.insert("m.bf16", torch::randn({2, 2}).to(torch::kBFloat16));
    sd.insert("b.double", torch::randn({2, 3}, torch::kFloat64));
    sd.insert("y.long", torch::arange(-3, 7, torch::kInt64));
    sd.insert("c.int", torch::arange(-1000000, 1000000, 400000, torch::kInt32));
    sd.insert("x.byte", torch::arange(0, 250, 25).to(torch::kUInt8));
    sd.insert("d.bool", torch::tensor({true, false, true}));
    sd.insert("w.scalar", torch::tensor(2.5));
    sd.insert("e.empty", torch::zeros({0, 7}));
    sd.insert("v.transposed", torch::randn({4, 6}).t());              // non-contiguous
    sd.insert("f.view", torch::randn({10}).slice(0, /*start=*/3, 8));  // storage offset
    const std::string path = test::temp_dir() + "/mixed.pt";
    save_state_dict(path, sd);
    const auto file = read_checkpoint(path);
    verify_equal(sd, file.tensors);
  }

  // A real OrderedDict checkpoint (float32) and a float16 one survive save -> read.
  void round_trip_reference_data() {
    QTest::addColumn<QString>("file");
    for (const char* f : {"base_p2.pt", "cond_p8.pt"}) QTest::newRow(f) << f;
  }

  void round_trip_reference() {
    QFETCH(QString, file);
    const auto original = read_checkpoint(test::reference_path(file.toStdString()));
    const std::string path = test::temp_dir() + "/" + file.toStdString();
    save_state_dict(path, original.tensors);
    verify_equal(original.tensors, read_checkpoint(path).tensors);
  }

  // Like torch.save: archive folder = file stem, data.pkl a protocol-2 OrderedDict,
  // the "version" record, one data/<i> record per tensor.
  void archive_layout_matches_torch_save() {
    StateDict sd;
    sd.insert("w", torch::ones({2, 3}));
    sd.insert("b", torch::zeros({3}, torch::kFloat16));
    const std::string path = test::temp_dir() + "/my_model.pt";
    save_state_dict(path, sd);
    QVERIFY(file_bytes(path).find("my_model/data.pkl") != std::string::npos);
    caffe2::serialize::PyTorchStreamReader reader(path);
    QVERIFY(reader.hasRecord("version"));
    auto [version, version_size] = reader.getRecord("version");
    QCOMPARE(std::string(static_cast<const char*>(version.get()), version_size),
             std::string("3\n"));
    QVERIFY(reader.hasRecord("data/0"));
    QCOMPARE(std::get<1>(reader.getRecord("data/0")), size_t(6 * 4));
    QCOMPARE(std::get<1>(reader.getRecord("data/1")), size_t(3 * 2));
    auto [pkl, pkl_size] = reader.getRecord("data.pkl");
    const std::string bytes(static_cast<const char*>(pkl.get()), pkl_size);
    QCOMPARE(bytes.substr(0, 2), std::string("\x80\x02"));
    QVERIFY(bytes.find("ccollections\nOrderedDict\n") == 2);
    QVERIFY(bytes.find("ctorch\nHalfStorage\n") != std::string::npos);
    const auto pickle = patchdiff::model::read_pickle(pkl.get(), pkl_size);
    QVERIFY(pickle.root().ordered);
    QCOMPARE(pickle.root().entries.size(), size_t(2));
  }

  // Saving over an existing file replaces it and leaves no temporary behind.
  void overwrite_is_atomic_and_clean() {
    const std::string dir = test::temp_dir();
    StateDict first, second;
    first.insert("a", torch::ones({4}));
    second.insert("b", torch::full({2}, 7.0));
    save_state_dict(dir + "/m.pt", first);
    save_state_dict(dir + "/m.pt", second);
    QCOMPARE(entries(dir), std::vector<std::string>{"m.pt"});
    QCOMPARE(read_checkpoint(dir + "/m.pt").tensors.keys(), std::vector<std::string>{"b"});
  }

  // A folder that does not exist: IoError naming the path, nothing written.
  void missing_folder_is_io_error() {
    const std::string dir = test::temp_dir();
    const std::string path = dir + "/no_such_folder/m.pt";
    StateDict sd;
    sd.insert("a", torch::ones({1}));
    const std::string msg =
        error_of<patchdiff::IoError>([&] { save_state_dict(path, sd); });
    QVERIFY2(msg.find(path) != std::string::npos, msg.c_str());
    QVERIFY2(msg.find("does not exist") != std::string::npos, msg.c_str());
    QVERIFY(entries(dir).empty());
  }

  // A write that fails midway (file size limit: like a full disk) is an IoError, leaves the
  // previous file as it was and no temporary behind, and does not abort the program.
  void failed_write_keeps_previous_file() {
    const std::string dir = test::temp_dir();
    const std::string path = dir + "/m.pt";
    StateDict previous;
    previous.insert("old", torch::ones({2}));
    save_state_dict(path, previous);
    StateDict big;
    big.insert("w", torch::zeros({100000}));
    std::string msg;
    {
      const patchdiff::test::FileSizeLimit full_disk(16384);
      QVERIFY(full_disk.active());
      msg = error_of<patchdiff::IoError>([&] { save_state_dict(path, big); });
    }
    QVERIFY2(msg.find("cannot write checkpoint '" + path + "'") != std::string::npos, msg.c_str());
    QCOMPARE(entries(dir), std::vector<std::string>{"m.pt"});
    QCOMPARE(read_checkpoint(path).tensors.keys(), std::vector<std::string>{"old"});
  }

  // A dtype a checkpoint cannot hold here: CheckpointError naming the key, nothing written.
  void unsupported_dtype_names_key() {
    const std::string dir = test::temp_dir();
    StateDict sd;
    sd.insert("ok", torch::ones({1}));
    sd.insert("spectrum", torch::ones({2}, torch::kComplexFloat));
    const std::string msg = error_of<patchdiff::CheckpointError>(
        [&] { save_state_dict(dir + "/m.pt", sd); });
    QVERIFY2(msg.find("'spectrum'") != std::string::npos, msg.c_str());
    QVERIFY2(msg.find("dtype") != std::string::npos, msg.c_str());
    QVERIFY(entries(dir).empty());
  }
};

QTEST_GUILESS_MAIN(TestCheckpointWrite)
#include "test_checkpoint_write.moc"
