// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/error_text.h"

#include <QCoreApplication>

#include "core/error.h"

namespace patchdiff::ui {

QString errorText(const std::exception& error) {
  const std::string text = message_of(error).render([](const std::string& english) {
    return QCoreApplication::translate("core", english.c_str()).toStdString();
  });
  return QString::fromStdString(text);
}

}  // namespace patchdiff::ui
