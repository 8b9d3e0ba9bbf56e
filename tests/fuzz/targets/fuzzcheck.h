// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QByteArray>
#include <QString>

namespace Whyboard::Fuzz {

// A broken promise found by a fuzzer: print what was promised and abort, so libFuzzer keeps
// the input as a crash and CI fails with the reproducer.
[[noreturn]] void fail(const QString &promise);
inline void check(bool holds, const QString &promise)
{
    if (!holds)
        fail(promise);
}

// Reads every cell of a model in the roles a view asks for, the way a panel paints it.
void readEveryCell(const QAbstractItemModel &model, const QModelIndex &parent = {});

// A folder of this process's own, removed at exit; the same path on every call.
QString scratchFolder();
// Removes everything in scratchFolder() (a library leaves its lock, -wal and -shm files).
void clearScratchFolder();

} // namespace Whyboard::Fuzz
