// SPDX-License-Identifier: GPL-3.0-or-later
// `patchdiff compare` as users run it: the bundled P = 2, 4, 8 side by side, one setting
// varied, the files it writes (a readable sheet PNG, compare.json with exactly the
// documented keys), the table it prints, and its error messages.
#include <QFile>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "cli/cli_runner.h"
#include "core/io/atomic_file.h"
#include "core/io/image.h"
#include "core/io/png_text.h"
#include "support/shared_data.h"

using namespace patchdiff;

namespace {

QString bundled(int p) {
  return QStringLiteral(PATCHDIFF_SOURCE_DIR "/resources/models/emoji64_p%1.pt").arg(p);
}

nlohmann::ordered_json read_json(const QString& path) {
  return nlohmann::ordered_json::parse(io::read_file(path.toStdString(), "compare.json"));
}

const std::vector<std::string> kKeys{"checkpoint", "patch_size", "setting", "params", "gflop_per_pass",
                                     "ms_per_step_median", "total_s", "rms_to_first"};

}  // namespace

class TestCliCompare : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void bundled_patch_sizes_write_sheet_and_json() {
    const QString out = QString::fromStdString(test::temp_dir()) + "/cmp";
    const auto r = test::run_cli({"compare", "--model_path", bundled(2) + "," + bundled(4) + "," + bundled(8),
                                  "--timestep_respacing", "2", "--num_samples", "1", "--class_labels", "5",
                                  "--out", out, "--threads", "1"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    qInfo("%s", qPrintable(r.out));
    for (const char* heading : {"P", "params", "GFLOP/pass", "ms/step", "total s", "speed-up", "GFLOP ratio", "RMS to first"})
      QVERIFY2(r.out.contains(heading), heading);
    QVERIFY(r.out.contains("compare.png") && r.out.contains("compare.json"));

    const auto json = read_json(out + "/compare.json");
    QVERIFY(json.is_array());
    QCOMPARE(json.size(), size_t(3));
    const int patch[] = {2, 4, 8};
    for (size_t i = 0; i < 3; ++i) {
      std::vector<std::string> keys;
      for (const auto& item : json[i].items()) keys.push_back(item.key());
      QCOMPARE(keys, kKeys);
      QCOMPARE(json[i]["patch_size"].get<int>(), patch[i]);
      QCOMPARE(json[i]["checkpoint"].get<std::string>(), bundled(patch[i]).toStdString());
      QVERIFY(json[i]["params"].get<int64_t>() > 0);
      QVERIFY(json[i]["gflop_per_pass"].get<double>() > 0);
      QVERIFY(json[i]["ms_per_step_median"].get<double>() > 0);
      QVERIFY(json[i]["total_s"].get<double>() > 0);
      QVERIFY(json[i]["setting"].get<std::string>().find("timestep_respacing=2") != std::string::npos);
    }
    QCOMPARE(json[0]["rms_to_first"].get<double>(), 0.0);
    QVERIFY(json[2]["gflop_per_pass"].get<double>() < json[0]["gflop_per_pass"].get<double>());

    const auto png = io::read_file((out + "/compare.png").toStdString(), "sheet");
    const auto sheet = io::decode_image(png, "compare.png");
    QVERIFY(sheet.size(0) > 128 && sheet.size(1) >= 3 * 128);
    QVERIFY(sheet.to(torch::kFloat32).std().item<double>() > 10);  // images and captions, not blank
    QCOMPARE(io::read_png_text(png, "patchdiff_compare").value_or(""),
             io::read_file((out + "/compare.json").toStdString(), "compare.json"));
  }

  void vary_runs_one_checkpoint_per_value() {
    const QString out = QString::fromStdString(test::temp_dir()) + "/vary";
    const auto r = test::run_cli({"compare", "--model_path", bundled(8), "--vary", "guidance_scale=1,3",
                                  "--timestep_respacing", "2", "--num_samples", "2", "--batch_size", "1",
                                  "--out", out, "--threads", "1"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("guidance_scale=1 ") && r.out.contains("guidance_scale=3 "));
    const auto json = read_json(out + "/compare.json");
    QCOMPARE(json.size(), size_t(2));
    QVERIFY(json[1]["setting"].get<std::string>().find("guidance_scale=3") != std::string::npos);
    QCOMPARE(json[0]["patch_size"].get<int>(), 8);
    QVERIFY(json[1]["rms_to_first"].get<double>() > 0);
  }

  void errors_are_clear_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString p8 = bundled(8);
    QTest::newRow("one checkpoint") << QStringList{"--model_path", p8} << "2 to 4 checkpoints";
    QTest::newRow("five checkpoints") << QStringList{"--model_path", QStringList(5, p8).join(',')}
                                      << "got 5";
    QTest::newRow("unknown setting") << QStringList{"--model_path", p8, "--vary", "lr=1,2"} << "unknown setting 'lr'";
    QTest::newRow("seven values") << QStringList{"--model_path", p8, "--vary", "eta=0,1,2,3,4,5,6"} << "2 to 6";
    QTest::newRow("varied and given") << QStringList{"--model_path", p8, "--vary", "guidance_scale=1,2",
                                                     "--guidance_scale", "3"}
                                      << "both given";
    QTest::newRow("other image size") << QStringList{"--model_path", p8 + ",SMALL"} << "different image size";
  }
  void errors_are_clear() {
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const std::string dir = test::temp_dir();
    const QString small = QString::fromStdString(dir + "/small32.pt");
    if (args.join(' ').contains("SMALL")) {
      std::filesystem::copy_file(bundled(8).toStdString(), small.toStdString());
      std::ifstream in(std::string(PATCHDIFF_SOURCE_DIR) + "/resources/models/emoji64_p8.json");
      auto sidecar = nlohmann::json::parse(in);
      sidecar["flags"]["image_size"] = 32;
      sidecar["flags"]["attention_resolutions"] = "8,4";
      std::ofstream(dir + "/small32.json") << sidecar.dump();
      args.replaceInStrings("SMALL", small);
    }
    QStringList command{"compare", "--timestep_respacing", "2", "--out", QString::fromStdString(dir)};
    command << args;
    const auto r = test::run_cli(command);
    QCOMPARE(r.exit_code, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(QString::fromStdString(dir) + "/compare.json"));
  }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "test_cli_compare.moc"
