#pragma once

#include <QCoreApplication>
#include <QString>

namespace Whyboard {

// "How bad is this?": a short name and a light-hearted description per severity level
// (1 worst .. 4; 0 not rated yet), so the room agrees quickly.
class SeverityLadder
{
    Q_DECLARE_TR_FUNCTIONS(SeverityLadder)

public:
    static constexpr int worst = 1;
    static constexpr int mildest = 4;

    static QString name(int severity);
    static QString description(int severity);
};

} // namespace Whyboard
