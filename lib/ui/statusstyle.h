// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/statuscolours.h"

#include <QObject>

class QWidget;

namespace Whyboard {

// Gives a widget StatusColours for the palette it is shown in, and again whenever that palette
// changes (a desktop switching to dark, the Dark theme), so that no status text is left in a
// colour chosen for the other palette.
class StatusStyle : public QObject
{
    Q_OBJECT

public:
    enum class Kind {
        Text,   // the status's colour on the window: a label in a panel or the status bar
        Banner, // a tinted strip with the window's text: a banner, a dialog's error
        Field,  // a tinted input with its text: a value that cannot be read
    };

    // Applies (or changes) the widget's status colours; they follow the palette from then on.
    static void apply(QWidget *widget, StatusColours::Status status, Kind kind);
    // Back to the plain palette.
    static void clear(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    StatusStyle(QWidget *widget, StatusColours::Status status, Kind kind);
    void update();

    QWidget *m_widget;
    StatusColours::Status m_status;
    Kind m_kind;
    bool m_updating = false;
};

} // namespace Whyboard
