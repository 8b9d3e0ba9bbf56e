// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace Whyboard {

// File ▸ Open Recent: the last libraries opened, kept in QSettings, newest first.
class RecentLibraries : public QMenu
{
    Q_OBJECT

public:
    explicit RecentLibraries(QWidget *parent = nullptr);

    QStringList paths() const;
    void add(const QString &path);

    static constexpr int maximumCount = 8;

Q_SIGNALS:
    void libraryChosen(const QString &path);

private:
    void rebuild();
};

} // namespace Whyboard
