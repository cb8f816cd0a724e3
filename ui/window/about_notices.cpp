// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/about_notices.h"

#include <QCoreApplication>

#include "app/notices/third_party.h"

namespace patchdiff::ui {

QString licenseNoticesHtml() {
  QString libraries;
  for (const notices::Library& library : notices::third_party_libraries(notices::Program::Studio))
    libraries += QStringLiteral("<li><a href=\"%1\">%2</a>: %3</li>")
                     .arg(QString::fromStdString(library.url).toHtmlEscaped(),
                          QString::fromStdString(library.name).toHtmlEscaped(),
                          QString::fromStdString(library.license).toHtmlEscaped());
  //: %1 is the licence's SPDX identifier, GPL-3.0-or-later; keep it as it is.
  return QCoreApplication::translate("AboutNotices",
                                     "<p>Free software under the %1 license, with no warranty.</p>"
                                     "<p>Third-party libraries:</p>")
             .arg(QLatin1String(notices::kLicense)) +
         QStringLiteral("<ul>%1</ul>").arg(libraries);
}

}  // namespace patchdiff::ui
