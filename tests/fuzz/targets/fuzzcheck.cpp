// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzcheck.h"

#include <QDir>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace Whyboard::Fuzz {

void fail(const QString &promise)
{
    std::fprintf(stderr, "whyboard fuzz: broken promise: %s\n", promise.toLocal8Bit().constData());
    std::fflush(stderr);
    std::abort();
}

void readEveryCell(const QAbstractItemModel &model, const QModelIndex &parent)
{
    static const int roles[] = {Qt::DisplayRole, Qt::EditRole,          Qt::ToolTipRole,  Qt::AccessibleTextRole,
                                Qt::FontRole,    Qt::ForegroundRole,    Qt::BackgroundRole, Qt::DecorationRole,
                                Qt::CheckStateRole, Qt::UserRole + 1,  Qt::UserRole + 2,  Qt::UserRole + 3};
    for (int row = 0; row < model.rowCount(parent); ++row) {
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex index = model.index(row, column, parent);
            for (int role : roles)
                model.data(index, role);
            model.flags(index);
            if (column == 0 && model.hasChildren(index))
                readEveryCell(model, index);
        }
    }
}

namespace {

QTemporaryDir &scratch()
{
    static QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/whyboard-fuzz-XXXXXX"));
    return folder;
}

} // namespace

QString scratchFolder()
{
    check(scratch().isValid(), QStringLiteral("a scratch folder can be made"));
    return scratch().path();
}

void clearScratchFolder()
{
    QDir folder(scratchFolder());
    const QStringList entries = folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        const QString path = folder.filePath(entry);
        if (QFileInfo(path).isDir() && !QFileInfo(path).isSymLink())
            QDir(path).removeRecursively();
        else
            QFile::remove(path);
    }
}

} // namespace Whyboard::Fuzz
