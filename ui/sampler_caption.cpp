// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sampler_caption.h"

#include <QCoreApplication>

#include "core/sampling/sampler_catalog.h"

namespace patchdiff::ui {

namespace {
// The registry's titles for lupdate (the core has no Qt); a new solver adds its title here.
constexpr const char* kContext = "patchdiff::ui::SamplingPanel";
[[maybe_unused]] const char* const kSolverTitles[] = {
    QT_TRANSLATE_NOOP("patchdiff::ui::SamplingPanel", "DDPM"),
    QT_TRANSLATE_NOOP("patchdiff::ui::SamplingPanel", "DDIM"),
};
}  // namespace

QString solverTitle(const std::string& solverId) {
  try {
    return QCoreApplication::translate(kContext, sampling::solver_info(solverId).title.c_str());
  } catch (const std::exception&) {
    return QString::fromStdString(solverId);  // a solver of a later version
  }
}

QString samplerCaption(const sampling::SamplerSettings& job) {
  const QString title = solverTitle(job.solver);
  try {
    if (sampling::solver_info(job.solver).uses_eta) return title + QStringLiteral(" η=%1").arg(job.eta);
  } catch (const std::exception&) {
  }
  return title;
}

}  // namespace patchdiff::ui
