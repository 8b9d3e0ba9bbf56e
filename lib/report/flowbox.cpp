#include "report/flowbox.h"

namespace Whyboard {

FlowBox::~FlowBox() = default;

} // namespace Whyboard
