// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Whyboard;

// The man page, --help and the README's table of verbs describe exactly the verbs and options
// the program has: CommandLine::entries(), the list its parser is built from. A verb added
// without its documentation, or documentation left behind by a removed option, fails here by
// name.
class TestCommandLineDocs : public QObject
{
    Q_OBJECT

private:
    QList<CommandLineEntry> m_entries;
    QSet<QString> m_longNames;  // "--export-pdf"
    QSet<QString> m_shortNames; // "-h"

    static QString sourceFile(const QString &relative)
    {
        return QDir::cleanPath(QStringLiteral(WHYBOARD_FIXTURES_DIR "/../../") + relative);
    }

    static QString readText(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    // Every "-x" and "--name" in a text (not "--" alone, not the "-dos" of "to-dos").
    static QSet<QString> optionWords(const QString &text)
    {
        static const QRegularExpression word(QStringLiteral("(?<![\\w-])(--?[a-z][a-z0-9-]*)"));
        QSet<QString> words;
        for (const QRegularExpressionMatch &match : word.globalMatch(text))
            words.insert(match.captured(1));
        return words;
    }

    static QString plain(const QString &roff)
    {
        static const QRegularExpression fontEscape(QStringLiteral("\\\\f[BIRP]|\\\\f\\(\\w\\w|\\\\c|\\\\&"));
        QString text = roff;
        text.remove(fontEscape);
        text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
        text.replace(QLatin1Char('"'), QLatin1Char(' '));
        return text;
    }

    static QString listed(QStringList names)
    {
        names.sort();
        return names.join(QStringLiteral(", "));
    }

    QStringList missingFrom(const QSet<QString> &documented) const
    {
        QStringList missing;
        for (const CommandLineEntry &entry : m_entries) {
            if (!documented.contains(entry.longName()))
                missing.append(entry.longName());
            if (!entry.shortName.isEmpty() && !documented.contains(QStringLiteral("-") + entry.shortName))
                missing.append(QStringLiteral("-") + entry.shortName);
        }
        return missing;
    }

    QStringList unknownIn(const QSet<QString> &documented) const
    {
        QStringList unknown;
        for (const QString &word : documented) {
            if (!m_longNames.contains(word) && !m_shortNames.contains(word))
                unknown.append(word);
        }
        return unknown;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_entries = CommandLine::entries();
        QVERIFY(!m_entries.isEmpty());
        for (const CommandLineEntry &entry : std::as_const(m_entries)) {
            m_longNames.insert(entry.longName());
            if (!entry.shortName.isEmpty())
                m_shortNames.insert(QStringLiteral("-") + entry.shortName);
        }
    }

    void theListIsConsistent()
    {
        QSet<QString> names;
        QStringList twice;
        QStringList takenByNone;
        QStringList unknownOptions;
        QSet<QString> taken;
        for (const CommandLineEntry &entry : std::as_const(m_entries)) {
            for (const QString &name : {entry.name, entry.shortName}) {
                if (name.isEmpty())
                    continue;
                if (names.contains(name))
                    twice.append(name);
                names.insert(name);
            }
            QVERIFY2(!entry.help.isEmpty(), qPrintable(entry.longName()));
            QVERIFY2(entry.synopsis.contains(entry.longName()), qPrintable(entry.synopsis));
            for (const QString &option : entry.options) {
                taken.insert(option);
                const auto found = std::find_if(m_entries.cbegin(), m_entries.cend(),
                                                [&](const CommandLineEntry &e) { return e.name == option; });
                if (found == m_entries.cend() || found->isVerb())
                    unknownOptions.append(entry.longName() + QStringLiteral(" takes ") + option);
            }
            // The options a verb's shape shows are the ones it takes.
            if (entry.isVerb()) {
                for (const QString &word : optionWords(entry.synopsis)) {
                    if (word != entry.longName() && word != QStringLiteral("-") + entry.shortName
                        && !entry.options.contains(word.mid(2)))
                        unknownOptions.append(entry.longName() + QStringLiteral(" shows ") + word);
                }
            }
        }
        for (const CommandLineEntry &entry : std::as_const(m_entries)) {
            if (!entry.isVerb() && !taken.contains(entry.name))
                takenByNone.append(entry.longName());
        }
        QVERIFY2(twice.isEmpty(), qPrintable(QStringLiteral("named twice: ") + listed(twice)));
        QVERIFY2(unknownOptions.isEmpty(), qPrintable(listed(unknownOptions)));
        QVERIFY2(takenByNone.isEmpty(), qPrintable(QStringLiteral("options no verb takes: ") + listed(takenByNone)));
    }

    void helpShowsEveryEntry()
    {
        // --help wraps its lines: compare with its words one space apart.
        const QString help = CommandLine::usage().simplified();
        QStringList missing;
        for (const CommandLineEntry &entry : std::as_const(m_entries)) {
            if (!help.contains(entry.synopsis) || !help.contains(entry.help.simplified()))
                missing.append(entry.longName());
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("--help does not show: ") + listed(missing)));
        QStringList extra;
        for (const QString &word : optionWords(help)) {
            if (word.startsWith(QLatin1String("--")) && !m_longNames.contains(word))
                extra.append(word);
        }
        QVERIFY2(extra.isEmpty(), qPrintable(QStringLiteral("--help names options the program does not have: ") + listed(extra)));
    }

    void manPageHasAnEntryForEachOption()
    {
        const QString page = readText(sourceFile(QStringLiteral("packaging/whyboard.1")));
        QVERIFY2(!page.isEmpty(), qPrintable(sourceFile(QStringLiteral("packaging/whyboard.1"))));
        const QStringList lines = page.split(QLatin1Char('\n'));
        const qsizetype start = lines.indexOf(QStringLiteral(".SH OPTIONS"));
        QVERIFY2(start >= 0, "packaging/whyboard.1 has no OPTIONS section");
        // An option entry is the tag line after .TP within OPTIONS: ".BI \-\-export\-pdf " OUT"".
        QSet<QString> tagged;
        for (qsizetype i = start + 1; i + 1 < lines.size() && !lines.at(i).startsWith(QLatin1String(".SH ")); ++i) {
            if (lines.at(i) == QLatin1String(".TP"))
                tagged.unite(optionWords(plain(lines.at(i + 1))));
        }
        const QStringList missing = missingFrom(tagged);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("packaging/whyboard.1 has no OPTIONS entry for: ") + listed(missing)));
        const QStringList extraTags = unknownIn(tagged);
        QVERIFY2(extraTags.isEmpty(), qPrintable(QStringLiteral("packaging/whyboard.1 documents options the program does not have: ")
                                                 + listed(extraTags)));
        // Anywhere else (SYNOPSIS, EXAMPLES, the text), a long option must be one of the list's too.
        QStringList extraWords;
        for (const QString &word : optionWords(plain(page))) {
            if (word.startsWith(QLatin1String("--")) && !m_longNames.contains(word))
                extraWords.append(word);
        }
        QVERIFY2(extraWords.isEmpty(),
                 qPrintable(QStringLiteral("packaging/whyboard.1 names options the program does not have: ") + listed(extraWords)));
    }

    void readmeTableHasEveryOption()
    {
        const QString readme = readText(sourceFile(QStringLiteral("README.md")));
        const qsizetype section = readme.indexOf(QLatin1String("\n## Using it\n"));
        QVERIFY2(section >= 0, "README.md has no \"Using it\" section");
        const qsizetype open = readme.indexOf(QLatin1String("\n```\n"), section);
        const qsizetype close = readme.indexOf(QLatin1String("\n```\n"), open + 1);
        QVERIFY2(open >= 0 && close > open, "README.md's \"Using it\" has no table of verbs");
        const QSet<QString> documented = optionWords(readme.mid(open + 5, close - open - 5));
        const QStringList missing = missingFrom(documented);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("README.md's table of verbs lacks: ") + listed(missing)));
        const QStringList extra = unknownIn(documented);
        QVERIFY2(extra.isEmpty(),
                 qPrintable(QStringLiteral("README.md's table of verbs names options the program does not have: ") + listed(extra)));
    }
};

QTEST_GUILESS_MAIN(TestCommandLineDocs)
#include "tst_commandlinedocs.moc"
