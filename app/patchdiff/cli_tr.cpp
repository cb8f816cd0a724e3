// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/patchdiff/cli_tr.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <system_error>
#include <vector>

#include "core/error.h"

#ifdef PATCHDIFF_CLI_TRANSLATED
#include <QLocale>
#include <QString>
#include <QTranslator>
#endif

namespace patchdiff::cli {

namespace {

#ifdef PATCHDIFF_CLI_TRANSLATED
// The process's one translation; a QTranslator needs no QCoreApplication to look up text.
std::unique_ptr<QTranslator>& translator() {
  static std::unique_ptr<QTranslator> instance;
  return instance;
}

std::vector<std::filesystem::path> translation_dirs() {
  std::vector<std::filesystem::path> dirs;
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) dirs.push_back(exe.parent_path() / ".." / "share" / "patchdiff" / "translations");
#ifdef PATCHDIFF_BUILD_TRANSLATIONS_DIR
  dirs.emplace_back(PATCHDIFF_BUILD_TRANSLATIONS_DIR);
#endif
  return dirs;
}

// The locale that decides the messages' language, as setlocale(LC_MESSAGES, "") would.
std::string messages_locale() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"})
    if (const char* value = std::getenv(name); value && *value) return value;
  return "C";
}
#endif

// Bytes of the UTF-8 sequence that starts with `lead`.
int sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

// Columns a code point takes in a terminal: two for the CJK blocks our translations use
// (Hangul Jamo onwards to the Hangul syllables, CJK compatibility forms, full-width forms).
int columns_of(char32_t c) {
  const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                    (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                    (c >= 0xFFE0 && c <= 0xFFE6);
  return wide ? 2 : 1;
}

}  // namespace

std::string translate(const char* context, const char* source, const char* disambiguation) {
#ifdef PATCHDIFF_CLI_TRANSLATED
  if (const auto& t = translator()) {
    const QString text = t->translate(context, source, disambiguation);
    if (!text.isEmpty()) return text.toStdString();
  }
#else
  (void)context;
  (void)disambiguation;
#endif
  return source;
}

std::string error_text(const std::exception& error) {
  return message_of(error).render(
      [](const std::string& english) { return translate("core", english.c_str()); });
}

std::string load_translation() {
#ifdef PATCHDIFF_CLI_TRANSLATED
  const std::string locale = messages_locale();
  if (locale == "C" || locale == "POSIX" || locale.rfind("C.", 0) == 0) return {};
  auto candidate = std::make_unique<QTranslator>();
  // QLocale::system() reads $LANGUAGE, then LC_ALL, LC_MESSAGES and LANG.
  for (const auto& dir : translation_dirs())
    if (candidate->load(QLocale::system(), QStringLiteral("patchdiff"), QStringLiteral("_"),
                        QString::fromStdString(dir.string()))) {
      translator() = std::move(candidate);
      return translator()->filePath().toStdString();
    }
#endif
  return {};
}

void print_warning(const std::string& text) {
  std::fprintf(stderr, "%s\n", format(translate("patchdiff", "warning: %1"), {text}).c_str());
}

void print_note(const std::string& text) {
  std::fprintf(stderr, "%s\n", format(translate("patchdiff", "note: %1"), {text}).c_str());
}

std::string format(const std::string& pattern, std::initializer_list<std::string> args) {
  std::string out;
  out.reserve(pattern.size());
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char next = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
    const size_t index = static_cast<size_t>(next - '1');
    if (pattern[i] == '%' && next >= '1' && next <= '9' && index < args.size()) {
      out += *(args.begin() + index);
      ++i;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

std::string pad(const std::string& text, int columns) {
  int used = 0;
  for (size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const int length = sequence_length(lead);
    char32_t c = length == 1 ? lead : lead & (0xFF >> (length + 1));
    for (int k = 1; k < length && i + k < text.size(); ++k)
      c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    used += columns_of(c);
    i += static_cast<size_t>(length);
  }
  return used >= columns ? text : text + std::string(static_cast<size_t>(columns - used), ' ');
}

}  // namespace patchdiff::cli
