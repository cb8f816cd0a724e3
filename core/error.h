// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The error hierarchy of core/: every message says what went wrong, where, and what was
// expected, so the CLI can print it and the studio can show it. An error made from a Message
// (core/message.h) can be shown in the user's language; what() is always its English text.
#include <memory>
#include <stdexcept>
#include <string>

#include "core/message.h"

namespace patchdiff {

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& english) : std::runtime_error(english) {}
  explicit Error(const char* english) : std::runtime_error(english) {}
  explicit Error(const Message& message)
      : std::runtime_error(message.english()), m_message(std::make_shared<const Message>(message)) {}

  // The message to show: the structured one where the error was made from a Message, else
  // what() as plain text.
  Message message() const { return m_message ? *m_message : Message(std::string(what())); }

 private:
  std::shared_ptr<const Message> m_message;  // shared: exceptions are copied when thrown
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

// The message of any exception: an Error's own, else what() as plain text (LibTorch's and
// the standard library's messages have no translation).
inline Message message_of(const std::exception& e) {
  if (const auto* error = dynamic_cast<const Error*>(&e)) return error->message();
  return Message(std::string(e.what()));
}

// Thrown inside long loops when the user cancels; callers treat it as its own outcome,
// never as a failure.
struct Cancelled : std::exception {
  const char* what() const noexcept override { return "cancelled"; }
};

}  // namespace patchdiff
