// SPDX-License-Identifier: GPL-3.0-or-later
// `patchdiff info` and `patchdiff forward` as users run them.
#include "cli/cli_runner.h"
#include "core/io/npy.h"
#include "support/shared_data.h"
#include "support/tensor_compare.h"

#include <nlohmann/json.hpp>

using namespace patchdiff;

class TestCliInfoForward : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void info_shows_sources_and_cost() {
    const auto r = test::run_cli({"info", PATCHDIFF_SOURCE_DIR "/resources/models/emoji64_p4.pt"});
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("Emoji 64x64, P=4"));
    QVERIFY(r.out.contains(QRegularExpression("--patch_size\\s+4\\s+\\(sidecar\\)")));
    QVERIFY(r.out.contains("GFLOP:"));
    QVERIFY(r.out.contains("8  Flags"));
    QVERIFY(r.out.contains("parameters:  6882080"));
  }

  void info_warns_about_defaults_for_bare_weights() {
    const auto r = test::run_cli({"info", QString::fromStdString(test::reference_path("base_p2.pt"))});
    QCOMPARE(r.exit_code, 0);
    QVERIFY(r.out.contains(QRegularExpression("--patch_size\\s+2\\s+\\(weights\\)")));
    QVERIFY(r.err.contains("warning: --image_size is not in the weights"));
  }

  void forward_reproduces_reference_output() {
    const auto index = nlohmann::json::parse(test::reference_index_text());
    const auto entry = index["models"]["cond_p4"];
    const QString out = QString::fromStdString(test::temp_dir()) + "/out.npy";
    QStringList args{"forward", QString::fromStdString(test::reference_path("cond_p4.pt")),
                     "--x", QString::fromStdString(test::reference_path(entry["x"])),
                     "--t", "999,500,3", "--y", "0,4,5", "--out", out};
    for (const auto& [name, value] : entry["flags"].items())
      args << QString::fromStdString("--" + name)
           << QString::fromStdString(value.is_string() ? value.get<std::string>()
                                     : value.is_boolean() ? (value.get<bool>() ? "True" : "False")
                                                          : value.dump());
    const auto r = test::run_cli(args);
    QVERIFY2(r.exit_code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("max"));
    PD_COMPARE_TENSORS(io::read_npy(out.toStdString()),
                       io::read_npy(test::reference_path(entry["out"])), 1e-4);
  }

  void forward_errors_data() {
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QString p4 = PATCHDIFF_SOURCE_DIR "/resources/models/emoji64_p4.pt";
    const QString x = QString::fromStdString(test::reference_path("cond_p8_x.npy"));
    QTest::newRow("missing x") << QStringList{"forward", p4, "--t", "1"} << "needs --x";
    QTest::newRow("label range") << QStringList{"forward", p4, "--x", x, "--t", "1", "--y", "11"} << "label 11 is out of range";
    QTest::newRow("contradiction") << QStringList{"forward", p4, "--x", x, "--t", "1", "--y", "0", "--patch_size", "2"}
                                   << "contradicts the weights";
    QTest::newRow("missing file") << QStringList{"forward", "/nonexistent/model.pt", "--x", x, "--t", "1"} << "does not exist";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command 'frobnicate'";
  }
  void forward_errors() {
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const auto r = test::run_cli(args);
    QCOMPARE(r.exit_code, 1);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
  }
};

QTEST_GUILESS_MAIN(TestCliInfoForward)
#include "test_cli_info_forward.moc"
