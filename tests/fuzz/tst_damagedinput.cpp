// SPDX-License-Identifier: GPL-3.0-or-later
// Damaged input must never crash the program: every mutated JSON document and every corrupted
// library file either loads as a valid session or is refused with a message, and a refused
// library file is left exactly as it was.

#include "analysis/cardplacement.h"
#include "analysis/layeredlayout.h"
#include "data/session.h"
#include "samplesessions.h"
#include "storage/library.h"
#include "storage/sessionjsonformat.h"
#include "storagetesthelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

class TestDamagedInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mutatedJsonImportsValidOrNamesTheFault_data();
    void mutatedJsonImportsValidOrNamesTheFault();
    void corruptedLibraryOpensOrIsRefusedUnchanged();

private:
    static QByteArray exampleJson();
};

namespace {

// Byte-level damage: what a truncated download, a bad paste or a stray edit leaves behind.
QByteArray damageBytes(QByteArray bytes, QRandomGenerator &random)
{
    static const QList<QByteArray> fragments{"{", "}", "[", "]", "\"", ",", ":", "null", "-1", "1e308",
                                             "\\u0000", "\xff\xfe", "true", "\"\""};
    const int damages = 1 + random.bounded(4);
    for (int i = 0; i < damages && !bytes.isEmpty(); ++i) {
        const int at = random.bounded(bytes.size());
        switch (random.bounded(5)) {
        case 0:
            bytes[at] = char(random.bounded(256));
            break;
        case 1:
            bytes.remove(at, 1 + random.bounded(qMin(40, bytes.size() - at)));
            break;
        case 2:
            bytes.insert(at, fragments.at(random.bounded(fragments.size())));
            break;
        case 3:
            bytes.insert(at, bytes.mid(random.bounded(bytes.size()), 1 + random.bounded(60)));
            break;
        default:
            bytes.truncate(at);
            break;
        }
    }
    return bytes;
}

QJsonValue strangeValue(QRandomGenerator &random)
{
    switch (random.bounded(9)) {
    case 0: return QJsonValue();
    case 1: return QJsonValue(-1);
    case 2: return QJsonValue(1e308);
    case 3: return QJsonValue(QString());
    case 4: return QJsonValue(QString(70000, QLatin1Char('x')));
    case 5: return QJsonArray{QJsonValue(), 3, QStringLiteral("p")};
    case 6: return QJsonObject{{QStringLiteral("id"), QStringLiteral("p")}};
    case 7: return QJsonValue(true);
    default: return QJsonValue(QStringLiteral("p"));
    }
}

// Structural damage: a value somewhere in the tree replaced by one of another type or range,
// which reaches deeper into validation than byte damage does.
QJsonValue damageTree(const QJsonValue &value, QRandomGenerator &random, int depth)
{
    if (depth > 0 && random.bounded(4) == 0)
        return strangeValue(random);
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        if (object.isEmpty())
            return object;
        const QStringList keys = object.keys();
        const QString key = keys.at(random.bounded(keys.size()));
        if (random.bounded(6) == 0)
            object.remove(key);
        else
            object.insert(key, damageTree(object.value(key), random, depth + 1));
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        if (array.isEmpty())
            return array;
        const int index = random.bounded(array.size());
        switch (random.bounded(5)) {
        case 0: array.removeAt(index); break;
        case 1: array.append(array.at(index)); break;
        default: array.replace(index, damageTree(array.at(index), random, depth + 1)); break;
        }
        return array;
    }
    return strangeValue(random);
}

} // namespace

QByteArray TestDamagedInput::exampleJson()
{
    QFile file(QStringLiteral(WHYBOARD_EXAMPLES_DIR "/linkedin-app-deleted.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the example session");
    return file.readAll();
}

void TestDamagedInput::mutatedJsonImportsValidOrNamesTheFault_data()
{
    QTest::addColumn<bool>("structural");
    QTest::newRow("byte damage") << false;
    QTest::newRow("structural damage") << true;
}

void TestDamagedInput::mutatedJsonImportsValidOrNamesTheFault()
{
    QFETCH(bool, structural);
    const QByteArray original = exampleJson();
    const QJsonDocument originalTree = QJsonDocument::fromJson(original);
    QRandomGenerator random(structural ? 20261121 : 4242);
    int imported = 0;
    for (int round = 0; round < 1500; ++round) {
        const QByteArray damaged = structural
                                       ? QJsonDocument(damageTree(originalTree.object(), random, 0).toObject()).toJson()
                                       : damageBytes(original, random);
        SessionJsonFormat::ReadResult result = SessionJsonFormat::read(damaged);
        if (!result.session) {
            QVERIFY2(!result.error.isEmpty(), qPrintable(QStringLiteral("round %1: refused without a reason").arg(round)));
            continue;
        }
        ++imported;
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        // What is accepted must be a session the program can work with, and export faithfully.
        QCOMPARE(Test::chainDefect(*result.session), QString());
        // Placed as an import places them: every card given a place overlaps no other card.
        CardPlacement::placeUnpositionedCards(*result.session, result.unpositioned);
        const QList<Card> &cards = result.session->cards;
        for (int i = 0; i < cards.size(); ++i) {
            const QRectF a(cards.at(i).position, LayeredLayout::estimatedCardSize(cards.at(i)));
            for (int j = i + 1; j < cards.size(); ++j) {
                if (!result.unpositioned.contains(cards.at(i).id) && !result.unpositioned.contains(cards.at(j).id))
                    continue; // the document's own places may overlap
                QVERIFY2(!a.intersects(QRectF(cards.at(j).position, LayeredLayout::estimatedCardSize(cards.at(j)))),
                         qPrintable(QStringLiteral("round %1: %2/%3").arg(round).arg(cards.at(i).id, cards.at(j).id)));
            }
        }
        const SessionJsonFormat::ReadResult again = SessionJsonFormat::read(SessionJsonFormat::write(*result.session));
        QVERIFY2(again.session, qPrintable(again.error));
        QCOMPARE(Test::sessionDifference(*again.session, *result.session), QString());
    }
    // Some damage is harmless (a changed letter in a text); the run must have seen both outcomes.
    QVERIFY(imported > 0);
    QVERIFY(imported < 1500);
}

void TestDamagedInput::corruptedLibraryOpensOrIsRefusedUnchanged()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString pristinePath = folder.filePath(QStringLiteral("pristine.whyboard"));
    {
        std::unique_ptr<Library> library = Library::open(pristinePath, Library::OpenMode::CreateIfMissing);
        QVERIFY(library);
        QVERIFY(library->insertSession(Test::richSampleSession()) > 0);
        QVERIFY(library->insertSession(Test::randomSession(7, 40, 30, 10)) > 0);
    }
    QFile pristineFile(pristinePath);
    QVERIFY(pristineFile.open(QIODevice::ReadOnly));
    const QByteArray pristine = pristineFile.readAll();
    pristineFile.close();

    QRandomGenerator random(1717);
    int opened = 0;
    for (int round = 0; round < 120; ++round) {
        QByteArray damaged = pristine;
        // Half the rounds spare the 100-byte header, so that damage reaches the pages themselves.
        const int from = round % 2 ? 100 : 0;
        const int damages = 1 + random.bounded(24);
        for (int i = 0; i < damages; ++i)
            damaged[from + random.bounded(damaged.size() - from)] = char(random.bounded(256));
        const QString path = folder.filePath(QStringLiteral("damaged-%1.whyboard").arg(round));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(damaged);
        file.close();
        const QByteArray checksum = Test::fileChecksum(path);

        LibraryOpenError error = LibraryOpenError::None;
        QString message;
        std::unique_ptr<Library> library = Library::open(path, Library::OpenMode::OpenExisting, &error, &message);
        if (!library) {
            QVERIFY2(message.contains(path), qPrintable(message));
            QCOMPARE(Test::fileChecksum(path), checksum);
            continue;
        }
        ++opened;
        // The damage slipped past the checks: reading must still not crash.
        for (const SessionSummary &summary : library->sessions())
            library->loadSession(summary.id);
    }
    // Damage in unused or text bytes passes the checks; damage in the structure does not.
    QVERIFY(opened > 0);
    QVERIFY(opened < 120);
}

QTEST_MAIN(TestDamagedInput)
#include "tst_damagedinput.moc"
