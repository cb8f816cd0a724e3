// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An exception's message in the studio's language. The core's errors carry their message as
// an English template with arguments (core/message.h); the templates are translated under the
// context "core" in the same .qm files as the studio's own texts. Other exceptions (LibTorch,
// the standard library) show their what() as it is.
#include <QString>

#include <exception>

namespace patchdiff::ui {

QString errorText(const std::exception& error);

}  // namespace patchdiff::ui
