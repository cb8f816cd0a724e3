// SPDX-License-Identifier: GPL-3.0-or-later
// core/io/npz (libzip) and stored_zip_writer: .npz round trips, the zip structure other
// tools read, np.savez_compressed's deflated entries, damaged archives.
#include <zlib.h>

#include <string>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/npy.h"
#include "core/io/npz.h"
#include "core/io/crc32.h"
#include "core/io/stored_zip_writer.h"
#include "support/error_of.h"
#include "support/little_endian.h"
#include "support/shared_data.h"

using patchdiff::IoError;
namespace io = patchdiff::io;

using patchdiff::test::error_of;

namespace {

// Bitwise CRC-32 (reflected 0xEDB88320), independent of the table in crc32.cpp.
uint32_t bitwise_crc32(const std::string& s) {
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char c : s) {
    crc ^= c;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

uint32_t le16(const std::string& s, std::size_t at) {
  return static_cast<unsigned char>(s[at]) | (static_cast<unsigned char>(s[at + 1]) << 8);
}
uint32_t le32(const std::string& s, std::size_t at) {
  return le16(s, at) | (le16(s, at + 2) << 16);
}

using patchdiff::test::put16;
using patchdiff::test::put32;

// Raw deflate (no zlib header), as Python's zipfile writes ZIP_DEFLATED entries.
std::string raw_deflate(const std::string& data) {
  z_stream z{};
  if (deflateInit2(&z, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
  std::string out(deflateBound(&z, data.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// One entry laid out the way np.savez writes it with Python's zipfile(force_zip64=True):
// the local header holds 0xFFFFFFFF sizes and a zip64 extra field, the central directory
// the real sizes and no extra field. `method` 8 with `payload` = raw_deflate(data) is
// np.savez_compressed's entry; `claimed_size` overrides the uncompressed size recorded.
std::string numpy_style_zip(const std::string& name, const std::string& data, uint16_t method = 0,
                            std::string payload = {}, uint32_t claimed_size = 0) {
  if (method == 0) payload = data;
  const uint32_t size = claimed_size ? claimed_size : static_cast<uint32_t>(data.size());
  const uint32_t crc = bitwise_crc32(data);
  std::string out;
  put32(out, 0x04034b50);
  put16(out, 45);
  put16(out, 0);
  put16(out, method);
  put16(out, 0x6000);
  put16(out, 0x5821);
  put32(out, crc);
  put32(out, 0xFFFFFFFF);
  put32(out, 0xFFFFFFFF);
  put16(out, static_cast<uint32_t>(name.size()));
  put16(out, 20);
  out += name;
  put16(out, 1);
  put16(out, 16);
  put32(out, size);
  put32(out, 0);
  put32(out, static_cast<uint32_t>(payload.size()));
  put32(out, 0);
  out += payload;
  const std::size_t cd = out.size();
  put32(out, 0x02014b50);
  put16(out, 45);
  put16(out, 45);
  put16(out, 0);
  put16(out, method);
  put16(out, 0x6000);
  put16(out, 0x5821);
  put32(out, crc);
  put32(out, static_cast<uint32_t>(payload.size()));
  put32(out, size);
  put16(out, static_cast<uint32_t>(name.size()));
  put16(out, 0);
  put16(out, 0);
  put16(out, 0);
  put16(out, 0);
  put32(out, 0x01800000);
  put32(out, 0);
  out += name;
  const std::size_t cd_size = out.size() - cd;
  put32(out, 0x06054b50);
  put16(out, 0);
  put16(out, 0);
  put16(out, 1);
  put16(out, 1);
  put32(out, static_cast<uint32_t>(cd_size));
  put32(out, static_cast<uint32_t>(cd));
  put16(out, 0);
  return out;
}

io::NamedArrays sample_arrays() {
  torch::manual_seed(3);
  return {{"arr_0", torch::randint(0, 256, {4, 8, 8, 3}, torch::kUInt8)},  // [N, H, W, 3]
          {"arr_1", torch::tensor(std::vector<int64_t>{0, 3, 9, 2})}};
}

}  // namespace

class TestNpz : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void roundTripImagesAndLabels() {
    const std::string path = patchdiff::test::temp_dir() + "/samples.npz";
    const io::NamedArrays arrays = sample_arrays();
    io::write_npz(path, arrays);
    const io::NamedArrays back = io::read_npz(path);
    QCOMPARE(back.size(), std::size_t(2));
    for (std::size_t i = 0; i < 2; ++i) {
      QCOMPARE(back[i].first, arrays[i].first);
      QCOMPARE(back[i].second.scalar_type(), arrays[i].second.scalar_type());
      QCOMPARE(back[i].second.sizes().vec(), arrays[i].second.sizes().vec());
      QVERIFY(torch::equal(back[i].second, arrays[i].second));
    }
  }

  void zipStructure() {
    const std::string path = patchdiff::test::temp_dir() + "/samples.npz";
    const io::NamedArrays arrays = sample_arrays();
    io::write_npz(path, arrays);
    const std::string zip = io::read_file(path, "npz");

    // Local entries in order: header, name "<array>.npy", .npy data with a matching CRC.
    std::size_t at = 0;
    for (const auto& [name, tensor] : arrays) {
      QCOMPARE(le32(zip, at), 0x04034b50u);
      QCOMPARE(le16(zip, at + 8), 0u);  // stored
      const uint32_t crc = le32(zip, at + 14);
      const uint32_t comp = le32(zip, at + 18);
      const uint32_t size = le32(zip, at + 22);
      const uint32_t name_len = le16(zip, at + 26);
      const uint32_t extra_len = le16(zip, at + 28);
      QCOMPARE(comp, size);
      QCOMPARE(zip.substr(at + 30, name_len), name + ".npy");
      const std::string data = zip.substr(at + 30 + name_len + extra_len, size);
      QCOMPARE(data, io::npy_bytes(tensor));
      QCOMPARE(crc, bitwise_crc32(data));
      at += 30 + name_len + extra_len + size;
    }
    // Then the central directory and the end record that points at it.
    QCOMPARE(le32(zip, at), 0x02014b50u);
    const std::size_t end = zip.size() - 22;
    QCOMPARE(le32(zip, end), 0x06054b50u);
    QCOMPARE(le16(zip, end + 10), 2u);
    QCOMPARE(le32(zip, end + 16), static_cast<uint32_t>(at));
    QCOMPARE(le32(zip, end + 12), static_cast<uint32_t>(end - at));
    // The central entries point back at the local headers.
    QCOMPARE(le32(zip, at + 42), 0u);
    QCOMPARE(le32(zip, at + 16), bitwise_crc32(io::npy_bytes(arrays[0].second)));
  }

  void crcKnownValue() {
    QCOMPARE(io::crc32(std::string("123456789")), 0xCBF43926u);  // the standard check value
    QCOMPARE(io::crc32(std::string()), 0u);
    const std::string text = "The quick brown fox jumps over the lazy dog";
    QCOMPARE(io::crc32(text), bitwise_crc32(text));
    QCOMPARE(io::crc32(text.data() + 10, text.size() - 10, io::crc32(text.data(), 10)),
             bitwise_crc32(text));
  }

  void readsNumpyStyleZip64LocalHeader() {
    const torch::Tensor t = torch::arange(6, torch::kFloat64).reshape({2, 3});
    const std::string path = patchdiff::test::temp_dir() + "/numpy.npz";
    io::write_file_atomic(path, numpy_style_zip("x.npy", io::npy_bytes(t)));
    const io::NamedArrays back = io::read_npz(path);
    QCOMPARE(back.size(), std::size_t(1));
    QCOMPARE(back[0].first, std::string("x"));
    QVERIFY(torch::equal(back[0].second, t));
  }

  void readsCompressedNpz() {
    // np.savez_compressed: each .npy deflated (zipfile.ZIP_DEFLATED, zlib level 6).
    const torch::Tensor images = torch::arange(4 * 8 * 8 * 3, torch::kInt64).remainder(7).to(torch::kUInt8).reshape({4, 8, 8, 3});
    const std::string npy = io::npy_bytes(images);
    const std::string deflated = raw_deflate(npy);
    QVERIFY(!deflated.empty() && deflated.size() < npy.size());
    const std::string path = patchdiff::test::temp_dir() + "/compressed.npz";
    io::write_file_atomic(path, numpy_style_zip("arr_0.npy", npy, /*method=*/8, deflated));
    const io::NamedArrays back = io::read_npz(path);
    QCOMPARE(back.size(), std::size_t(1));
    QCOMPARE(back[0].first, std::string("arr_0"));
    QVERIFY(torch::equal(back[0].second, images));
  }

  void storedWriterOutputReadsBack() {
    // The writer of a build without libzip: what it writes, libzip (and numpy) read.
    io::ZipWriter writer;
    const io::NamedArrays arrays = sample_arrays();
    for (const auto& [name, tensor] : arrays) writer.add(name + ".npy", io::npy_bytes(tensor));
    const std::string path = patchdiff::test::temp_dir() + "/stored.npz";
    io::write_file_atomic(path, writer.finish());
    const io::NamedArrays back = io::read_npz(path);
    QCOMPARE(back.size(), arrays.size());
    for (std::size_t i = 0; i < arrays.size(); ++i) QVERIFY(torch::equal(back[i].second, arrays[i].second));
  }

  void implausibleSizeRejectedWithoutAllocating() {
    // A 100-byte deflated entry claiming 4 GiB: refused before a buffer is made for it.
    const std::string npy = io::npy_bytes(torch::zeros({16}));
    const std::string path = patchdiff::test::temp_dir() + "/bomb.npz";
    io::write_file_atomic(path, numpy_style_zip("arr_0.npy", npy, 8, raw_deflate(npy), 0xFFFFFFF0u));
    const std::string msg = error_of<IoError>([&] { io::read_npz(path); });
    QVERIFY2(msg.find("cannot read '" + path + "'") != std::string::npos, msg.c_str());
  }

  void corruptDataDetected() {
    const std::string path = patchdiff::test::temp_dir() + "/bad.npz";
    io::write_npz(path, sample_arrays());
    std::string zip = io::read_file(path, "npz");
    zip[200] ^= 0x5A;  // inside arr_0's pixels
    io::write_file_atomic(path, zip);
    const std::string msg = error_of<IoError>([&] { io::read_npz(path); });
    QVERIFY2(msg.find("entry 'arr_0.npy'") != std::string::npos && msg.find("CRC") != std::string::npos,
             msg.c_str());
  }

  void truncatedAndForeignFilesRejected() {
    const std::string dir = patchdiff::test::temp_dir();
    io::write_npz(dir + "/t.npz", sample_arrays());
    const std::string zip = io::read_file(dir + "/t.npz", "npz");
    // Every cut either loses the end record or leaves offsets past the end: an error, no crash.
    const std::string cut_path = dir + "/cut.npz";
    for (std::size_t cut = 0; cut < zip.size(); cut += 7) {
      io::write_file_atomic(cut_path, zip.substr(0, cut));
      const std::string msg = error_of<IoError>([&] { io::read_npz(cut_path); });
      QVERIFY2(msg.find("cannot read '" + cut_path + "'") != std::string::npos, msg.c_str());
    }
    io::write_file_atomic(dir + "/junk.npz", std::string(100, 'x'));
    const std::string msg = error_of<IoError>([&] { io::read_npz(dir + "/junk.npz"); });
    QVERIFY2(msg.find("as a zip archive (.npz)") != std::string::npos, msg.c_str());
  }

  void entryThatIsNotNpyNamed() {
    io::ZipWriter writer;
    writer.add("readme.txt", "hello");
    const std::string path = patchdiff::test::temp_dir() + "/odd.npz";
    io::write_file_atomic(path, writer.finish());
    const std::string msg = error_of<IoError>([&] { io::read_npz(path); });
    QVERIFY2(msg.find(path + ":readme.txt") != std::string::npos, msg.c_str());
  }

  void badNamesRejected() {
    const std::string dir = patchdiff::test::temp_dir();
    std::string msg = error_of<IoError>([&] { io::write_npz(dir + "/a.npz", {{"", torch::zeros({1})}}); });
    QVERIFY2(msg.find("empty name") != std::string::npos, msg.c_str());
    msg = error_of<IoError>([&] {
      io::write_npz(dir + "/b.npz", {{"x", torch::zeros({1})}, {"x", torch::ones({1})}});
    });
    QVERIFY2(msg.find("duplicate entry 'x.npy'") != std::string::npos, msg.c_str());
    QVERIFY(!std::filesystem::exists(dir + "/a.npz") && !std::filesystem::exists(dir + "/b.npz"));
  }
};

QTEST_GUILESS_MAIN(TestNpz)
#include "test_npz.moc"
