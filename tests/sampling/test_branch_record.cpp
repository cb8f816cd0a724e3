// SPDX-License-Identifier: GPL-3.0-or-later
// core/sampling/branch_record: a branch's recipe in its run description round-trips exactly
// (the x_t bit for bit), leaves the RunSpec readable, and malformed records are messages.
#include <QtTest>

#include <cmath>
#include <cstring>
#include <limits>

#include "core/error.h"
#include "core/sampling/branch_record.h"
#include "core/sampling/run_spec.h"

using namespace patchdiff;

namespace {
sampling::BranchRecord example(int64_t size) {
  sampling::BranchRecord b;
  b.parent_spec_json = R"({"seed":9,"sampler":{"guidance_scale":1.5}})";
  b.step = 10;
  b.float_x_t_kept = false;
  b.image_size = size;
  for (int64_t i = 0; i < 3 * size * size; ++i) b.start_x.push_back(std::sin(0.37f * static_cast<float>(i)) * 2.5f);
  b.start_x.front() = std::numeric_limits<float>::denorm_min();  // every bit must survive
  b.start_x.back() = -0.0f;
  return b;
}
}  // namespace

class TestBranchRecord : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void round_trips_bit_for_bit_data() {
    QTest::addColumn<int>("size");
    for (int size : {1, 2, 5, 8}) QTest::newRow(qPrintable(QString::number(size))) << size;  // every base64 padding
  }
  void round_trips_bit_for_bit() {
    QFETCH(int, size);
    sampling::RunSpec spec;
    spec.seed = 42;
    sampling::CheckpointRef checkpoint;
    checkpoint.path = "emoji64_p4.pt";
    spec.checkpoints.push_back(checkpoint);
    const auto b = example(size);
    const std::string json = sampling::with_branch(sampling::to_json(spec), b);
    const auto back = sampling::branch_from_json(json);
    QVERIFY(back.has_value());
    QCOMPARE(back->step, 10);
    QCOMPARE(back->float_x_t_kept, false);
    QCOMPARE(back->image_size, int64_t(size));
    QCOMPARE(back->start_x.size(), b.start_x.size());
    QVERIFY(std::memcmp(back->start_x.data(), b.start_x.data(), b.start_x.size() * sizeof(float)) == 0);
    QVERIFY(QString::fromStdString(back->parent_spec_json).contains("\"seed\":9"));
    QCOMPARE(sampling::run_spec_from_json(json).seed, uint64_t(42));  // still an ordinary RunSpec
  }

  void a_solver_history_round_trips_bit_for_bit() {
    auto b = example(3);
    for (int k = 0; k < 2; ++k) {
      std::vector<float> entry(27);
      for (size_t i = 0; i < entry.size(); ++i) entry[i] = std::cos(0.11f * static_cast<float>(i + 30 * k));
      b.solver_history.push_back(entry);
    }
    b.solver_history_points = {sampling::EvalPoint::at_step(12), sampling::EvalPoint::at_timestep(412.75)};
    const auto back = sampling::branch_from_json(sampling::with_branch("{}", b));
    QVERIFY(back.has_value());
    QCOMPARE(back->solver_history.size(), size_t(2));
    for (size_t k = 0; k < 2; ++k)
      QVERIFY(std::memcmp(back->solver_history[k].data(), b.solver_history[k].data(), 27 * sizeof(float)) == 0);
    QCOMPARE(back->solver_history_points[0].step, 12);
    QCOMPARE(back->solver_history_points[1].step, -1);
    QCOMPARE(back->solver_history_points[1].timestep, 412.75);
    QVERIFY(sampling::branch_from_json(sampling::with_branch("{}", example(3)))->solver_history.empty());
  }

  void a_history_without_its_points_is_not_written() {
    auto b = example(2);
    b.solver_history.push_back(b.start_x);
    QVERIFY_THROWS_EXCEPTION(ConfigError, sampling::with_branch("{}", b));
  }

  void a_plain_run_has_no_branch() {
    QVERIFY(!sampling::branch_from_json(sampling::to_json(sampling::RunSpec())).has_value());
  }

  void malformed_records_are_messages_data() {
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    const QString start = R"({"branch":{"parent":{},"step":1,"float_x_t_kept":true,"image_size":1,"start_x":{"dtype":"float32-le","base64":)";
    QTest::newRow("not base64") << start + R"("!!!!"}}})" << "not base64";
    QTest::newRow("wrong count") << start + R"("AAAAAA=="}}})" << "expected 3 x 1 x 1";
    QTest::newRow("missing step") << R"({"branch":{"parent":{}}})" << "malformed";
  }
  void malformed_records_are_messages() {
    QFETCH(QString, json);
    QFETCH(QString, expected);
    try {
      sampling::branch_from_json(json.toStdString());
      QFAIL("no error");
    } catch (const ConfigError& e) {
      QVERIFY2(QString(e.what()).contains(expected), e.what());
    }
  }

  void a_wrong_sized_x_t_is_not_written() {
    auto b = example(2);
    b.start_x.pop_back();
    QVERIFY_THROWS_EXCEPTION(ConfigError, sampling::with_branch("{}", b));
  }
};

QTEST_GUILESS_MAIN(TestBranchRecord)
#include "test_branch_record.moc"
