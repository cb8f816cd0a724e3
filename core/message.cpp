// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/message.h"

namespace patchdiff {

Message::Message(std::string plain) : m_text(std::move(plain)) {}
Message::Message(const char* plain) : m_text(plain) {}
Message::Message(const char* text, std::vector<Message> args)
    : m_text(text), m_translatable(true), m_args(std::move(args)) {}

std::string Message::render(const Lookup& lookup) const {
  if (!m_translatable) return m_text;
  const std::string pattern = lookup ? lookup(m_text) : m_text;
  // One pass over the pattern, as QString::arg with several arguments: an argument that
  // itself holds "%1" (a path, say) is never substituted again.
  std::string out;
  out.reserve(pattern.size() + 64);
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
      const size_t index = static_cast<size_t>(pattern[i + 1] - '1');
      if (index < m_args.size()) {
        out += m_args[index].render(lookup);
        ++i;
        continue;
      }
    }
    out += c;
  }
  return out;
}

std::string Message::english() const { return render(nullptr); }

}  // namespace patchdiff
