// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the inspector and the compare window use of the studio: its parts, handed in by
// the main window, instead of the whole MainWindow (qBittorrent's feature folders: a
// window gets what it needs through a narrow interface).
class QMainWindow;

namespace patchdiff::ui {

class MessageBar;
class ModelCatalog;
class ModelPanel;
class SampleCanvas;
class SamplingController;
class SamplingPanel;
class InputPanel;
class TrajectoryStore;

struct StudioParts {
  QMainWindow* window = nullptr;  // parent of dialogs, docks and menus; its status and menu bars
  TrajectoryStore* store = nullptr;
  SampleCanvas* canvas = nullptr;
  ModelCatalog* catalog = nullptr;
  SamplingController* controller = nullptr;
  MessageBar* messageBar = nullptr;
  ModelPanel* modelPanel = nullptr;
  SamplingPanel* samplingPanel = nullptr;
  InputPanel* inputPanel = nullptr;  // the image runs start from, if any
};

}  // namespace patchdiff::ui
