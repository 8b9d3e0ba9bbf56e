// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/singleinstance.h"

#include "storage/library.h"
#include "storage/librarylocation.h"
#include "ui/desktopidentity.h"
#include "ui/mainwindow.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

#include <unistd.h>

namespace Whyboard {

namespace {

const QString versionKey = QStringLiteral("whyboard-hand-over");
const QString libraryKey = QStringLiteral("library");
const QString tokenKey = QStringLiteral("activation-token");
const QString acceptedKey = QStringLiteral("accepted");
constexpr qint64 longestLine = 64 * 1024;

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

int remaining(const QDeadlineTimer &deadline)
{
    return int(std::max<qint64>(0, deadline.remainingTime()));
}

// The library the window shows already: asked for again, it only comes forward.
bool isOpen(const Library *library, const QString &request)
{
    const std::optional<LibraryLocation> wanted = LibraryLocation::parse(request);
    if (!library || !wanted)
        return false;
    const LibraryLocation open = LibraryLocation::ofLibraryPath(library->path());
    if (wanted->isServer() || open.isServer())
        return wanted->isServer() && open.isServer() && wanted->displayName() == open.displayName();
    const QString openFile = QFileInfo(open.filePath()).canonicalFilePath();
    return !openFile.isEmpty() && openFile == QFileInfo(wanted->filePath()).canonicalFilePath();
}

} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : QObject(parent)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketPath()
{
    // Two desktop sessions of one user (a second seat, a nested or remote display) each keep
    // their own window.
    QString display = qEnvironmentVariable("WAYLAND_DISPLAY");
    if (display.isEmpty())
        display = qEnvironmentVariable("DISPLAY");
    for (QChar &c : display) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    QString name = QString(QLatin1String(DesktopIdentity::id) + QLatin1Char('-') + QString::number(getuid()));
    if (!display.isEmpty())
        name += QLatin1Char('-') + display;
    // The runtime folder is the user's alone; without one, QLocalServer's own folder.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return folder.isEmpty() ? name : QDir(folder).filePath(name);
}

QString SingleInstance::absoluteLibrary(const QString &library)
{
    const std::optional<LibraryLocation> location = LibraryLocation::parse(library);
    // An address goes as it is, and so does one Whyboard refuses: the window says why.
    if (library.isEmpty() || !location || location->isServer())
        return library;
    return QFileInfo(location->filePath()).absoluteFilePath();
}

bool SingleInstance::handOver(const QString &library, int timeoutMs)
{
    // A start that quits after its first paint (the start-up benchmark) is always its own window.
    if (qEnvironmentVariableIsSet("WHYBOARD_QUIT_AFTER_FIRST_PAINT"))
        return false;
    const QString path = socketPath();
    const QDeadlineTimer deadline(timeoutMs);
    // Twice at most: when another start takes the socket between our look and our listen, it
    // is the one to hand over to.
    for (int attempt = 0; attempt < 2; ++attempt) {
        QLocalSocket socket;
        socket.connectToServer(path);
        if (socket.waitForConnected(remaining(deadline)))
            return sendRequest(socket, library, remaining(deadline));
        switch (socket.error()) {
        case QLocalSocket::ServerNotFoundError:
            break;
        case QLocalSocket::ConnectionRefusedError:
            QLocalServer::removeServer(path); // left by a window that crashed: nobody listens
            break;
        default:
            return false; // busy or not answering: a window of our own, the socket left alone
        }
        if (listen())
            return false;
    }
    return false;
}

bool SingleInstance::sendRequest(QLocalSocket &socket, const QString &library, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QJsonObject request{{versionKey, protocolVersion}};
    if (!library.isEmpty())
        request.insert(libraryKey, absoluteLibrary(library));
    if (const QByteArray token = qgetenv("XDG_ACTIVATION_TOKEN"); !token.isEmpty())
        request.insert(tokenKey, QString::fromUtf8(token));
    socket.write(line(request));
    if (!socket.waitForBytesWritten(remaining(deadline)))
        return false;
    while (!socket.canReadLine()) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(remaining(deadline)))
            return false;
    }
    const QJsonObject answer = QJsonDocument::fromJson(socket.readLine(longestLine)).object();
    return answer.value(versionKey).toInt() == protocolVersion && answer.value(acceptedKey).toBool();
}

bool SingleInstance::listen()
{
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::acceptConnections);
    }
    return m_server->isListening() || m_server->listen(socketPath());
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::acceptConnections()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readRequest(socket); });
        // A peer that never says anything is not kept.
        QTimer::singleShot(answerTimeoutMs * 2, socket, [socket] { socket->abort(); });
    }
}

void SingleInstance::readRequest(QLocalSocket *socket)
{
    if (!socket->canReadLine()) {
        if (socket->bytesAvailable() > longestLine)
            socket->abort();
        return;
    }
    const QJsonObject request = QJsonDocument::fromJson(socket->readLine(longestLine)).object();
    const bool understood = request.value(versionKey).toInt() == protocolVersion;
    socket->write(line({{versionKey, protocolVersion}, {acceptedKey, understood}}));
    socket->flush();
    socket->disconnectFromServer();
    if (understood)
        Q_EMIT requested(request.value(libraryKey).toString(), request.value(tokenKey).toString().toUtf8());
}

void SingleInstance::serve(MainWindow *window)
{
    // Queued: the answer leaves first, then the window does what may take a while.
    connect(
        this, &SingleInstance::requested, window,
        [window](const QString &library, const QByteArray &token) {
            // Wayland lets a window come forward with the token of the start that asked for it.
            if (!token.isEmpty())
                qputenv("XDG_ACTIVATION_TOKEN", token);
            // Out of the task bar, as it was (a maximised window stays maximised).
            window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
            window->show();
            window->raise();
            window->activateWindow();
            if (!library.isEmpty() && !isOpen(window->library(), library))
                window->openLibrary(library, Library::OpenMode::CreateIfMissing);
        },
        Qt::QueuedConnection);
}

} // namespace Whyboard
