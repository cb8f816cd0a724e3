#pragma once
#include <torch/torch.h>
#include <QtTest/QtTest>
#include <string>
#include <vector>
