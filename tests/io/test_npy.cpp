// SPDX-License-Identifier: GPL-3.0-or-later
// core/io/npy: .npy reading and writing, against hand-built files and ../shared/reference.
#include <cmath>
#include <cstring>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/npy.h"
#include "support/error_of.h"
#include "support/shared_data.h"
#include "support/tensor_compare.h"

namespace fs = std::filesystem;
using patchdiff::IoError;
namespace io = patchdiff::io;

Q_DECLARE_METATYPE(torch::Tensor)
Q_DECLARE_METATYPE(std::string)
Q_DECLARE_METATYPE(std::vector<int64_t>)

using patchdiff::test::error_of;

namespace {

// A .npy file from its parts, written independently of the code under test.
std::string make_npy(int major, const std::string& header, const std::string& data) {
  std::string out("\x93NUMPY", 6);
  out += static_cast<char>(major);
  out += '\0';
  const std::size_t n = header.size();
  out += static_cast<char>(n & 0xFF);
  out += static_cast<char>((n >> 8) & 0xFF);
  if (major >= 2) {
    out += static_cast<char>((n >> 16) & 0xFF);
    out += static_cast<char>((n >> 24) & 0xFF);
  }
  return out + header + data;
}

std::string float_bytes(std::initializer_list<float> values) {
  std::string s;
  for (float v : values) s.append(reinterpret_cast<const char*>(&v), sizeof v);
  return s;
}

uint16_t header_length(const std::string& npy) {
  return static_cast<uint16_t>(static_cast<unsigned char>(npy[8]) |
                               (static_cast<unsigned char>(npy[9]) << 8));
}

void verify_same(const torch::Tensor& got, const torch::Tensor& want) {
  QCOMPARE(got.scalar_type(), want.scalar_type());
  QCOMPARE(got.sizes().vec(), want.sizes().vec());
  QVERIFY(torch::equal(got, want));
}

}  // namespace

class TestNpy : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void roundTrip_data() {
    QTest::addColumn<torch::Tensor>("tensor");
    torch::manual_seed(7);
    QTest::newRow("float32 2x3") << torch::randn({2, 3});
    QTest::newRow("float32 0-d") << torch::tensor(3.25f);
    QTest::newRow("float32 empty 0x3") << torch::empty({0, 3});
    QTest::newRow("float64 1000") << torch::randn({1000}, torch::kFloat64);
    QTest::newRow("uint8 NHWC") << torch::randint(0, 256, {4, 5, 6, 3}, torch::kUInt8);
    QTest::newRow("int64 labels") << torch::tensor(
        std::vector<int64_t>{0, 4, 5, -1, 1234567890123});
    QTest::newRow("int64 empty") << torch::empty({0}, torch::kInt64);
    QTest::newRow("int32") << torch::randint(-1000, 1000, {3, 2}, torch::kInt32);
    QTest::newRow("int16") << torch::randint(-1000, 1000, {7}, torch::kInt16);
    QTest::newRow("int8") << torch::randint(-128, 128, {2, 2, 2}, torch::kInt8);
    QTest::newRow("bool") << (torch::randn({9}) > 0);
    QTest::newRow("float16") << torch::randn({5, 1}).to(torch::kFloat16);
  }
  void roundTrip() {
    QFETCH(torch::Tensor, tensor);
    const std::string bytes = io::npy_bytes(tensor);
    // numpy's layout: version 1.0, data 64-byte aligned, header ends with '\n'.
    QCOMPARE(bytes.substr(0, 8), std::string("\x93NUMPY\x01\x00", 8));
    const std::size_t data_at = 10 + header_length(bytes);
    QCOMPARE(data_at % 64, std::size_t(0));
    QCOMPARE(bytes[data_at - 1], '\n');
    QCOMPARE(bytes.size() - data_at, std::size_t(tensor.numel() * tensor.element_size()));
    verify_same(io::parse_npy(bytes, "memory"), tensor);
  }

  void headerText_data() {
    QTest::addColumn<torch::Tensor>("tensor");
    QTest::addColumn<std::string>("expected");
    QTest::newRow("2-d float32")
        << torch::zeros({3, 2})
        << std::string("{'descr': '<f4', 'fortran_order': False, 'shape': (3, 2), }");
    QTest::newRow("1-d uint8") << torch::zeros({5}, torch::kUInt8)
                               << std::string(
                                      "{'descr': '|u1', 'fortran_order': False, 'shape': (5,), }");
    QTest::newRow("0-d float64") << torch::tensor(1.0, torch::kFloat64)
                                 << std::string(
                                        "{'descr': '<f8', 'fortran_order': False, 'shape': (), }");
    QTest::newRow("int64") << torch::zeros({2, 0}, torch::kInt64)
                           << std::string(
                                  "{'descr': '<i8', 'fortran_order': False, 'shape': (2, 0), }");
  }
  void headerText() {
    QFETCH(torch::Tensor, tensor);
    QFETCH(std::string, expected);
    const std::string bytes = io::npy_bytes(tensor);
    QCOMPARE(bytes.substr(10, expected.size()), expected);
    // Only spaces between the dict and the final newline.
    const std::string pad =
        bytes.substr(10 + expected.size(), header_length(bytes) - expected.size() - 1);
    QCOMPARE(pad, std::string(pad.size(), ' '));
  }

  void writesNonContiguousAsCOrder() {
    const torch::Tensor t = torch::arange(12, torch::kFloat32).reshape({3, 4}).t();  // [4, 3]
    const std::string path = patchdiff::test::temp_dir() + "/t.npy";
    io::write_npy(path, t);
    const torch::Tensor back = io::read_npy(path);
    verify_same(back, t.contiguous());
    QCOMPARE(back[0][1].item<float>(), 4.0f);
  }

  void parseVariants_data() {
    QTest::addColumn<std::string>("bytes");
    const std::string data = float_bytes({1.5f, -2.0f, 3.0f, 0.25f});
    QTest::newRow("version 2.0") << make_npy(
        2, "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }\n", data);
    QTest::newRow("version 3.0") << make_npy(
        3, "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 2), }\n", data);
    QTest::newRow("reordered, double quotes, no trailing comma") << make_npy(
        1, "{\"shape\": (2,2), \"fortran_order\": False, \"descr\": \"<f4\"}   \n", data);
    QTest::newRow("native byte order, python 2 longs")
        << make_npy(1, "{'descr': '=f4', 'fortran_order': False, 'shape': (2L, 2L), }\n", data);
  }
  void parseVariants() {
    QFETCH(std::string, bytes);
    const torch::Tensor t = io::parse_npy(bytes, "variant.npy");
    verify_same(t, torch::tensor({1.5f, -2.0f, 3.0f, 0.25f}).reshape({2, 2}));
  }

  void malformed_data() {
    QTest::addColumn<std::string>("bytes");
    QTest::addColumn<std::string>("message");
    const std::string good = "{'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }\n";
    const std::string data(48, '\0');
    QTest::newRow("bad magic") << ("\x93NUMPZ" + make_npy(1, good, data).substr(6))
                               << std::string("magic");
    QTest::newRow("not npy at all") << std::string("hello") << std::string("magic");
    QTest::newRow("truncated data") << make_npy(1, good, data.substr(0, 40))
                                    << std::string(
                                           "dtype '<f4' and shape (3, 4) need 48 bytes of data "
                                           "but the file holds 40 (the file is truncated)");
    QTest::newRow("trailing data")
        << make_npy(1, good, data + "xx") << std::string("holds 50 (trailing bytes)");
    QTest::newRow("truncated header")
        << make_npy(1, good, "").substr(0, 30) << std::string("the header claims");
    QTest::newRow("fortran order")
        << make_npy(1, "{'descr': '<f4', 'fortran_order': True, 'shape': (3, 4), }\n", data)
        << std::string("Fortran order");
    QTest::newRow("complex dtype")
        << make_npy(1, "{'descr': '<c8', 'fortran_order': False, 'shape': (6,), }\n", data)
        << std::string("unsupported dtype '<c8'");
    QTest::newRow("uint16 dtype")
        << make_npy(1, "{'descr': '<u2', 'fortran_order': False, 'shape': (24,), }\n", data)
        << std::string("unsupported dtype '<u2'");
    QTest::newRow("big-endian")
        << make_npy(1, "{'descr': '>f4', 'fortran_order': False, 'shape': (3, 4), }\n", data)
        << std::string("big-endian");
    QTest::newRow("structured dtype")
        << make_npy(
               1,
               "{'descr': [('a', '<f4'), ('b', '<i4')], 'fortran_order': False, 'shape': (6,), }\n",
               data)
        << std::string("structured dtype");
    QTest::newRow("negative dimension")
        << make_npy(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (-3, 4), }\n", data)
        << std::string("malformed header");
    QTest::newRow("missing shape")
        << make_npy(1, "{'descr': '<f4', 'fortran_order': False, }\n", data)
        << std::string("lacks 'descr', 'fortran_order' or 'shape'");
    QTest::newRow("unterminated dict") << make_npy(1, "{'descr': '<f4', 'fortran_order': False", "")
                                       << std::string("malformed header");
    QTest::newRow("version 4.0") << make_npy(3, good, data).replace(6, 1, "\x04")
                                 << std::string("unsupported format version 4.0");
    QTest::newRow("10^12 elements")
        << make_npy(1, "{'descr': '<f4', 'fortran_order': False, 'shape': (1000000, 1000000), }\n", data)
        << std::string("need 4000000000000 bytes of data but the file holds 48");
    QTest::newRow("huge shape")
        << make_npy(
               1, "{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, 4294967296), }\n",
               data)
        << std::string("too large");
  }
  void malformed() {
    QFETCH(std::string, bytes);
    QFETCH(std::string, message);
    const std::string msg = error_of<IoError>([&] { io::parse_npy(bytes, "bad.npy"); });
    QVERIFY2(msg.find(message) != std::string::npos, msg.c_str());
    QVERIFY2(msg.find("'bad.npy'") != std::string::npos, msg.c_str());
  }

  void unsupportedDtypeOnWrite() {
    const std::string msg = error_of<IoError>([] { io::npy_bytes(torch::zeros({2}, torch::kBFloat16)); });
    QVERIFY2(msg.find("BFloat16") != std::string::npos, msg.c_str());
  }

  void readMissingFile() {
    const std::string path = patchdiff::test::temp_dir() + "/absent.npy";
    const std::string msg = error_of<IoError>([&] { io::read_npy(path); });
    QVERIFY2(msg.find(path) != std::string::npos && msg.find("does not exist") != std::string::npos,
             msg.c_str());
  }

  // Every model input and output in ../shared/reference, with the shapes index.json gives:
  // x is [len(t), 3, image_size, image_size], out is out_shape.
  void referenceModelArrays_data() {
    QTest::addColumn<std::string>("file");
    QTest::addColumn<std::vector<int64_t>>("shape");
    const auto index = nlohmann::json::parse(patchdiff::test::reference_index_text());
    for (const auto& [name, model] : index.at("models").items()) {
      const int64_t s = model.at("flags").at("image_size").get<int64_t>();
      const int64_t b = static_cast<int64_t>(model.at("t").size());
      QTest::newRow((name + " x").c_str())
          << model.at("x").get<std::string>() << std::vector<int64_t>{b, 3, s, s};
      QTest::newRow((name + " out").c_str()) << model.at("out").get<std::string>()
                                             << model.at("out_shape").get<std::vector<int64_t>>();
    }
  }
  void referenceModelArrays() {
    QFETCH(std::string, file);
    QFETCH(std::vector<int64_t>, shape);
    const std::string path = patchdiff::test::reference_path(file);
    const torch::Tensor t = io::read_npy(path);
    QCOMPARE(t.scalar_type(), torch::kFloat32);
    QCOMPARE(t.sizes().vec(), shape);
    QVERIFY(torch::isfinite(t).all().item<bool>());
    QVERIFY(t.std().item<float>() > 0.0f);
    // The last element, decoded straight from the end of the file.
    const std::string raw = io::read_file(path, "reference");
    float last = 0;
    std::memcpy(&last, raw.data() + raw.size() - sizeof last, sizeof last);
    QCOMPARE(t.flatten()[-1].item<float>(), last);
  }

  void referenceLinearBetas() {
    const auto index = nlohmann::json::parse(patchdiff::test::reference_index_text());
    const std::string file = index.at("schedules").at("linear").get<std::string>();
    const torch::Tensor betas = io::read_npy(patchdiff::test::reference_path(file));
    QCOMPARE(betas.scalar_type(), torch::kFloat64);
    QCOMPARE(betas.sizes().vec(), std::vector<int64_t>{1000});
    QVERIFY(std::abs(betas[0].item<double>() - 1e-4) < 1e-12);
    // The original's linear schedule at T = 1000: np.linspace(1e-4, 0.02, 1000).
    PD_COMPARE_TENSORS(betas, torch::linspace(1e-4, 0.02, 1000, torch::kFloat64), 1e-12);
  }
};

QTEST_GUILESS_MAIN(TestNpy)
#include "test_npy.moc"
