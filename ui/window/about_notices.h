// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Help > About's licence paragraph and the third-party libraries the studio links
// (app/notices/third_party.h), as rich text.
#include <QString>

namespace patchdiff::ui {

QString licenseNoticesHtml();

}  // namespace patchdiff::ui
