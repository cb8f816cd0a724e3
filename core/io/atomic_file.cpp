// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "core/error.h"
#include "core/io/memory_budget.h"

namespace patchdiff::io {

namespace {

namespace fs = std::filesystem;

std::string reason(int err) { return std::strerror(err); }

[[noreturn]] void fail_write(const std::string& path, const Message& detail) {
  throw IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot write '%1': %2"), {path, detail}));
}

// Removes the temporary file and reports; errno is captured by the caller first.
[[noreturn]] void abandon(int fd, const std::string& tmp, const std::string& path,
                          const Message& step, int err) {
  if (fd >= 0) ::close(fd);
  ::unlink(tmp.c_str());
  fail_write(path, Message(PATCHDIFF_TR_NOOP("core", "%1: %2"), {step, reason(err)}));
}

}  // namespace

void write_file_atomic(const std::string& path, const std::string& bytes) {
  const fs::path target(path);
  const std::string name = target.filename().string();
  if (name.empty() || name == "." || name == "..") {
    fail_write(path, Message(PATCHDIFF_TR_NOOP("core", "the path does not name a file"), {}));
  }
  // Same directory as the target, so rename() stays on one file system and is atomic.
  static std::atomic<unsigned> counter{0};
  const fs::path dir = target.parent_path();
  const std::string tmp_name =
      "." + name + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
  const std::string tmp = (dir.empty() ? fs::path(tmp_name) : dir / tmp_name).string();

  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) {
    const int err = errno;
    fail_write(path, Message(PATCHDIFF_TR_NOOP("core", "cannot create a temporary file in '%1': %2"),
                             {dir.empty() ? std::string(".") : dir.string(), reason(err)}));
  }

  const char* data = bytes.data();
  std::size_t left = bytes.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      abandon(fd, tmp, path, Message(PATCHDIFF_TR_NOOP("core", "write failed"), {}), errno);
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) abandon(fd, tmp, path, Message(PATCHDIFF_TR_NOOP("core", "fsync failed"), {}), errno);
  // close() can report a deferred write error (NFS, quota): the file is then incomplete.
  if (::close(fd) != 0) abandon(-1, tmp, path, Message(PATCHDIFF_TR_NOOP("core", "close failed"), {}), errno);
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    abandon(-1, tmp, path, Message(PATCHDIFF_TR_NOOP("core", "cannot rename the temporary file over it"), {}), errno);
  }
  // Make the rename itself durable; a failure here leaves a complete file, so ignore it.
  const int dir_fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0) {
    ::fsync(dir_fd);
    ::close(dir_fd);
  }
}

std::string read_file(const std::string& path, const Message& what) {
  const auto fail = [&](const Message& reason_text) {
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "cannot read %1 '%2': %3"), {what, path, reason_text}));
  };
  // O_NONBLOCK: opening a named pipe (say, one named like an image in a data folder) would
  // otherwise wait for a writer forever; only regular files are read, so it changes nothing else.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    const int err = errno;
    struct stat link {};
    if (err == ENOENT && ::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode))
      fail(Message(PATCHDIFF_TR_NOOP("core", "it is a symbolic link to a file that does not exist"), {}));
    if (err == ENOENT) fail(Message(PATCHDIFF_TR_NOOP("core", "the file does not exist"), {}));
    fail(reason(err));
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    const int err = errno;
    ::close(fd);
    fail(reason(err));
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    // A device (/dev/zero, /dev/urandom) would be read until memory runs out; a pipe or a
    // socket could block.
    fail(S_ISDIR(st.st_mode)    ? Message(PATCHDIFF_TR_NOOP("core", "it is a directory, expected a file"), {})
         : S_ISFIFO(st.st_mode) ? Message(PATCHDIFF_TR_NOOP("core", "it is a named pipe, expected a file"), {})
         : S_ISSOCK(st.st_mode) ? Message(PATCHDIFF_TR_NOOP("core", "it is a socket, expected a file"), {})
         : S_ISCHR(st.st_mode)  ? Message(PATCHDIFF_TR_NOOP("core", "it is a character device, expected a file"), {})
         : S_ISBLK(st.st_mode)  ? Message(PATCHDIFF_TR_NOOP("core", "it is a block device, expected a file"), {})
                                : Message(PATCHDIFF_TR_NOOP("core", "it is not a regular file"), {}));
  }
  if (const auto too_much = exceeds_memory(static_cast<uint64_t>(st.st_size))) {
    ::close(fd);
    fail(Message(PATCHDIFF_TR_NOOP("core", "the file %1"), {*too_much}));
  }
  std::string out;
  if (st.st_size > 0) out.reserve(static_cast<std::size_t>(st.st_size));
  char buf[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      ::close(fd);
      fail(reason(err));
    }
    out.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fd);
  return out;
}

}  // namespace patchdiff::io
