// SPDX-License-Identifier: GPL-3.0-or-later
// core/io/atomic_file: whole-file reads and crash-safe writes.

#include <filesystem>
#include <string>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "support/error_of.h"
#include "support/file_size_limit.h"
#include "support/shared_data.h"

namespace fs = std::filesystem;
using patchdiff::IoError;
namespace io = patchdiff::io;

using patchdiff::test::error_of;

namespace {

std::vector<std::string> entries(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

class TestAtomicFile : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void writesAndReadsBackBinary() {
    const std::string dir = patchdiff::test::temp_dir();
    const std::string path = dir + "/out.bin";
    std::string bytes("a\0b\xff\n", 5);
    bytes += std::string(100000, 'x');
    io::write_file_atomic(path, bytes);
    QCOMPARE(io::read_file(path, "test file"), bytes);
    QCOMPARE(entries(dir), std::vector<std::string>{"out.bin"});
  }

  void overwritesExistingFile() {
    const std::string dir = patchdiff::test::temp_dir();
    const std::string path = dir + "/f.txt";
    io::write_file_atomic(path, "old contents, longer");
    io::write_file_atomic(path, "new");
    QCOMPARE(io::read_file(path, "test file"), std::string("new"));
    QCOMPARE(entries(dir), std::vector<std::string>{"f.txt"});
  }

  void writesEmptyFile() {
    const std::string path = patchdiff::test::temp_dir() + "/empty";
    io::write_file_atomic(path, "");
    QCOMPARE(fs::file_size(path), std::uintmax_t(0));
    QCOMPARE(io::read_file(path, "test file"), std::string());
  }

  void nonexistentDirectoryThrowsAndLeavesNothing() {
    const std::string dir = patchdiff::test::temp_dir();
    const std::string path = dir + "/missing/sub/out.npy";
    const std::string msg = error_of<IoError>([&] { io::write_file_atomic(path, "data"); });
    QVERIFY2(msg.find("'" + path + "'") != std::string::npos, msg.c_str());
    QVERIFY2(msg.find("No such file or directory") != std::string::npos, msg.c_str());
    QVERIFY(entries(dir).empty());
  }

  void renameOverDirectoryThrowsAndRemovesTemp() {
    const std::string dir = patchdiff::test::temp_dir();
    fs::create_directory(dir + "/target");
    fs::create_directory(dir + "/target/inner");  // a non-empty directory cannot be replaced
    const std::string msg = error_of<IoError>([&] { io::write_file_atomic(dir + "/target", "data"); });
    QVERIFY2(msg.find("cannot rename") != std::string::npos, msg.c_str());
    QCOMPARE(entries(dir), std::vector<std::string>{"target"});
  }

  void failedWriteRemovesTemp() {
    // A file size limit makes write() fail with EFBIG part way, as a full disk would.
    const std::string dir = patchdiff::test::temp_dir();
    const std::string path = dir + "/big.bin";
    io::write_file_atomic(path, "previous");
    std::string msg;
    {
      const patchdiff::test::FileSizeLimit full_disk(4096);
      QVERIFY(full_disk.active());
      msg = error_of<IoError>([&] { io::write_file_atomic(path, std::string(65536, 'z')); });
    }
    QVERIFY2(msg.find("write failed") != std::string::npos, msg.c_str());
    QVERIFY2(msg.find("File too large") != std::string::npos, msg.c_str());
    QCOMPARE(entries(dir), std::vector<std::string>{"big.bin"});
    QCOMPARE(io::read_file(path, "test file"), std::string("previous"));
  }

  void pathWithoutFileNameThrows() {
    const std::string dir = patchdiff::test::temp_dir();
    const std::string msg = error_of<IoError>([&] { io::write_file_atomic(dir + "/", "x"); });
    QVERIFY2(msg.find("does not name a file") != std::string::npos, msg.c_str());
  }

  void readMissingFileThrows() {
    const std::string path = patchdiff::test::temp_dir() + "/nope.npy";
    const std::string msg = error_of<IoError>([&] { io::read_file(path, "npy file"); });
    QVERIFY2(msg.find("npy file '" + path + "'") != std::string::npos, msg.c_str());
    QVERIFY2(msg.find("does not exist") != std::string::npos, msg.c_str());
  }

  void readDirectoryThrows() {
    const std::string dir = patchdiff::test::temp_dir();
    const std::string msg = error_of<IoError>([&] { io::read_file(dir, "image"); });
    QVERIFY2(msg.find("is a directory") != std::string::npos, msg.c_str());
  }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "test_atomic_file.moc"
