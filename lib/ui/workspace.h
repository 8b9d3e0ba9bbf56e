// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/session.h"
#include "document/sessiondocument.h"
#include "storage/library.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace Whyboard {

// What the user has open, without any widget: one library and its current session. It does
// the session life cycle (open, new, duplicate, delete to the trash, restore, empty the
// trash) and announces each change, so the window and every panel follow it the same way
// and the life cycle can be tested without a window.
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    Library *library() const { return m_library.get(); }
    SessionDocument *document() const { return m_document.get(); }
    bool isWritable() const { return m_library && !m_library->isReadOnly(); }
    // Why the last operation failed, in words for the user.
    QString lastError() const { return m_lastError; }

    // Opens a library file and the session last worked on in it (else the newest). On
    // failure keeps the current library and returns false with *error and *message set.
    bool openLibrary(const QString &path, Library::OpenMode mode, LibraryOpenError *error = nullptr,
                     QString *message = nullptr);
    bool openSession(SessionId id);
    void closeSession();

    // Each returns the id of the session it opened, or 0 with lastError() set.
    SessionId newSession(const QString &title, const QString &problemText);
    SessionId duplicateSession(const QString &title);
    // Reads a session from JSON (the format of `whyboard --import`), stores it and opens it.
    // A file that cannot be read changes nothing: 0, with lastError() saying why.
    SessionId importSession(const QString &jsonPath);
    // Moves the open session to the trash and opens the first remaining one.
    bool trashSession();
    bool restoreFromTrash(SessionId id);
    bool emptyTrash();

    // In a library on a server, one person edits a session at a time. Opening a session takes
    // it for editing when nobody else is; otherwise it opens read-only and follows the
    // editor's changes. Who else edits the open session (empty: nobody else does).
    QString otherEditor() const { return m_otherEditor; }
    bool isWatchingEditor() const;
    bool hasAskedToEdit() const { return m_document && m_askedFor == m_document->sessionId(); }
    // Who asked to edit the session open here for editing (empty: nobody asked).
    QString editRequester() const { return m_requester; }
    // Takes the open session for editing when nobody else edits it, else asks the editor,
    // and takes it as soon as they hand it over.
    void askToEdit();
    // Lets whoever asked edit the open session: it stays open here, read-only.
    void handOver();
    void dismissEditRequest();

Q_SIGNALS:
    // The new library is in place; its first document follows with documentChanged().
    void libraryChanged(Whyboard::Library *library);
    // Null first when a document goes away: let go of it before it is deleted.
    void documentChanged(Whyboard::SessionDocument *document);
    // The open session is about to be read again with someone else's edits, and has been.
    void aboutToReload();
    void reloaded();
    // otherEditor(), hasAskedToEdit() or editRequester() changed.
    void editingChanged();

private:
    SessionId storeAndOpen(Session session);
    void setDocument(std::unique_ptr<SessionDocument> document, bool edit = true);
    void followLibrary();
    void reload(bool edit);
    void checkEditor();

    std::unique_ptr<Library> m_library;
    std::unique_ptr<SessionDocument> m_document;
    QString m_lastError;
    QString m_otherEditor;
    QString m_requester;
    SessionId m_askedFor = 0;
    // A crashed editor sends no word: while watching, who edits is checked now and then.
    QTimer m_editorCheck;
};

} // namespace Whyboard
