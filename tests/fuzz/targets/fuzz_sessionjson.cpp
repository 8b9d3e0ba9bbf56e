// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON session importer, as `whyboard --import FILE.json` runs it: read the document, place
// the cards it leaves unplaced, fill the times its timeline implies, store it in a library and
// load it back. A document is refused with a message or imported whole; an imported session
// that passes the export check exports to JSON that imports again.
#include "fuzzcheck.h"
#include "sessionbounds.h"

#include "analysis/cardplacement.h"
#include "analysis/chainchecks.h"
#include "analysis/timelinetimes.h"
#include "storage/library.h"
#include "storage/sessionjsonformat.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace Whyboard;

namespace {

Library *library()
{
    static std::unique_ptr<Library> opened = [] {
        QString message;
        std::unique_ptr<Library> made =
            Library::open(Fuzz::scratchFolder() + QStringLiteral("/import.whyboard"), Library::OpenMode::CreateIfMissing,
                          nullptr, &message);
        Fuzz::check(made != nullptr, QStringLiteral("a new library opens: ") + message);
        return made;
    }();
    return opened.get();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    SessionJsonFormat::ReadResult parsed = SessionJsonFormat::read(json);
    if (!parsed.session) {
        Fuzz::check(!parsed.error.isEmpty(), QStringLiteral("a refused document gets a message"));
        return 0;
    }
    Session &session = *parsed.session;
    CardPlacement::placeUnpositionedCards(session, parsed.unpositioned);
    TimelineTimes::fillUnknown(session);
    ChainChecks::run(session); // the Checks panel, as soon as the session opens
    Fuzz::checkBounds(session, QStringLiteral("imported"));

    const SessionId id = library()->insertSession(session);
    Fuzz::check(id != 0, QStringLiteral("an imported session is stored: ") + library()->lastError());
    const std::optional<Session> stored = library()->loadSession(id);
    Fuzz::check(stored.has_value(), QStringLiteral("a stored session loads: ") + library()->lastError());
    Fuzz::checkBounds(*stored, QStringLiteral("stored and loaded"));
    Fuzz::check(library()->trashSession(id) && library()->emptyTrash(), QStringLiteral("a stored session is deleted"));

    if (SessionJsonFormat::check(*stored).isEmpty()) {
        const SessionJsonFormat::ReadResult again = SessionJsonFormat::read(SessionJsonFormat::write(*stored));
        Fuzz::check(again.session.has_value(),
                    QStringLiteral("an exported session imports again, but: ") + again.error);
    }
    return 0;
}
