// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;
class QLocalSocket;

namespace Whyboard {

class MainWindow;

// One window per desktop session. A second `whyboard [LIBRARY]` (the file manager opening a
// .whyboard file runs one) hands its library to the window that already runs, which comes
// forward and opens it, and exits at once. The request travels over a local socket in the
// user's runtime folder, named after DesktopIdentity::id, the user and the display, as one
// JSON line, {"whyboard-hand-over":1,"library":"/absolute/path"} (no library: only come
// forward), answered by {"whyboard-hand-over":1,"accepted":true}. A version this build does
// not know is answered with "accepted":false, and the second start opens its own window.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    static constexpr int protocolVersion = 1;
    // A window that does not answer within this long is left alone: this start opens its own.
    static constexpr int answerTimeoutMs = 2000;

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // Where the running window listens: the runtime folder, the desktop id, the user, the display.
    static QString socketPath();
    // A LIBRARY argument as the running window needs it: a file made absolute in this
    // process's folder, an address as it is.
    static QString absoluteLibrary(const QString &library);

    // Before any window: true when a running window took the request (the caller exits 0).
    // False when none runs (this process now listens, after removing a socket a crashed window
    // left) or when the running one did not answer in time (this process opens a window of its
    // own and leaves the socket to the other). library: as typed; empty for none.
    bool handOver(const QString &library, int timeoutMs = answerTimeoutMs);
    // Listens for later starts; false when another process listens already.
    bool listen();
    bool isListening() const;
    // Requests from now on bring the window forward and open their library in it, as
    // File › Open Library does (the same messages when it cannot be opened).
    void serve(MainWindow *window);

Q_SIGNALS:
    // A later start asked for this library (absolute; empty: only to come forward).
    // activationToken: the launcher's token for bringing a window forward on Wayland, if any.
    void requested(const QString &library, const QByteArray &activationToken);

private:
    bool sendRequest(QLocalSocket &socket, const QString &library, int timeoutMs);
    void acceptConnections();
    void readRequest(QLocalSocket *socket);

    QLocalServer *m_server = nullptr;
};

} // namespace Whyboard
