// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/model_catalog.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include "core/model/sidecar.h"

namespace patchdiff::ui {

namespace {
CatalogEntry readEntry(const QString& path) {
  CatalogEntry e;
  e.path = QFileInfo(path).absoluteFilePath();
  e.title = QFileInfo(path).fileName();
  try {
    if (const auto sidecar = model::read_sidecar_for(e.path.toStdString())) {
      if (!sidecar->title.empty()) e.title = QString::fromStdString(sidecar->title);
      e.description = QString::fromStdString(sidecar->description);
      e.license = QString::fromStdString(sidecar->license);
      e.attribution = QString::fromStdString(sidecar->attribution);
      const auto extra = QJsonDocument::fromJson(QByteArray::fromStdString(sidecar->extra_json)).object();
      e.family = extra.value(QStringLiteral("family")).toString();
      auto flag = [&](const char* name) {
        const auto it = sidecar->flags.find(name);
        return it == sidecar->flags.end() ? QString() : QString::fromStdString(it->second);
      };
      e.patchSize = flag("patch_size").toInt();
      e.imageSize = flag("image_size").toInt();
      e.schedule = flag("noise_schedule");
    }
  } catch (const std::exception&) {
    // A malformed sidecar: listed by file name; loading reports the problem.
  }
  return e;
}
}  // namespace

ModelCatalog::ModelCatalog(QObject* parent) : QObject(parent) {}

void ModelCatalog::scanDirectory(const QString& dir, bool bundled) {
  const auto files = QDir(dir).entryInfoList({QStringLiteral("*.pt"), QStringLiteral("*.safetensors")}, QDir::Files,
                                             QDir::Name);
  for (const auto& file : files) addCheckpoint(file.absoluteFilePath(), bundled);
}

int ModelCatalog::addCheckpoint(const QString& path, bool bundled) {
  const int existing = indexOfPath(path);
  if (existing >= 0) return existing;
  CatalogEntry e = readEntry(path);
  e.bundled = bundled;
  m_entries.push_back(e);
  Q_EMIT changed();
  return m_entries.size() - 1;
}

void ModelCatalog::removeCheckpoint(const QString& path) {
  const int i = indexOfPath(path);
  if (i < 0) return;
  m_entries.removeAt(i);
  Q_EMIT changed();
}

int ModelCatalog::indexOfPath(const QString& path) const {
  const QString abs = QFileInfo(path).absoluteFilePath();
  for (int i = 0; i < m_entries.size(); ++i)
    if (m_entries[i].path == abs) return i;
  return -1;
}

int ModelCatalog::indexOfFileName(const QString& fileName) const {
  for (int i = 0; i < m_entries.size(); ++i)
    if (QFileInfo(m_entries[i].path).fileName() == fileName) return i;
  return -1;
}

QStringList ModelCatalog::families() const {
  QStringList out;
  for (const auto& e : m_entries)
    if (!e.family.isEmpty() && !out.contains(e.family)) out << e.family;
  return out;
}

QVector<int> ModelCatalog::familyMembers(const QString& family) const {
  QVector<int> out;
  for (int i = 0; i < m_entries.size(); ++i)
    if (!family.isEmpty() && m_entries[i].family == family) out << i;
  std::sort(out.begin(), out.end(), [this](int a, int b) { return m_entries[a].patchSize < m_entries[b].patchSize; });
  return out;
}

int ModelCatalog::familyMember(const QString& family, int patchSize) const {
  for (int i : familyMembers(family))
    if (m_entries[i].patchSize == patchSize) return i;
  return -1;
}

}  // namespace patchdiff::ui
