// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workspace.h"

#include "analysis/cardplacement.h"
#include "document/sessiondocument.h"
#include "storage/librarylocation.h"
#include "storage/sessionjsonformat.h"

#include <QDir>
#include <QFile>

#include <QSettings>

#include <algorithm>

namespace Whyboard {

namespace {

QString lastSessionKey(const QString &libraryPath)
{
    // A file by its path (as ever); a server library by its address without any password.
    const QString name = LibraryLocation::ofLibraryPath(libraryPath).displayName();
    return QStringLiteral("lastSession/") + QString::fromLatin1(name.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

SessionId sessionToReopen(const Library &library)
{
    const SessionId last = QSettings().value(lastSessionKey(library.path())).toLongLong();
    const QList<SessionSummary> sessions = library.sessions();
    for (const SessionSummary &summary : sessions) {
        if (summary.id == last)
            return last;
    }
    if (sessions.isEmpty())
        return 0;
    const auto newest = std::max_element(sessions.cbegin(), sessions.cend(), [](const SessionSummary &a, const SessionSummary &b) {
        return a.startedAt < b.startedAt || (a.startedAt == b.startedAt && a.id < b.id);
    });
    return newest->id;
}

} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{
    m_editorCheck.setInterval(2000);
    connect(&m_editorCheck, &QTimer::timeout, this, &Workspace::checkEditor);
}

Workspace::~Workspace()
{
    closeSession();
}

bool Workspace::openLibrary(const QString &path, Library::OpenMode mode, LibraryOpenError *error, QString *message)
{
    m_lastError.clear();
    std::unique_ptr<Library> library = Library::open(path, mode, error, message);
    if (!library) {
        m_lastError = message ? *message : QString();
        return false;
    }
    closeSession();
    m_library = std::move(library);
    followLibrary();
    Q_EMIT libraryChanged(m_library.get());
    const SessionId toOpen = sessionToReopen(*m_library);
    if (toOpen == 0 || !openSession(toOpen))
        setDocument(nullptr);
    return true;
}

bool Workspace::openSession(SessionId id)
{
    if (!m_library)
        return false;
    if (m_document && m_document->sessionId() == id)
        return true;
    std::optional<Session> session = m_library->loadSession(id);
    if (!session) {
        m_lastError = tr("That session could not be loaded: %1").arg(m_library->lastError());
        return false;
    }
    setDocument(std::make_unique<SessionDocument>(std::move(*session)));
    return true;
}

void Workspace::closeSession()
{
    if (m_document)
        setDocument(nullptr);
}

void Workspace::setDocument(std::unique_ptr<SessionDocument> document, bool edit)
{
    if (m_document) {
        // Whoever follows the current document lets go of it before it goes away.
        Q_EMIT documentChanged(nullptr);
        if (m_library)
            m_library->detach(m_document.get());
        m_document.reset();
    }
    m_document = std::move(document);
    if (m_document) {
        if (m_library->isReadOnly() || !edit)
            m_document->setReadOnly(true);
        else
            m_library->attach(m_document.get());
        QSettings().setValue(lastSessionKey(m_library->path()), m_document->sessionId());
    }
    const SessionId id = m_document ? m_document->sessionId() : 0;
    if (m_askedFor != id || !isWatchingEditor())
        m_askedFor = 0;
    m_requester.clear();
    m_otherEditor = isWatchingEditor() ? m_library->editorOf(id) : QString();
    if (isWatchingEditor())
        m_editorCheck.start();
    else
        m_editorCheck.stop();
    Q_EMIT documentChanged(m_document.get());
    Q_EMIT editingChanged();
}

void Workspace::followLibrary()
{
    Library *library = m_library.get();
    auto current = [this](SessionId id) { return m_document && m_document->sessionId() == id; };
    // Someone else's edit: show it (what a read-only window shows is never edited here).
    connect(library, &Library::sessionChangedElsewhere, this, [this, current](SessionId id) {
        if (current(id) && m_document->isReadOnly())
            reload(false);
    });
    connect(library, &Library::leaseChanged, this, [this, current](SessionId id) {
        if (current(id))
            checkEditor();
    });
    connect(library, &Library::leaseRequested, this, [this, current](SessionId id, const QString &requester) {
        if (!current(id) || m_document->isReadOnly())
            return;
        m_requester = requester;
        Q_EMIT editingChanged();
    });
}

bool Workspace::isWatchingEditor() const
{
    return m_document && m_library && m_library->isShared() && !m_library->isReadOnly() && m_document->isReadOnly();
}

void Workspace::checkEditor()
{
    if (!isWatchingEditor())
        return;
    const QString editor = m_library->editorOf(m_document->sessionId());
    if (editor.isEmpty() && hasAskedToEdit()) {
        reload(true);
        return;
    }
    if (editor != m_otherEditor) {
        m_otherEditor = editor;
        Q_EMIT editingChanged();
    }
}

void Workspace::reload(bool edit)
{
    std::optional<Session> session = m_library->loadSession(m_document->sessionId());
    if (!session)
        return;
    const SessionId asked = m_askedFor;
    Q_EMIT aboutToReload();
    setDocument(std::make_unique<SessionDocument>(std::move(*session)), edit);
    if (m_document && m_document->isReadOnly() && asked == m_document->sessionId()) {
        m_askedFor = asked; // still waiting for the editor
        Q_EMIT editingChanged();
    }
    Q_EMIT reloaded();
}

void Workspace::askToEdit()
{
    if (!isWatchingEditor())
        return;
    m_askedFor = m_document->sessionId();
    if (m_library->editorOf(m_askedFor).isEmpty())
        reload(true);
    else if (m_library->askForLease(m_askedFor))
        Q_EMIT editingChanged();
}

void Workspace::handOver()
{
    if (!m_document || m_document->isReadOnly() || !m_library->isShared())
        return;
    m_library->detach(m_document.get()); // writes what is pending and lets go of the lease
    m_document->setReadOnly(true);
    m_requester.clear();
    m_otherEditor.clear();
    m_editorCheck.start();
    Q_EMIT editingChanged();
}

void Workspace::dismissEditRequest()
{
    m_requester.clear();
    Q_EMIT editingChanged();
}

// The session as stored is the one in hand: it is not read back from the file.
SessionId Workspace::storeAndOpen(Session session)
{
    if (!isWritable())
        return 0;
    session.id = m_library->insertSession(session);
    if (session.id == 0) {
        m_lastError = m_library->lastError();
        return 0;
    }
    const SessionId id = session.id;
    setDocument(std::make_unique<SessionDocument>(std::move(session)));
    return id;
}

SessionId Workspace::newSession(const QString &title, const QString &problemText)
{
    // A new session starts empty: nothing (dates included) comes from the open one.
    Session session;
    session.title = title;
    Card problem;
    problem.id = QStringLiteral("c1");
    problem.kind = CardKind::Problem;
    problem.text = problemText;
    session.cards << problem;
    session.lastItemNumber = 1;
    return storeAndOpen(std::move(session));
}

SessionId Workspace::importSession(const QString &jsonPath)
{
    if (!isWritable()) {
        m_lastError = tr("The library is open read-only.");
        return 0;
    }
    // The same reading as the command line's --import: parse all first, then store in one go.
    SessionJsonFormat::ReadResult parsed = SessionJsonFormat::readFile(jsonPath);
    if (!parsed.session) {
        m_lastError = parsed.error;
        return 0;
    }
    CardPlacement::placeUnpositionedCards(*parsed.session, parsed.unpositioned);
    return storeAndOpen(std::move(*parsed.session));
}

SessionId Workspace::duplicateSession(const QString &title)
{
    if (!m_document)
        return 0;
    Session copy = m_document->session();
    copy.id = 0;
    copy.title = title;
    copy.status = SessionStatus::Draft;
    return storeAndOpen(std::move(copy));
}

bool Workspace::trashSession()
{
    if (!isWritable() || !m_document)
        return false;
    const SessionId id = m_document->sessionId();
    // Never pull a session away from under the person editing it.
    const QString editor = isWatchingEditor() ? m_library->editorOf(id) : QString();
    if (!editor.isEmpty()) {
        m_lastError = tr("%1 is editing this session, so it cannot be deleted now.").arg(editor);
        return false;
    }
    setDocument(nullptr);
    if (!m_library->trashSession(id)) {
        m_lastError = m_library->lastError();
        openSession(id);
        return false;
    }
    const QList<SessionSummary> remaining = m_library->sessions();
    if (!remaining.isEmpty())
        openSession(remaining.first().id);
    return true;
}

bool Workspace::restoreFromTrash(SessionId id)
{
    if (!isWritable())
        return false;
    if (!m_library->restoreFromTrash(id)) {
        m_lastError = m_library->lastError();
        return false;
    }
    return openSession(id);
}

bool Workspace::emptyTrash()
{
    if (!isWritable())
        return false;
    if (!m_library->emptyTrash()) {
        m_lastError = m_library->lastError();
        return false;
    }
    return true;
}

} // namespace Whyboard
