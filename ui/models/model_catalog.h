// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The checkpoints the studio knows: the bundled ones and any the user opened, with what
// their sidecars say (title, family, patch size, attribution). Checkpoints of one family
// differ only in patch size, so a P selector switches between them.
#include <QObject>
#include <QString>
#include <QVector>

namespace patchdiff::ui {

struct CatalogEntry {
  QString path;  // absolute
  QString title, family, description, license, attribution;
  int patchSize = 0;  // from the sidecar; 0 when unknown
  int imageSize = 0;
  QString schedule;
  bool bundled = false;
};

class ModelCatalog : public QObject {
  Q_OBJECT

 public:
  explicit ModelCatalog(QObject* parent = nullptr);

  // Adds every *.pt and *.safetensors in `dir` (sidecars read when present; a malformed one is skipped).
  void scanDirectory(const QString& dir, bool bundled);
  // Adds (or finds) one checkpoint; returns its index.
  int addCheckpoint(const QString& path, bool bundled = false);
  // Forgets a checkpoint (one that failed to load); indices after it shift down.
  void removeCheckpoint(const QString& path);

  const QVector<CatalogEntry>& entries() const { return m_entries; }
  int indexOfPath(const QString& path) const;
  // An entry whose file name is `fileName` (a restored run made on another machine).
  int indexOfFileName(const QString& fileName) const;
  QStringList families() const;
  // Entry indices of a family, sorted by patch size.
  QVector<int> familyMembers(const QString& family) const;
  // The member of `family` with patch size `patchSize`, or -1.
  int familyMember(const QString& family, int patchSize) const;

 Q_SIGNALS:
  void changed();

 private:
  QVector<CatalogEntry> m_entries;
};

}  // namespace patchdiff::ui
