// SPDX-License-Identifier: GPL-3.0-or-later
// core/model/safetensors: round trips, files written by other tools' conventions (bytes
// made here, by hand), and malformed headers that must be clear errors, never crashes or
// huge allocations.
#include <cmath>
#include <cstring>
#include <filesystem>
#include <string>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/model/model_loader.h"
#include "core/model/safetensors.h"
#include "core/model/sidecar.h"
#include "core/model/state_dict.h"
#include "support/error_of.h"
#include "support/shared_data.h"

using patchdiff::CheckpointError;
namespace model = patchdiff::model;
namespace fs = std::filesystem;
using patchdiff::test::error_of;

namespace {

// A safetensors file as bytes: the 8-byte little-endian length of `header`, `header`, `data`.
std::string file_bytes(const std::string& header, const std::string& data) {
  std::string out;
  uint64_t n = header.size();
  for (int i = 0; i < 8; ++i, n >>= 8) out.push_back(static_cast<char>(n & 0xff));
  return out + header + data;
}

std::string raw(const torch::Tensor& t) {
  const torch::Tensor c = t.contiguous();
  return std::string(static_cast<const char*>(c.data_ptr()), c.nbytes());
}

bool bitwise_equal(const torch::Tensor& a, const torch::Tensor& b) {
  return a.scalar_type() == b.scalar_type() && a.sizes() == b.sizes() && raw(a) == raw(b);
}

model::StateDict mixed_state_dict() {
  torch::manual_seed(7);
  model::StateDict sd;
  sd.insert("out.2.weight", torch::randn({3, 4, 3, 3}));
  sd.insert("time_embed.0.bias", torch::randn({5}, torch::kFloat64));
  sd.insert("half", torch::randn({2, 3}).to(torch::kFloat16));
  sd.insert("brain", torch::randn({7}).to(torch::kBFloat16));
  sd.insert("steps", torch::tensor(std::vector<int64_t>{1, -2, 3}));
  sd.insert("rng", torch::randint(0, 256, {13}, torch::kUInt8));  // an odd size: the next one is unaligned
  sd.insert("scalar", torch::tensor(2.5f));
  sd.insert("empty", torch::empty({0, 4}));
  sd.insert("transposed", torch::arange(6, torch::kFloat32).reshape({2, 3}).t());
  sd.insert("nan_payload", torch::tensor({std::nanf("0x123"), -0.0f, INFINITY}));
  return sd;
}

}  // namespace

class TestSafetensors : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void roundTripIsBitIdentical() {
    const model::StateDict sd = mixed_state_dict();
    const model::SafetensorsMetadata meta{{"format", "pt"}, {"note", "ünïcode"}};
    const auto back = model::parse_safetensors(model::safetensors_bytes(sd, meta), "memory");
    QCOMPARE(back.tensors.keys(), sd.keys());  // the file keeps the state_dict's order
    for (const auto& [name, tensor] : sd) QVERIFY2(bitwise_equal(back.tensors.at(name), tensor), name.c_str());
    QVERIFY(back.metadata == meta);
  }

  void writerAlignsEveryTensorTo8Bytes() {
    const std::string bytes = model::safetensors_bytes(mixed_state_dict(), {});
    uint64_t header = 0;
    std::memcpy(&header, bytes.data(), 8);
    QCOMPARE(header % 8, uint64_t(0));
    QCOMPARE(bytes.at(8), '{');
  }

  void readsOtherToolsFiles_data() {
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("data");
    const torch::Tensor a = torch::tensor({1.5f, -2.0f, 3.25f});      // F32 [3]
    const torch::Tensor b = torch::tensor(std::vector<int64_t>{7, -9});  // I64 [2]
    const torch::Tensor h = torch::tensor({0.5f, 4.0f}).to(torch::kBFloat16);
    // Tensors in another order than their data, __metadata__ anywhere, the header padded
    // (aligned data start) or not (unaligned), data in any order.
    const std::string entries =
        R"("b":{"dtype":"I64","shape":[2],"data_offsets":[12,28]},)"
        R"("a":{"shape":[3],"dtype":"F32","data_offsets":[0,12]},)"
        R"("h":{"dtype":"BF16","shape":[2],"data_offsets":[28,32]})";
    const std::string data = raw(a) + raw(b) + raw(h);
    std::string aligned = R"({"__metadata__":{"format":"pt","source":"another tool"},)" + entries + "}";
    aligned.append((8 - aligned.size() % 8) % 8, ' ');
    std::string unaligned = "{" + entries + R"(,"__metadata__":{"format":"pt"}})";
    if (unaligned.size() % 2 == 0) unaligned += ' ';  // an odd length: every tensor starts unaligned
    auto bytes = [](const std::string& s) { return QByteArray::fromStdString(s); };
    QTest::newRow("metadata first, 8-byte-aligned data") << bytes(aligned) << bytes(data);
    QTest::newRow("metadata last, unaligned data") << bytes(unaligned) << bytes(data);
    QTest::newRow("trailing newline, no metadata") << bytes("{" + entries + "}\n") << bytes(data);
  }

  void readsOtherToolsFiles() {
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, data);
    const std::string path = patchdiff::test::temp_dir() + "/other.safetensors";
    patchdiff::io::write_file_atomic(path, file_bytes(header.toStdString(), data.toStdString()));
    const model::CheckpointFile file = model::read_checkpoint(path);
    QCOMPARE(file.tensors.size(), size_t(3));
    QVERIFY(torch::equal(file.tensors.at("a"), torch::tensor({1.5f, -2.0f, 3.25f})));
    QVERIFY(torch::equal(file.tensors.at("b"), torch::tensor(std::vector<int64_t>{7, -9})));
    QVERIFY(torch::equal(file.tensors.at("h").to(torch::kFloat32), torch::tensor({0.5f, 4.0f})));
    QCOMPARE(file.metadata.count("__metadata__"), size_t(0));
    // Arithmetic on the (possibly copied) tensors works whatever the alignment.
    QCOMPARE(file.tensors.at("a").sum().item<float>(), 2.75f);
  }

  void recognisedByContentWhateverTheName() {
    const std::string path = patchdiff::test::temp_dir() + "/weights.bin";
    model::save_safetensors(path, mixed_state_dict());
    QVERIFY(model::is_safetensors_file(path));
    QCOMPARE(model::read_checkpoint(path).tensors.size(), mixed_state_dict().size());
  }

  void inPlaceChangesNeverReachTheFile() {
    const std::string path = patchdiff::test::temp_dir() + "/cow.safetensors";
    model::StateDict sd;
    sd.insert("w", torch::ones({64}));
    model::save_safetensors(path, sd);
    const std::string before = patchdiff::io::read_file(path, "test");
    {
      auto file = model::read_checkpoint(path);
      const torch::Tensor& w = file.tensors.at("w");
      const_cast<torch::Tensor&>(w).mul_(3);  // a mapped tensor is copy-on-write
      QCOMPARE(w.sum().item<float>(), 192.0f);
    }
    QCOMPARE(patchdiff::io::read_file(path, "test"), before);
  }

  void sidecarTravelsInTheMetadata() {
    const std::string dir = patchdiff::test::temp_dir() + "/sidecar";
    fs::create_directories(dir);
    model::Sidecar sidecar;
    sidecar.flags["patch_size"] = "4";
    sidecar.flags["class_cond"] = "True";
    sidecar.class_names = {"cat", "dog"};
    sidecar.title = "Emoji [test]";
    sidecar.license = "CC-BY-4.0";
    sidecar.extra_json = R"({"training":{"git_revision":"abc","step":3}})";
    model::StateDict sd;
    sd.insert("w", torch::ones({2}));
    model::save_checkpoint(dir + "/m.safetensors", sd, sidecar);
    QVERIFY(!fs::exists(dir + "/m.json"));  // no sidecar file needed
    const auto meta = model::read_checkpoint(dir + "/m.safetensors").metadata;
    QCOMPARE(meta.at("patchdiff.title"), std::string("Emoji [test]"));  // text stays text
    QCOMPARE(meta.at("format"), std::string("pt"));
    const auto back = model::read_sidecar_for(dir + "/m.safetensors");
    QVERIFY(back.has_value());
    QCOMPARE(model::sidecar_to_json(*back), model::sidecar_to_json(sidecar));
  }

  void malformedFilesAreClearErrors_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("message");
    const std::string f32x2 = std::string(8, '\0');
    auto file = [](const std::string& header, const std::string& data) { return QByteArray::fromStdString(file_bytes(header, data)); };
    std::string huge(8, '\0');
    huge[7] = 0x40;  // a header length of 2^62 bytes
    QTest::newRow("shorter than the length field") << QByteArray("\x05\x00", 2) << QByteArray("too short");
    QTest::newRow("huge header length") << QByteArray::fromStdString(huge + "{}") << QByteArray("above the 100000000-byte limit");
    QTest::newRow("header past the end") << file("{}", "").left(8) + "{" << QByteArray("but only 1 follow");
    QTest::newRow("bad JSON") << file(R"({"a": {"dtype": )", "") << QByteArray("not valid JSON");
    QTest::newRow("not an object") << file("[1, 2]", "") << QByteArray("not a JSON object");
    QTest::newRow("unknown dtype") << file(R"({"a":{"dtype":"F8_E4M3","shape":[8],"data_offsets":[0,8]}})", f32x2)
                                   << QByteArray("dtype F8_E4M3, which is not supported");
    QTest::newRow("shape and size disagree") << file(R"({"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", f32x2)
                                             << QByteArray("needs 12 bytes");
    QTest::newRow("offsets past the end") << file(R"({"a":{"dtype":"F32","shape":[250],"data_offsets":[0,1000]}})", f32x2)
                                          << QByteArray("past the end of the data (8 bytes)");
    QTest::newRow("overlapping ranges")
        << file(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"b":{"dtype":"F32","shape":[1],"data_offsets":[2,6]}})", f32x2)
        << QByteArray("overlapping data");
    QTest::newRow("same range twice")
        << file(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})", f32x2)
        << QByteArray("overlapping data");
    QTest::newRow("offsets reversed") << file(R"({"a":{"dtype":"F32","shape":[0],"data_offsets":[8,0]}})", f32x2)
                                      << QByteArray("end before they begin");
    QTest::newRow("negative offset") << file(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[-8,0]}})", f32x2)
                                     << QByteArray("is not a non-negative integer");
    QTest::newRow("fractional dimension") << file(R"({"a":{"dtype":"F32","shape":[1.5],"data_offsets":[0,8]}})", f32x2)
                                          << QByteArray("is not a non-negative integer");
    QTest::newRow("shape overflows") << file(R"({"a":{"dtype":"F32","shape":[4294967296,4294967296,16],"data_offsets":[0,8]}})", f32x2)
                                     << QByteArray("too large for any file");
    QTest::newRow("duplicate name")
        << file(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})", f32x2)
        << QByteArray("names 'a' twice");
    QTest::newRow("entry without fields") << file(R"({"a":5})", "") << QByteArray("is not an object with dtype, shape and data_offsets");
    QTest::newRow("metadata not strings") << file(R"({"__metadata__":{"step":3}})", "")
                                          << QByteArray("metadata values must be strings");
  }

  void malformedFilesAreClearErrors() {
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, message);
    const std::string msg =
        error_of<CheckpointError>([&] { model::parse_safetensors(bytes.toStdString(), "bad.safetensors"); });
    QVERIFY2(msg.find("safetensors file 'bad.safetensors'") != std::string::npos, msg.c_str());
    QVERIFY2(msg.find(message.toStdString()) != std::string::npos, msg.c_str());
  }

  void everyTruncationIsAnError() {
    const std::string bytes = model::safetensors_bytes(mixed_state_dict(), {{"format", "pt"}});
    for (size_t cut = 0; cut < bytes.size(); ++cut) {
      const std::string msg =
          error_of<CheckpointError>([&] { model::parse_safetensors(bytes.substr(0, cut), "cut.safetensors"); });
      QVERIFY2(msg.find("'cut.safetensors'") != std::string::npos, msg.c_str());
    }
  }

  void readCheckpointNamesTheFile() {
    const std::string path = patchdiff::test::temp_dir() + "/broken.safetensors";
    patchdiff::io::write_file_atomic(path, file_bytes("{\"a\":", ""));
    const std::string msg = error_of<CheckpointError>([&] { model::read_checkpoint(path); });
    QVERIFY2(msg.find(path) != std::string::npos && msg.find("not valid JSON") != std::string::npos, msg.c_str());
    const std::string entry = error_of<CheckpointError>([&] {
      model::save_safetensors(path, mixed_state_dict());
      model::read_checkpoint(path, "ema");
    });
    QVERIFY2(entry.find("leave the entry empty") != std::string::npos, entry.c_str());
  }

  void unsupportedDtypeCannotBeSaved() {
    model::StateDict sd;
    sd.insert("flags", torch::ones({2}, torch::kBool));
    const std::string path = patchdiff::test::temp_dir() + "/bool.safetensors";
    const std::string msg = error_of<CheckpointError>([&] { model::save_safetensors(path, sd); });
    QVERIFY2(msg.find("cannot save '" + path + "'") != std::string::npos && msg.find("Bool") != std::string::npos,
             msg.c_str());
    QVERIFY(!fs::exists(path));
  }
};

QTEST_GUILESS_MAIN(TestSafetensors)
#include "test_safetensors.moc"
