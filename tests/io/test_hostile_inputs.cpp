// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile inputs that are more than one bad file (single bad files are rows of the
// readers' own tests: test_checkpoint_errors, test_npy, test_npz): zip bombs that really
// inflate, a symbolic link loop in a data folder, pipes and devices named like images, a
// 100,000-image folder with unreadable files, a folder of images too large for memory. Each
// must end in a clear message, within bounded memory and without hanging (a hang here is a
// ctest timeout).
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <QObject>
#include <QtTest>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/io/atomic_file.h"
#include "core/io/image.h"
#include "core/io/image_folder.h"
#include "core/io/memory_budget.h"
#include "core/io/npz.h"
#include "core/model/state_dict.h"
#include "core/score/image_set.h"
#include "support/error_of.h"
#include "support/little_endian.h"
#include "support/shared_data.h"

namespace fs = std::filesystem;
namespace io = patchdiff::io;
using patchdiff::test::error_of;

namespace {

using patchdiff::test::put16;
using patchdiff::test::put32;

struct ZipEntry {
  std::string name;
  uint16_t method;  // 0 stored, 8 deflated
  uint32_t crc;
  uint32_t size;    // uncompressed, as claimed
  std::string payload;
};

// A plain zip (no zip64) of `entries`, local headers and central directory agreeing.
std::string zip_of(const std::vector<ZipEntry>& entries) {
  std::string out;
  std::vector<uint32_t> offsets;
  for (const auto& e : entries) {
    offsets.push_back(static_cast<uint32_t>(out.size()));
    put32(out, 0x04034b50);
    put16(out, 20);
    put16(out, 0);
    put16(out, e.method);
    put16(out, 0);
    put16(out, 0x21);
    put32(out, e.crc);
    put32(out, static_cast<uint32_t>(e.payload.size()));
    put32(out, e.size);
    put16(out, static_cast<uint32_t>(e.name.size()));
    put16(out, 0);
    out += e.name;
    out += e.payload;
  }
  const auto cd = static_cast<uint32_t>(out.size());
  for (size_t i = 0; i < entries.size(); ++i) {
    const auto& e = entries[i];
    put32(out, 0x02014b50);
    put16(out, 20);
    put16(out, 20);
    put16(out, 0);
    put16(out, e.method);
    put16(out, 0);
    put16(out, 0x21);
    put32(out, e.crc);
    put32(out, static_cast<uint32_t>(e.payload.size()));
    put32(out, e.size);
    put16(out, static_cast<uint32_t>(e.name.size()));
    put16(out, 0);
    put16(out, 0);
    put16(out, 0);
    put16(out, 0);
    put32(out, 0);
    put32(out, offsets[i]);
    out += e.name;
  }
  const auto cd_size = static_cast<uint32_t>(out.size() - cd);
  put32(out, 0x06054b50);
  put16(out, 0);
  put16(out, 0);
  put16(out, static_cast<uint32_t>(entries.size()));
  put16(out, static_cast<uint32_t>(entries.size()));
  put32(out, cd_size);
  put32(out, cd);
  put16(out, 0);
  return out;
}

constexpr uint32_t kBlock = 1 << 20;

// Raw deflate of one 1 MiB block of zeros, ended with a full flush: blocks like it are
// independent (no back-reference crosses a full flush), so k copies followed by an empty
// final block inflate to exactly k MiB of zeros. About 1 KB per MiB: a real bomb.
std::string deflated_zero_block() {
  const std::string zeros(kBlock, '\0');
  z_stream z{};
  deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, zeros.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.data()));
  z.avail_in = kBlock;
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FULL_FLUSH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string final_empty_block() {
  z_stream z{};
  deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
  std::string out(64, '\0');
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// A deflated entry that truly inflates to `mib` MiB of zeros, with the right CRC.
ZipEntry zero_bomb(const std::string& name, uint32_t mib) {
  const std::string block = deflated_zero_block();
  const std::string zeros(kBlock, '\0');
  const uLong block_crc = crc32(0, reinterpret_cast<const Bytef*>(zeros.data()), kBlock);
  uLong crc = 0;
  ZipEntry entry{name, 8, 0, mib * kBlock, {}};
  entry.payload.reserve(block.size() * mib + 16);
  for (uint32_t i = 0; i < mib; ++i) {
    entry.payload += block;
    crc = crc32_combine(crc, block_crc, kBlock);
  }
  entry.payload += final_empty_block();
  entry.crc = static_cast<uint32_t>(crc);
  return entry;
}

// Entries of 4000 MiB each, together more than this machine's usable memory.
std::vector<ZipEntry> bombs_beyond_memory(const std::string& prefix) {
  const uint32_t mib = 4000;
  const uint64_t each = uint64_t{mib} * kBlock;
  const uint64_t count = io::usable_memory_bytes() / each + 1;
  const ZipEntry bomb = zero_bomb("", mib);
  std::vector<ZipEntry> entries;
  for (uint64_t i = 0; i < count; ++i) {
    entries.push_back(bomb);
    entries.back().name = prefix + std::to_string(i);
  }
  return entries;
}

// The process's resident memory now (not its peak), in bytes.
uint64_t resident_bytes() {
  std::ifstream statm("/proc/self/statm");
  uint64_t pages = 0, resident = 0;
  statm >> pages >> resident;
  return resident * static_cast<uint64_t>(::sysconf(_SC_PAGE_SIZE));
}

// What listing 100,000 files may add to resident memory: 64 MB, or more under AddressSanitizer,
// whose allocator pads every block and holds freed memory back in quarantine.
#if defined(__SANITIZE_ADDRESS__)
constexpr uint64_t kListingBudget = uint64_t{512} << 20;
#else
constexpr uint64_t kListingBudget = uint64_t{64} << 20;
#endif

void write_bytes(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

class TestHostileInputs : public QObject {
  Q_OBJECT

  std::vector<fs::path> m_big_dirs;  // removed at the end: 100,000 files each

 private Q_SLOTS:
  void cleanupTestCase() {
    std::error_code ec;
    for (const auto& dir : m_big_dirs) fs::remove_all(dir, ec);
  }

  // An npz whose entries really inflate to more than this machine's memory: refused from the
  // directory's sizes before the first byte is inflated.
  void npzZipBombIsRefusedBeforeInflating() {
    const auto entries = bombs_beyond_memory("arr_");
    const std::string path = patchdiff::test::temp_dir() + "/bomb.npz";
    io::write_file_atomic(path, zip_of(entries));
    qInfo("%zu entries of 4000 MiB each in a file of %llu bytes", entries.size(),
          static_cast<unsigned long long>(fs::file_size(path)));
    const uint64_t before = resident_bytes();
    const std::string msg = error_of<patchdiff::IoError>([&] { io::read_npz(path); });
    qInfo("%s", msg.c_str());
    QVERIFY2(contains(msg, "'" + path + "'") && contains(msg, "zip bomb") && contains(msg, "GB"), msg.c_str());
    QVERIFY2(resident_bytes() < before + (uint64_t{256} << 20), "the claim was allocated");
  }

  // The same inside a torch.save layout: refused when the archive is opened.
  void checkpointZipBombIsRefusedBeforeInflating() {
    auto entries = bombs_beyond_memory("archive/data/");
    entries.insert(entries.begin(), ZipEntry{"archive/version", 0, 0, 2, "3\n"});
    entries.front().crc = static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>("3\n"), 2));
    const std::string path = patchdiff::test::temp_dir() + "/bomb.pt";
    io::write_file_atomic(path, zip_of(entries));
    const uint64_t before = resident_bytes();
    const std::string msg =
        error_of<patchdiff::CheckpointError>([&] { patchdiff::model::read_checkpoint(path); });
    qInfo("%s", msg.c_str());
    QVERIFY2(contains(msg, "'" + path + "'") && contains(msg, "zip bomb"), msg.c_str());
    QVERIFY2(resident_bytes() < before + (uint64_t{256} << 20), "the claim was allocated");
  }

  // An entry that claims little and inflates to far more: reading stops at the claim.
  void npzEntryInflatingPastItsClaimIsDamage() {
    ZipEntry entry = zero_bomb("arr_0.npy", 64);
    entry.size = 1000;
    const std::string path = patchdiff::test::temp_dir() + "/liar.npz";
    io::write_file_atomic(path, zip_of({entry}));
    const std::string msg = error_of<patchdiff::IoError>([&] { io::read_npz(path); });
    qInfo("%s", msg.c_str());
    QVERIFY2(contains(msg, "'" + path + "'") && contains(msg, "entry 'arr_0.npy' holds more than the 1000 bytes"),
             msg.c_str());
  }

  void symbolicLinkLoopIsNamed() {
    const fs::path dir = patchdiff::test::temp_dir();
    write_bytes(dir / "a.png", "x");
    write_bytes(dir / "sub" / "b.png", "x");
    fs::create_directory_symlink("..", dir / "sub" / "back");
    // Two links up: the original listed 2^40 paths before the system's link limit stopped it.
    fs::create_directory_symlink("..", dir / "sub" / "again");
    const std::string msg = error_of<patchdiff::IoError>([&] { io::list_image_files(dir.string()); });
    qInfo("%s", msg.c_str());
    QVERIFY2(contains(msg, "symbolic link loop") && contains(msg, (dir / "sub" / "again").string()) &&
                 contains(msg, "leads back to '" + dir.string() + "'"),
             msg.c_str());
    QVERIFY_THROWS_EXCEPTION(patchdiff::IoError, io::ImageFolder(dir.string(), {}));
    QVERIFY_THROWS_EXCEPTION(patchdiff::IoError, patchdiff::score::read_image_folder(dir.string()));
  }

  // A link to a folder outside the path being listed is no loop: followed, as the original.
  void linkToASiblingFolderIsFollowed() {
    const fs::path dir = patchdiff::test::temp_dir();
    write_bytes(dir / "photos" / "c.png", "x");
    fs::create_directory_symlink("photos", dir / "also");
    const auto files = io::list_image_files(dir.string());
    QCOMPARE(files.size(), size_t(2));
    QCOMPARE(fs::path(files[0]).filename().string(), std::string("c.png"));
  }

  // A named pipe would block the reader forever; a device would be read until memory ran
  // out; a dangling link names nothing. Each is a message naming the file and what it is.
  void pipesDevicesAndDanglingLinksAreNotRead() {
    const fs::path dir = patchdiff::test::temp_dir();
    QCOMPARE(::mkfifo((dir / "pipe.png").c_str(), 0600), 0);
    fs::create_symlink("/dev/zero", dir / "zero.png");
    fs::create_symlink(dir / "nowhere.png", dir / "gone.png");
    const auto message = [&](const char* name) {
      return error_of<patchdiff::IoError>([&] { io::read_file((dir / name).string(), "image"); });
    };
    QVERIFY2(contains(message("pipe.png"), "is a named pipe, expected a file"), message("pipe.png").c_str());
    QVERIFY2(contains(message("zero.png"), "is a character device"), message("zero.png").c_str());
    QVERIFY2(contains(message("gone.png"), "symbolic link to a file that does not exist"),
             message("gone.png").c_str());
  }

  // 100,000 images (hard links to one small PNG, so the folder is made in about a second)
  // and four that cannot be read. Training lists them in bounded memory and skips each bad
  // file with one warning naming it; scoring stops at the first with a message naming it.
  void hundredThousandImageFolderWithUnreadableFiles() {
    const fs::path dir = patchdiff::test::temp_dir();
    m_big_dirs.push_back(dir);
    const std::string png = io::encode_png(torch::full({8, 8, 3}, 200, torch::kUInt8));
    char name[32];
    fs::path source;
    for (int i = 0; i < 100000; ++i) {
      std::snprintf(name, sizeof name, "img_%06d.png", i);
      if (i % 50000 == 0) {  // ext4 allows 65,000 links to one file
        source = dir / name;
        write_bytes(source, png);
      } else {
        fs::create_hard_link(source, dir / name);
      }
    }
    std::vector<std::string> bad{"img_050000_corrupt.png", "img_070000_pipe.png", "img_090000_gone.png"};
    write_bytes(dir / bad[0], "not an image at all");
    QCOMPARE(::mkfifo((dir / bad[1]).c_str(), 0600), 0);
    fs::create_symlink(dir / "nowhere.png", dir / bad[2]);
    if (::geteuid() != 0) {  // root reads any file: a mode of 000 stops only other users
      bad.insert(bad.begin(), "img_030000_locked.png");
      write_bytes(dir / bad[0], io::encode_png(torch::zeros({8, 8, 3}, torch::kUInt8)));
      fs::permissions(dir / bad[0], fs::perms::none);
    }

    const uint64_t before = resident_bytes();
    std::vector<std::string> warnings;
    io::ImageFolderOptions options;
    options.image_size = 8;
    const io::ImageFolder folder(dir.string(), options, [&](const std::string& w) { warnings.push_back(w); });
    QCOMPARE(folder.size(), size_t(100000) + bad.size());
    const uint64_t listed = resident_bytes();
    qInfo("listing 100,000 files: %.1f MB resident", static_cast<double>(listed - before) / 1e6);
    QVERIFY2(listed < before + kListingBudget, "listing 100,000 files took more memory than its budget");
    for (const auto& file : bad) {
      const auto it = std::find(folder.paths().begin(), folder.paths().end(), (dir / file).string());
      QVERIFY(it != folder.paths().end());
      const auto index = static_cast<size_t>(it - folder.paths().begin());
      size_t used = index;
      folder.load(index, /*seed=*/1, &used);
      QCOMPARE(used, index + 1);  // the next file in sorted order stands in
    }
    QCOMPARE(warnings.size(), bad.size());
    for (size_t i = 0; i < bad.size(); ++i) QVERIFY2(contains(warnings[i], bad[i]), warnings[i].c_str());
    QVERIFY2(contains(warnings.back(), "symbolic link to a file that does not exist"), warnings.back().c_str());
    QCOMPARE(folder.skipped().size(), bad.size());

    const std::string msg =
        error_of<patchdiff::IoError>([&] { patchdiff::score::read_image_folder(dir.string()); });
    qInfo("%s", msg.c_str());
    QVERIFY2(contains(msg, bad[0]), msg.c_str());
  }

  // Scoring holds a set in memory: a folder too large for it is refused after one image is
  // decoded, before the rest are read (links to one 4096x4096 image, each 50 MB decoded).
  void imageFolderBeyondMemoryIsRefusedBeforeReading() {
    const fs::path dir = patchdiff::test::temp_dir();
    const fs::path first = dir / "big_0000.png";
    write_bytes(first, io::encode_png(torch::full({4096, 4096, 3}, 7, torch::kUInt8)));
    const uint64_t each = uint64_t{4096} * 4096 * 3;
    const uint64_t count = io::usable_memory_bytes() / each + 2;
    QVERIFY2(count < 60000, "test setup: more links than ext4 allows to one file");
    char name[32];
    for (uint64_t i = 1; i < count; ++i) {
      std::snprintf(name, sizeof name, "big_%04llu.png", static_cast<unsigned long long>(i));
      fs::create_hard_link(first, dir / name);
    }
    const std::string msg =
        error_of<patchdiff::IoError>([&] { patchdiff::score::read_image_folder(dir.string()); });
    qInfo("%s", msg.c_str());
    QVERIFY2(contains(msg, std::to_string(count) + " images of 4096x4096") && contains(msg, "more than the"),
             msg.c_str());
  }
};

QTEST_GUILESS_MAIN(TestHostileInputs)
#include "test_hostile_inputs.moc"
