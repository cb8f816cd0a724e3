// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A disk that fills up, for tests: while a FileSizeLimit lives, writing past `bytes` in a
// file fails with EFBIG, as it would with ENOSPC. SIGXFSZ is ignored meanwhile so the
// process lives to report the failure. Both are restored when it goes out of scope.
#include <sys/resource.h>

#include <csignal>

namespace patchdiff::test {

class FileSizeLimit {
 public:
  explicit FileSizeLimit(rlim_t bytes) {
    m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    m_ok = getrlimit(RLIMIT_FSIZE, &m_old) == 0;
    rlimit small = m_old;
    small.rlim_cur = bytes;
    m_ok = m_ok && setrlimit(RLIMIT_FSIZE, &small) == 0;
  }
  ~FileSizeLimit() {
    setrlimit(RLIMIT_FSIZE, &m_old);
    std::signal(SIGXFSZ, m_oldHandler);
  }
  FileSizeLimit(const FileSizeLimit&) = delete;
  FileSizeLimit& operator=(const FileSizeLimit&) = delete;

  bool active() const { return m_ok; }  // the limit was set (assert it in the test)

 private:
  rlimit m_old{};
  void (*m_oldHandler)(int) = SIG_DFL;
  bool m_ok = false;
};

}  // namespace patchdiff::test
