// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/sessiondocument.h"
#include "samplesessions.h"

#include <QAbstractItemModelTester>
#include <QStringList>
#include <QUndoStack>

#include <memory>

namespace Whyboard::Test {

// QAbstractItemModelTester on a model for as long as the returned object lives: any change that
// breaks the item-model contract fails the running test.
inline std::unique_ptr<QAbstractItemModelTester> watch(QAbstractItemModel *model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

// A document over a session and a Model following it, watched by the model tester from the
// start: the setup every test of a document's item model begins with.
template<typename Model>
struct WatchedDocumentModel
{
    explicit WatchedDocumentModel(const Session &session = richSampleSession())
        : document(session)
    {
        model.setDocument(&document);
        tester = watch(&model);
    }

    SessionDocument document;
    Model model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

inline void undoAll(SessionDocument &document)
{
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
}

inline void redoAll(SessionDocument &document)
{
    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
}

// The values of idRole in column 0, row by row (sorted when asked, for proxies whose order is
// not the point).
inline QStringList idsOf(const QAbstractItemModel &model, int idRole, bool sorted = false)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(idRole).toString();
    if (sorted)
        ids.sort();
    return ids;
}

} // namespace Whyboard::Test
