// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <torch/torch.h>
#include <QtTest/QtTest>
#include <string>
#include <vector>
