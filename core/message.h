// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A message a user reads, kept as an English template with its arguments so the studio and
// the command line can show it in the user's language: the template ("cannot read %1 '%2':
// %3", Qt's %1..%9, which a translation may reorder) is looked up in the translations under
// the context "core"; each argument is plain text (a path, a number, a system's reason) or a
// message of its own (a reason that has a translation too). core/ stays free of Qt: rendering
// takes the lookup as a function.
#include <functional>
#include <string>
#include <vector>

namespace patchdiff {

// Marks a template for lupdate, which reads it as QT_TRANSLATE_NOOP (the alias is in
// translations/CMakeLists.txt). The context is always "core": PATCHDIFF_TR_NOOP("core", "...").
#define PATCHDIFF_TR_NOOP(context, text) text

class Message {
 public:
  // Plain text, shown as it is in every language.
  Message(std::string plain);  // NOLINT(google-explicit-constructor): arguments convert
  Message(const char* plain);  // NOLINT(google-explicit-constructor)
  // A translatable template (marked with PATCHDIFF_TR_NOOP) and its arguments.
  Message(const char* text, std::vector<Message> args);

  // The template's lookup: the translation of an English template, or the template itself.
  using Lookup = std::function<std::string(const std::string& english_template)>;
  // The text with every template translated by `lookup` and the arguments filled in.
  std::string render(const Lookup& lookup) const;
  // The English text (what() of an error carrying it).
  std::string english() const;

  bool translatable() const { return m_translatable; }
  const std::string& text() const { return m_text; }

 private:
  std::string m_text;
  bool m_translatable = false;
  std::vector<Message> m_args;
};

}  // namespace patchdiff
