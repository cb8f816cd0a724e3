// SPDX-License-Identifier: GPL-3.0-or-later
// npy (header dictionary, shape, dtype, data length) and npz (a zip of npy files, stored or
// deflated, through libzip), as `--noise`, `evaluate` and the reference tests read them.
#include "core/io/npy.h"
#include "core/io/npz.h"
#include "fuzz/fuzz_input.h"

using namespace patchdiff;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size >= 2 && data[0] == 'P' && data[1] == 'K') {
    const std::string path = fuzz::as_file(data, size, ".npz");
    fuzz::expect_clean_errors([&] { (void)io::read_npz(path); });
  } else {
    fuzz::expect_clean_errors([&] { (void)io::parse_npy(fuzz::bytes_of(data, size), "fuzz.npy"); });
  }
  return 0;
}
