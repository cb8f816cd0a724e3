// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The error hierarchy of core/: every message says what went wrong, where, and what was
// expected, so the CLI can print it and the studio can show it as is.
#include <stdexcept>
#include <string>

namespace patchdiff {

struct Error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A checkpoint file that cannot be read or does not match the network.
struct CheckpointError : Error {
  using Error::Error;
};

// Flags or settings that are missing, malformed or contradict each other.
struct ConfigError : Error {
  using Error::Error;
};

// An input or output file (images, npy/npz, PNG metadata) that cannot be read or written.
struct IoError : Error {
  using Error::Error;
};

// Thrown inside long loops when the user cancels; callers treat it as its own outcome,
// never as a failure.
struct Cancelled : std::exception {
  const char* what() const noexcept override { return "cancelled"; }
};

}  // namespace patchdiff
