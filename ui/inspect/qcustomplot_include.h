// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// QCustomPlot's header uses Qt's `signals` and `foreach` keywords, which QT_NO_KEYWORDS (set for
// all ui/ code because LibTorch has a member called `slots`) turns off: map them for it alone.
#define signals Q_SIGNALS
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef foreach
#undef signals
