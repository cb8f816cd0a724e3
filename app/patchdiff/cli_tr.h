// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The command line's own messages in the user's language, through Qt's translation system
// (context "patchdiff", the same .qm files as the studio). Built without QtCore (a machine
// with LibTorch alone) or when no translation matches the locale, translate() returns the
// English text. The core's errors are translated too (their templates, context "core":
// core/message.h); its warnings and LibTorch's messages stay English.
// This header includes no Qt: the CLI's sources keep core's precompiled header.
//
// Calls name their context, translate("patchdiff", "text"): lupdate reads them as it reads
// QCoreApplication::translate, without having to work out which namespace or class a free
// function belongs to (its C++ parser guesses wrong for `std::string f()` and friends).
#include <cstdio>
#include <exception>
#include <initializer_list>
#include <string>

namespace patchdiff::cli {

// `source` as the loaded translation has it for `context`, else `source` itself.
std::string translate(const char* context, const char* source, const char* disambiguation = nullptr);

// Marks a string for translation where it is stored (a table); translate() it where it is
// shown. lupdate reads it as QT_TRANSLATE_NOOP (translations/CMakeLists.txt has the alias).
#define PATCHDIFF_CLI_TRANSLATE_NOOP(context, text) text

// An exception's message in the user's language: a core error's template translated (context
// "core") with its arguments filled in; any other exception's what() as it is.
std::string error_text(const std::exception& error);

// "warning: TEXT" and "note: TEXT" lines on stderr: the prefix is translated, a TEXT from
// the core stays English.
void print_warning(const std::string& text);
void print_note(const std::string& text);

// Loads patchdiff_<lang>.qm for the messages locale: $LANGUAGE's list, else LC_ALL,
// LC_MESSAGES or LANG (as gettext, the C/POSIX locale means English whatever $LANGUAGE
// says). Looks in <executable>/../share/patchdiff/translations, then the build tree's.
// Returns the file loaded, or an empty string (English).
std::string load_translation();

// `pattern` with %1..%9 replaced by `args` (Qt's convention: a translation may reorder them).
std::string format(const std::string& pattern, std::initializer_list<std::string> args);

// printf of one value into a string, for format()'s arguments: c_format("%.1f", ms).
template <typename T>
std::string c_format(const char* printf_format, T value) {
  char text[64];
  std::snprintf(text, sizeof text, printf_format, value);
  return text;
}

// `text` followed by spaces up to `columns` terminal columns (CJK characters take two),
// so translated labels keep a table's alignment.
std::string pad(const std::string& text, int columns);

}  // namespace patchdiff::cli
