// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/flowbox.h"

namespace Whyboard {

FlowBox::~FlowBox() = default;

} // namespace Whyboard
