// SPDX-License-Identifier: GPL-3.0-or-later
// `patchdiff convert`: the starters as .safetensors give bit-identical `patchdiff forward`
// outputs, .pt <-> .safetensors round trips are bit-identical, --dtype, --ema, bad input.
#include <filesystem>

#include <nlohmann/json.hpp>

#include "cli/cli_runner.h"
#include "core/io/atomic_file.h"
#include "core/io/npy.h"
#include "core/model/safetensors.h"
#include "core/model/state_dict.h"
#include "support/shared_data.h"

using namespace patchdiff;
namespace fs = std::filesystem;

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

// The model flags of the bundled model with the same patch size (the starters' architecture;
// the starters have no sidecar), as --name value arguments.
QStringList flags_for_patch(const std::string& p) {
  const auto sidecar = nlohmann::json::parse(
      io::read_file(std::string(PATCHDIFF_SOURCE_DIR) + "/resources/models/emoji64_p" + p + ".json", "sidecar"));
  QStringList args;
  for (const auto& [name, value] : sidecar["flags"].items()) {
    const std::string text = value.is_string()    ? value.get<std::string>()
                             : value.is_boolean() ? (value.get<bool>() ? "True" : "False")
                                                  : value.dump();
    args << q("--" + name) << q(text);
  }
  return args;
}

void expect_bitwise_equal(const model::StateDict& a, const model::StateDict& b) {
  QCOMPARE(a.keys(), b.keys());
  for (const auto& [name, tensor] : a) {
    const auto& other = b.at(name);
    QVERIFY2(tensor.scalar_type() == other.scalar_type() && tensor.sizes() == other.sizes() &&
                 torch::equal(tensor.contiguous(), other.contiguous()),
             name.c_str());
  }
}

}  // namespace

class TestCliConvert : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void startersGiveBitIdenticalForwardOutputs_data() {
    QTest::addColumn<QString>("patch");
    for (const char* p : {"1", "2", "4", "8"}) QTest::newRow((std::string("emoji64_p") + p).c_str()) << QString(p);
  }

  void startersGiveBitIdenticalForwardOutputs() {
    QFETCH(QString, patch);
    const std::string p = patch.toStdString();
    const std::string starter = test::shared_dir() + "/models/emoji64_p" + p + ".pt";
    const std::string dir = test::temp_dir();
    const std::string converted = dir + "/starter.safetensors";
    auto r = test::run_cli({"convert", q(starter), q(converted)});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QVERIFY(model::is_safetensors_file(converted));

    torch::manual_seed(3);
    io::write_npy(dir + "/x.npy", torch::randn({2, 3, 64, 64}));
    std::vector<std::string> outputs;
    for (const std::string& checkpoint : {starter, converted}) {
      const std::string out = dir + "/out" + std::to_string(outputs.size()) + ".npy";
      r = test::run_cli(QStringList{"forward", q(checkpoint), "--x", q(dir + "/x.npy"), "--t", "999,250", "--y", "0,5",
                                    "--out", q(out), "--threads", "2"}
                        << flags_for_patch(p));
      QVERIFY2(r.exit_code == 0, qPrintable(r.err));
      outputs.push_back(io::read_file(out, "forward output"));
    }
    QVERIFY(outputs[0] == outputs[1]);  // the .npy bytes: bit-identical outputs
  }

  void roundTripsAreBitIdentical() {
    const std::string dir = test::temp_dir();
    // .pt -> .safetensors -> .pt: the same tensors, in the same (the original's) key order.
    const std::string starter = test::shared_dir() + "/models/emoji64_p8.pt";
    auto r = test::run_cli({"convert", q(starter), q(dir + "/a.safetensors")});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    r = test::run_cli({"convert", q(dir + "/a.safetensors"), q(dir + "/b.pt")});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    expect_bitwise_equal(model::read_checkpoint(starter).tensors, model::read_checkpoint(dir + "/b.pt").tensors);

    // .safetensors -> .pt (+ .json sidecar) -> .safetensors: the very same bytes, sidecar included.
    const std::string bundled = std::string(PATCHDIFF_SOURCE_DIR) + "/resources/models/emoji64_p8.pt";
    r = test::run_cli({"convert", q(bundled), q(dir + "/c.safetensors")});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QVERIFY(!fs::exists(dir + "/c.json"));
    QVERIFY(model::read_checkpoint(dir + "/c.safetensors").metadata.count("patchdiff.class_names"));
    r = test::run_cli({"convert", q(dir + "/c.safetensors"), q(dir + "/d.pt")});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QVERIFY(fs::is_regular_file(dir + "/d.json"));
    r = test::run_cli({"convert", q(dir + "/d.pt"), q(dir + "/e.safetensors")});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QVERIFY(io::read_file(dir + "/c.safetensors", "c") == io::read_file(dir + "/e.safetensors", "e"));
    // The converted file needs no flags: info reads the sidecar from the metadata.
    r = test::run_cli({"info", q(dir + "/c.safetensors")});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("Emoji 64x64, P=8"), qPrintable(r.out));
  }

  void dtypeCastsFloatingPointTensors() {
    const std::string dir = test::temp_dir();
    const std::string bundled = std::string(PATCHDIFF_SOURCE_DIR) + "/resources/models/emoji64_p8.pt";
    auto r = test::run_cli({"convert", q(bundled), q(dir + "/half.safetensors"), "--dtype", "bfloat16"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    const auto original = model::read_checkpoint(bundled).tensors;
    const auto half = model::read_checkpoint(dir + "/half.safetensors").tensors;
    QCOMPARE(half.keys(), original.keys());
    for (const auto& [name, tensor] : original) {
      QCOMPARE(half.at(name).scalar_type(), torch::kBFloat16);
      QVERIFY2(torch::equal(half.at(name), tensor.to(torch::kBFloat16)), name.c_str());
    }
    r = test::run_cli({"convert", q(bundled), q(dir + "/x.safetensors"), "--dtype", "int8"});
    QCOMPARE(r.exit_code, 1);
    QVERIFY2(r.err.contains("--dtype must be float16, bfloat16 or float32"), qPrintable(r.err));
  }

  void emaPicksTheTrainingRunsEmaFile() {
    const std::string dir = test::temp_dir();
    model::StateDict weights, ema;
    weights.insert("w", torch::zeros({3}));
    ema.insert("w", torch::ones({3}));
    model::save_state_dict(dir + "/model000005.pt", weights);
    model::save_state_dict(dir + "/ema_0.99_000005.pt", ema);
    auto r = test::run_cli({"convert", q(dir + "/model000005.pt"), q(dir + "/out.safetensors"), "--ema", "0.99"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QVERIFY(torch::equal(model::read_checkpoint(dir + "/out.safetensors").tensors.at("w"), torch::ones({3})));
    r = test::run_cli({"convert", q(dir + "/model000005.pt"), q(dir + "/out2.safetensors"), "--ema", "0.5"});
    QCOMPARE(r.exit_code, 1);
    QVERIFY2(r.err.contains("there is no ema_0.5_000005.pt beside"), qPrintable(r.err));
  }

  void badArgumentsAreClearErrors() {
    const std::string dir = test::temp_dir();
    const std::string bundled = std::string(PATCHDIFF_SOURCE_DIR) + "/resources/models/emoji64_p8.pt";
    auto r = test::run_cli({"convert", q(bundled), q(dir + "/out.bin")});
    QCOMPARE(r.exit_code, 1);
    QVERIFY2(r.err.contains("OUT must end in .pt, .pth or .safetensors"), qPrintable(r.err));
    r = test::run_cli({"convert", q(bundled)});
    QCOMPARE(r.exit_code, 1);
    QVERIFY2(r.err.contains("convert needs two files"), qPrintable(r.err));
    r = test::run_cli({"convert", q(dir + "/absent.pt"), q(dir + "/out.safetensors")});
    QCOMPARE(r.exit_code, 1);
    QVERIFY(!fs::exists(dir + "/out.safetensors"));
  }
};

QTEST_GUILESS_MAIN(TestCliConvert)
#include "test_cli_convert.moc"
