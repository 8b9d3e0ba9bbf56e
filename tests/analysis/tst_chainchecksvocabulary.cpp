// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/chainchecksvocabulary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Whyboard;

namespace {

const QString sourceDirectory = QStringLiteral(WHYBOARD_FIXTURES_DIR "/../../resources/checks");

QByteArray builtInFile(const QString &language)
{
    QFile file(ChainChecksVocabulary::builtInDirectory() + QStringLiteral("/vocabulary-%1.json").arg(language));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject englishObject()
{
    return QJsonDocument::fromJson(builtInFile(QStringLiteral("en"))).object();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QStringList languagesOf(const QList<ChainChecksVocabulary> &vocabularies)
{
    QStringList languages;
    for (const ChainChecksVocabulary &v : vocabularies)
        languages.append(v.language);
    return languages;
}

bool same(const ChainChecksVocabulary &a, const ChainChecksVocabulary &b)
{
    return a.language == b.language && a.compoundConjunctions == b.compoundConjunctions
           && a.rangeWords == b.rangeWords && a.abbreviations == b.abbreviations
           && a.humanErrorPatterns == b.humanErrorPatterns && a.blamePatterns == b.blamePatterns
           && a.clauseStarters == b.clauseStarters && a.actionVerbs == b.actionVerbs
           && a.verbEndings == b.verbEndings && a.notVerbs == b.notVerbs && a.markers == b.markers
           && a.finiteVerbs == b.finiteVerbs && a.pastTenseEndings == b.pastTenseEndings
           && a.adverbsBeforeVerbs == b.adverbsBeforeVerbs && a.vagueActionPatterns == b.vagueActionPatterns
           && a.objectStarters == b.objectStarters
           && a.infinitiveMayComeLast == b.infinitiveMayComeLast;
}

} // namespace

// The check vocabularies are data files compiled into the core; a broken edit must say where.
class TestChainChecksVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInTablesLoad();
    void builtInTablesAreTheSourceFiles();
    void brokenFileSaysWhatIsWrong_data();
    void brokenFileSaysWhatIsWrong();
    void unreadableFileIsAnError();
    void directoryLoadsEnglishFirstAndSkipsBrokenFiles();
    void emptyDirectoryIsAnError();
};

void TestChainChecksVocabulary::builtInTablesLoad()
{
    QVERIFY2(ChainChecksVocabulary::builtInErrors().isEmpty(),
             qPrintable(ChainChecksVocabulary::builtInErrors().join(QLatin1Char('\n'))));
    QCOMPARE(languagesOf(ChainChecksVocabulary::builtIn()), (QStringList{"en", "de", "fr"}));
    for (const ChainChecksVocabulary &v : ChainChecksVocabulary::builtIn()) {
        QVERIFY(!v.humanErrorPatterns.isEmpty());
        QVERIFY(!v.blamePatterns.isEmpty());
        QVERIFY(!v.actionVerbs.isEmpty());
    }
    QVERIFY(ChainChecksVocabulary::builtIn().at(0).actionVerbs.contains(QStringLiteral("automate")));
    QVERIFY(ChainChecksVocabulary::builtIn().at(1).infinitiveMayComeLast);
    QVERIFY(ChainChecksVocabulary::builtIn().at(2).blamePatterns.contains(QStringLiteral("coupables?")));
}

void TestChainChecksVocabulary::builtInTablesAreTheSourceFiles()
{
    QStringList errors;
    const QList<ChainChecksVocabulary> fromSource = ChainChecksVocabulary::loadDirectory(sourceDirectory, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(fromSource.size(), ChainChecksVocabulary::builtIn().size());
    for (int i = 0; i < fromSource.size(); ++i)
        QVERIFY2(same(fromSource.at(i), ChainChecksVocabulary::builtIn().at(i)), qPrintable(fromSource.at(i).language));
}

void TestChainChecksVocabulary::brokenFileSaysWhatIsWrong_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value"); // undefined: the key is removed
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown key") << "blamePaterns" << QJsonValue(QJsonArray{"fault"}) << "“blamePaterns” is not a known key";
    QTest::newRow("missing key") << "markers" << QJsonValue(QJsonValue::Undefined) << "“markers” is missing";
    QTest::newRow("missing language") << "language" << QJsonValue(QJsonValue::Undefined) << "“language” is missing";
    QTest::newRow("bad language") << "language" << QJsonValue("English") << "“language” must be a language code";
    QTest::newRow("not a list") << "markers" << QJsonValue("the a an") << "“markers” must be a list of strings";
    QTest::newRow("not a string") << "rangeWords" << QJsonValue(QJsonArray{"between", 3}) << "entry 2 is not a string";
    QTest::newRow("empty entry") << "compoundConjunctions" << QJsonValue(QJsonArray{"and", " "})
                                 << "“compoundConjunctions” entry 2 (“ ”) is empty";
    QTest::newRow("broken pattern") << "blamePatterns" << QJsonValue(QJsonArray{"at fault", "(?:his|her fault"})
                                    << "“blamePatterns” entry 2 (“(?:his|her fault”) is not a valid regular expression";
    QTest::newRow("capital verb") << "actionVerbs" << QJsonValue(QJsonArray{"add", "Fix"})
                                  << "“actionVerbs” entry 2 (“Fix”) must be written in lower case";
    QTest::newRow("two words") << "markers" << QJsonValue(QJsonArray{"of the"}) << "entry 1 (“of the”) must be one word";
    QTest::newRow("not a bool") << "infinitiveMayComeLast" << QJsonValue("yes")
                                << "“infinitiveMayComeLast” must be true or false";
}

void TestChainChecksVocabulary::brokenFileSaysWhatIsWrong()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonObject object = englishObject();
    QVERIFY(!object.isEmpty());
    QString error;
    QVERIFY(ChainChecksVocabulary::fromJson(QJsonDocument(object).toJson(), QStringLiteral("good.json"), &error));
    QVERIFY(error.isEmpty());

    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    const auto loaded = ChainChecksVocabulary::fromJson(QJsonDocument(object).toJson(), QStringLiteral("vocabulary-xx.json"), &error);
    QVERIFY(!loaded);
    QVERIFY2(error.startsWith(QStringLiteral("vocabulary-xx.json: ")), qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestChainChecksVocabulary::unreadableFileIsAnError()
{
    QString error;
    QVERIFY(!ChainChecksVocabulary::load(QStringLiteral("/nonexistent/vocabulary-en.json"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("/nonexistent/vocabulary-en.json: cannot be read")), qPrintable(error));

    // Broken JSON names the line, as an editor shows it.
    const QByteArray broken = "{\n    \"language\": \"en\",\n    \"markers\": [\"the\" \"a\"]\n}\n";
    QVERIFY(!ChainChecksVocabulary::fromJson(broken, QStringLiteral("vocabulary-en.json"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("vocabulary-en.json, line 3: ")), qPrintable(error));
    QVERIFY(!ChainChecksVocabulary::fromJson("[]", QStringLiteral("vocabulary-en.json"), &error));
    QVERIFY2(error.contains(QStringLiteral("one JSON object")), qPrintable(error));
}

void TestChainChecksVocabulary::directoryLoadsEnglishFirstAndSkipsBrokenFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *language : {"fr", "de", "en"})
        QVERIFY(writeFile(dir.filePath(QStringLiteral("vocabulary-%1.json").arg(QLatin1String(language))),
                          builtInFile(QLatin1String(language))));
    QStringList errors;
    QCOMPARE(languagesOf(ChainChecksVocabulary::loadDirectory(dir.path(), &errors)), (QStringList{"en", "de", "fr"}));
    QVERIFY(errors.isEmpty());

    // A translator's slip in one file leaves the others working and says which file.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("vocabulary-de.json")), "{ \"language\": \"de\", "));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("vocabulary-es.json")), builtInFile(QStringLiteral("fr"))));
    const QList<ChainChecksVocabulary> loaded = ChainChecksVocabulary::loadDirectory(dir.path(), &errors);
    QCOMPARE(languagesOf(loaded), (QStringList{"en", "fr"}));
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors.at(0).startsWith(dir.filePath(QStringLiteral("vocabulary-de.json"))), qPrintable(errors.at(0)));
    QVERIFY2(errors.at(1).contains(QStringLiteral("“language” is “fr” but the file name says “es”")), qPrintable(errors.at(1)));
}

void TestChainChecksVocabulary::emptyDirectoryIsAnError()
{
    QTemporaryDir dir;
    QStringList errors;
    QVERIFY(ChainChecksVocabulary::loadDirectory(dir.path(), &errors).isEmpty());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("know no words")), qPrintable(errors.first()));
}

QTEST_GUILESS_MAIN(TestChainChecksVocabulary)
#include "tst_chainchecksvocabulary.moc"
