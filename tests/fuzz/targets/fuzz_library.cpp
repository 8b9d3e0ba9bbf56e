// SPDX-License-Identifier: GPL-3.0-or-later
// The library opener: the fuzzed bytes are written as a .whyboard file (something people e-mail
// each other) and opened as the window opens it: every session listed and loaded into a
// document that writes back to the library, with the session list, timeline, actions, checks
// and outline read cell by cell as the panels paint them. A file is refused with a message or
// opened; nothing in it may crash, hang or corrupt memory.
#include "fuzzcheck.h"
#include "sessionbounds.h"

#include "document/sessiondocument.h"
#include "itemmodels/actionitemsmodel.h"
#include "itemmodels/chainoutlinemodel.h"
#include "itemmodels/checksmodel.h"
#include "itemmodels/participantsmodel.h"
#include "itemmodels/parkinglotmodel.h"
#include "itemmodels/sessionlistmodel.h"
#include "itemmodels/timelinemodel.h"
#include "analysis/repeatcauses.h"
#include "storage/library.h"
#include "storage/librarycauseindex.h"
#include "storage/librarysearch.h"
#include "storage/sessionjsonformat.h"

#include <QFile>
#include <QGuiApplication>

#include <cstddef>
#include <cstdint>

using namespace Whyboard;

namespace {

void showSession(Library &library, SessionId id)
{
    std::optional<Session> session = library.loadSession(id);
    if (!session)
        return; // refused with lastError(), as the window reports it
    Fuzz::checkBounds(*session, QStringLiteral("session %1").arg(id));
    SessionDocument document(std::move(*session));
    if (library.isReadOnly())
        document.setReadOnly(true);
    else
        library.attach(&document);

    TimelineModel timeline;
    timeline.setDocument(&document);
    ActionItemsModel actions;
    actions.setDocument(&document);
    ParticipantsModel participants;
    participants.setDocument(&document);
    ParkingLotModel parkingLot;
    parkingLot.setDocument(&document);
    ChecksModel checks;
    checks.setDocument(&document);
    ChainOutlineModel outline(&document);
    for (const QAbstractItemModel *model : std::initializer_list<const QAbstractItemModel *>{
             &timeline, &actions, &participants, &parkingLot, &checks, &outline})
        Fuzz::readEveryCell(*model);
    SessionJsonFormat::check(document.session()); // File › Export asks this first

    if (!library.isReadOnly())
        library.detach(&document);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static QGuiApplication application(*argc, *argv); // the models' fonts and colours need it
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::clearScratchFolder();
    const QString path = Fuzz::scratchFolder() + QStringLiteral("/fuzzed.whyboard");
    {
        QFile file(path);
        Fuzz::check(file.open(QIODevice::WriteOnly), QStringLiteral("the scratch file can be written"));
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }

    LibraryOpenError error = LibraryOpenError::None;
    QString message;
    std::unique_ptr<Library> library = Library::open(path, Library::OpenMode::OpenExisting, &error, &message);
    if (!library) {
        Fuzz::check(error != LibraryOpenError::None && !message.isEmpty(),
                    QStringLiteral("a refused library gets a reason and a message"));
        return 0;
    }
    SessionListModel list;
    list.setLibrary(library.get());
    Fuzz::readEveryCell(list);
    for (const SessionSummary &summary : library->sessions())
        showSession(*library, summary.id);
    // The full-text index of a hostile file: search and the repeat look-up read it like any row.
    for (const QString &text : {QStringLiteral("the restart"), QStringLiteral("e"), QStringLiteral("\"*NEAR(")}) {
        for (const SearchHit &hit : LibrarySearch::hits(*library, text, 50))
            Fuzz::check(hit.snippet.size() <= 200, QStringLiteral("a snippet is a window, not the whole text"));
        library->search(text);
    }
    LibraryCauseIndex causes(library.get());
    for (const SessionSummary &summary : library->sessions()) {
        if (const std::optional<Session> session = library->loadSession(summary.id))
            RepeatCauses::findings(*session, causes);
    }
    for (const SessionSummary &summary : library->trashedSessions()) {
        if (const std::optional<Session> trashed = library->loadSession(summary.id))
            Fuzz::checkBounds(*trashed, QStringLiteral("trashed session %1").arg(summary.id));
    }
    return 0;
}
