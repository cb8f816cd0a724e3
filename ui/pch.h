// SPDX-License-Identifier: GPL-3.0-or-later
// Precompiled header for ui/: Qt only (torch appears in a few .cpp files, never here).
#pragma once
#include <QtCore>
#include <QtGui>
#include <QtWidgets>
#include <atomic>
#include <memory>
#include <optional>
