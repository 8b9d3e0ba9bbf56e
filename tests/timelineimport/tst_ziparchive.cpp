// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineimport/ziparchive.h"
#include "zipwriter.h"

#include <QBuffer>
#include <QLocale>
#include <QRandomGenerator>
#include <QTest>

using namespace Whyboard;
using Whyboard::Test::ZipWriter;

namespace {

// Opens bytes as an archive; the archive keeps reading from the buffer.
struct OpenedZip
{
    explicit OpenedZip(const QByteArray &bytes)
        : data(bytes)
        , buffer(&data)
        , archive(&buffer)
    {
        buffer.open(QIODevice::ReadOnly);
        opened = archive.open();
    }
    QByteArray data;
    QBuffer buffer;
    ZipArchive archive;
    bool opened = false;
};

QByteArray dayOfMessages(int count)
{
    QByteArray json = "[";
    for (int i = 0; i < count; ++i)
        json += QByteArray(i ? "," : "") + "{\"type\":\"message\",\"user\":\"U01\",\"text\":\"checked replica lag "
                + QByteArray::number(i) + "\",\"ts\":\"1491504" + QByteArray::number(100 + i) + ".000200\"}";
    return json + "]";
}

} // namespace

// The archive reader under a Slack export: what is inside, read back exactly, or a refusal
// that says what is wrong instead of a crash, a hang or a memory blow-up.
class TestZipArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsStoredAndDeflatedEntriesExactly()
    {
        QByteArray random(300 * 1024, Qt::Uninitialized);
        for (char &c : random)
            c = char(QRandomGenerator::global()->bounded(256));
        ZipWriter writer;
        writer.add("channels.json", "[{\"id\":\"C01\",\"name\":\"incident-db\"}]", false);
        writer.add("incident-db/", {}, false);
        writer.add("incident-db/2017-04-06.json", dayOfMessages(2000));
        writer.add("random.bin", random); // deflate makes it larger: several inflate rounds, stored blocks
        writer.add("empty.json", {});
        OpenedZip zip(writer.bytes());
        QVERIFY2(zip.opened, qPrintable(zip.archive.error()));
        QCOMPARE(zip.archive.entries().size(), 5);
        QCOMPARE(zip.archive.entries().at(1).isDirectory(), true);
        const int day = zip.archive.indexOf("incident-db/2017-04-06.json");
        QCOMPARE(day, 2);
        QCOMPARE(zip.archive.entries().at(day).method, 8);
        QVERIFY(zip.archive.entries().at(day).compressedSize < zip.archive.entries().at(day).uncompressedSize / 5);
        QByteArray data;
        QVERIFY2(zip.archive.read(day, 64 * 1024 * 1024, &data), qPrintable(zip.archive.error()));
        QCOMPARE(data, dayOfMessages(2000));
        QVERIFY(zip.archive.read(0, 1024, &data));
        QCOMPARE(data, QByteArray("[{\"id\":\"C01\",\"name\":\"incident-db\"}]"));
        QVERIFY(zip.archive.read(3, 1024 * 1024, &data));
        QCOMPARE(data, random);
        QVERIFY(zip.archive.read(4, 10, &data));
        QVERIFY(data.isEmpty());
        QCOMPARE(zip.archive.indexOf("users.json"), -1);
    }

    void namesAreUtf8OrCp437()
    {
        ZipWriter writer;
        writer.add("équipe-données/2017-04-06.json", "[]");
        ZipWriter::Entry dos;
        dos.name = QByteArray("R\x82SUM\x90.TXT"); // "RéSUMÉ.TXT" as DOS wrote it
        dos.utf8Flag = false;
        dos.data = "x";
        writer.add(dos);
        OpenedZip zip(writer.bytes());
        QVERIFY2(zip.opened, qPrintable(zip.archive.error()));
        QCOMPARE(zip.archive.entries().at(0).name, QStringLiteral("équipe-données/2017-04-06.json"));
        QCOMPARE(zip.archive.entries().at(1).name, QStringLiteral("RéSUMÉ.TXT"));
        QCOMPARE(ZipArchive::fromCp437("\xB0\xE1\xFE"), QStringLiteral("░ß■"));
    }

    void refusesWhatIsNotAZip()
    {
        QCOMPARE(OpenedZip("").opened, false);
        OpenedZip text("{\"type\":\"version\",\"version\":1}\n" + QByteArray(100, ' '));
        QCOMPARE(text.opened, false);
        QCOMPARE(text.archive.error(), QStringLiteral("it is not a ZIP archive"));
    }

    void refusesATruncatedArchive()
    {
        ZipWriter writer;
        writer.add("channels.json", "[]");
        writer.add("incident-db/2017-04-06.json", dayOfMessages(500));
        const QByteArray whole = writer.bytes();
        // Cut inside the table of contents: the end record is gone.
        OpenedZip cut(whole.left(whole.size() - 30));
        QCOMPARE(cut.opened, false);
        QVERIFY2(cut.archive.error().contains("truncated"), qPrintable(cut.archive.error()));
        // Cut inside the data and the table kept (a download that lost a middle part): the
        // entry cannot be read whole.
        const int dataEnd = whole.indexOf("PK\x01\x02");
        QByteArray holed = whole.left(dataEnd - 200) + whole.mid(dataEnd);
        // The directory moved: patch its offset in the end record.
        const quint32 offset = quint32(dataEnd - 200);
        for (int i = 0; i < 4; ++i)
            holed[holed.size() - 6 + i] = char((offset >> (8 * i)) & 0xFF);
        OpenedZip holedZip(holed);
        QVERIFY2(holedZip.opened, qPrintable(holedZip.archive.error()));
        QByteArray data;
        QCOMPARE(holedZip.archive.read(1, 64 * 1024 * 1024, &data), false);
        QVERIFY2(holedZip.archive.error().contains("incident-db/2017-04-06.json"), qPrintable(holedZip.archive.error()));
        QVERIFY(data.isEmpty());
    }

    void refusesADirectoryOutsideTheFile()
    {
        ZipWriter writer;
        writer.add("channels.json", "[]");
        QByteArray bytes = writer.bytes();
        bytes[bytes.size() - 4] = char(0x7F); // the directory's offset now points far past the end
        OpenedZip zip(bytes);
        QCOMPARE(zip.opened, false);
        QCOMPARE(zip.archive.error(), QStringLiteral("the ZIP archive is damaged: its table of contents lies outside the file"));
    }

    void refusesAWrongChecksum()
    {
        ZipWriter writer;
        ZipWriter::Entry entry;
        entry.name = "general/2017-04-06.json";
        entry.data = dayOfMessages(10);
        entry.crc = 0x12345678;
        writer.add(entry);
        OpenedZip zip(writer.bytes());
        QVERIFY(zip.opened);
        QByteArray data;
        QCOMPARE(zip.archive.read(0, 1024 * 1024, &data), false);
        QCOMPARE(zip.archive.error(), QStringLiteral("the ZIP archive is damaged: general/2017-04-06.json fails its checksum"));
        QVERIFY(data.isEmpty());
    }

    void refusesAZipBomb()
    {
        // 64 MiB of zeros deflate to 64 KiB; declared honestly, it is refused before a byte is
        // unpacked; declared small, unpacking stops at the declared size.
        const QByteArray zeros(8 * 1024 * 1024, '\0');
        ZipWriter writer;
        writer.add("general/2017-04-06.json", zeros);
        ZipWriter::Entry liar;
        liar.name = "general/2017-04-07.json";
        liar.data = zeros;
        liar.uncompressedSize = 100;
        writer.add(liar);
        ZipWriter::Entry huge;
        huge.name = "general/2017-04-08.json";
        huge.data = "[]";
        huge.uncompressedSize = 0xFFFFFFF0u; // four gigabytes declared
        writer.add(huge);
        OpenedZip zip(writer.bytes());
        QVERIFY(zip.opened);
        QByteArray data;
        QCOMPARE(zip.archive.read(0, 1024 * 1024, &data), false);
        QVERIFY2(zip.archive.error().startsWith("general/2017-04-06.json is too large: " + QLocale().toString(8388608) + " bytes"),
                 qPrintable(zip.archive.error()));
        QCOMPARE(zip.archive.read(1, 1024 * 1024, &data), false);
        QCOMPARE(zip.archive.error(),
                 QStringLiteral("the ZIP archive is damaged: general/2017-04-07.json unpacks to more than its declared size"));
        QCOMPARE(zip.archive.read(2, 64 * 1024 * 1024, &data), false);
        QVERIFY2(zip.archive.error().startsWith("general/2017-04-08.json is too large: " + QLocale().toString(4294967280LL) + " bytes"),
                 qPrintable(zip.archive.error()));
        QVERIFY(data.isEmpty());
        QVERIFY(zip.archive.read(0, 8 * 1024 * 1024, &data));
        QCOMPARE(data.size(), zeros.size());
    }

    void refusesEncryptionOtherMethodsAndZip64()
    {
        ZipWriter writer;
        ZipWriter::Entry locked;
        locked.name = "users.json";
        locked.data = "[]";
        locked.extraFlags = 1;
        writer.add(locked);
        ZipWriter::Entry bzip2;
        bzip2.name = "channels.json";
        bzip2.data = "[]";
        bzip2.method = 12;
        writer.add(bzip2);
        OpenedZip zip(writer.bytes());
        QVERIFY(zip.opened);
        QByteArray data;
        QCOMPARE(zip.archive.read(0, 1024, &data), false);
        QVERIFY2(zip.archive.error().startsWith("users.json is encrypted"), qPrintable(zip.archive.error()));
        QCOMPARE(zip.archive.read(1, 1024, &data), false);
        QVERIFY2(zip.archive.error().startsWith("channels.json is compressed with method 12"), qPrintable(zip.archive.error()));

        writer.setZip64Marks(true);
        OpenedZip zip64(writer.bytes());
        QCOMPARE(zip64.opened, false);
        QCOMPARE(zip64.archive.error(),
                 QStringLiteral("ZIP64 archives are not supported; unpack the export and choose the folder"));
    }

    void refusesNamesThatClimbOut()
    {
        ZipWriter writer;
        writer.add("channels.json", "[]");
        writer.add("general/../../.bashrc", "echo");
        OpenedZip zip(writer.bytes());
        QCOMPARE(zip.opened, false);
        QCOMPARE(zip.archive.error(), QStringLiteral("the ZIP archive holds “general/../../.bashrc”, a path outside the archive"));
    }
};

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
