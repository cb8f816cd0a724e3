// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sampling/sampler_caption.h"

#include <QCoreApplication>

#include "core/sampling/sampler_catalog.h"

namespace patchdiff::ui {

namespace {
// The registry's titles for lupdate (the core has no Qt); a new solver adds its title here.
constexpr const char* kContext = "patchdiff::ui::SamplingPanel";
[[maybe_unused]] const char* const kSolverTitles[] = {
    QT_TRANSLATE_NOOP("patchdiff::ui::SamplingPanel", "DDPM"),
    QT_TRANSLATE_NOOP("patchdiff::ui::SamplingPanel", "DDIM"),
    QT_TRANSLATE_NOOP("patchdiff::ui::SamplingPanel", "Euler"),
    QT_TRANSLATE_NOOP("patchdiff::ui::SamplingPanel", "Euler ancestral"),
    QT_TRANSLATE_NOOP("patchdiff::ui::SamplingPanel", "Heun"),
    QT_TRANSLATE_NOOP("patchdiff::ui::SamplingPanel", "DPM++ 2M"),
    QT_TRANSLATE_NOOP("patchdiff::ui::SamplingPanel", "DPM++ 2M SDE"),
    QT_TRANSLATE_NOOP("patchdiff::ui::SamplingPanel", "UniPC"),
};
// The schedule registry's names as shown (core/sampling/schedule.cpp), for lupdate.
const char* const kScheduleTitles[][2] = {
    {"uniform", QT_TRANSLATE_NOOP("patchdiff::ui::SamplingPanel", "Uniform (original)")},
    {"karras", QT_TRANSLATE_NOOP("patchdiff::ui::SamplingPanel", "Karras")},
    {"exponential", QT_TRANSLATE_NOOP("patchdiff::ui::SamplingPanel", "Exponential (log-SNR)")},
    {"trailing", QT_TRANSLATE_NOOP("patchdiff::ui::SamplingPanel", "Trailing")},
};
}  // namespace

QString solverTitle(const std::string& solverId) {
  try {
    return QCoreApplication::translate(kContext, sampling::solver_info(solverId).title.c_str());
  } catch (const std::exception&) {
    return QString::fromStdString(solverId);  // a solver of a later version
  }
}

QString scheduleTitle(const std::string& schedule) {
  for (const auto& row : kScheduleTitles)
    if (schedule == row[0]) return QCoreApplication::translate(kContext, row[1]);
  return QString::fromStdString(schedule);
}

QString samplerCaption(const sampling::SamplerSettings& job) {
  const QString title = solverTitle(job.solver);
  try {
    QString caption = title;
    if (sampling::solver_info(job.solver).uses_eta) caption += QStringLiteral(" η=%1").arg(job.eta);
    if (job.schedule != "uniform") caption += QStringLiteral(" · ") + scheduleTitle(job.schedule);
    return caption;
  } catch (const std::exception&) {
  }
  return title;
}

}  // namespace patchdiff::ui
