// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/chainchecksvocabulary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QtDebug>

#include <algorithm>

namespace Whyboard {

namespace {

// How the checks use a list decides what an entry may be.
enum class EntryKind {
    Literal, // matched as written
    Pattern, // a regular-expression fragment
    Word,    // compared with one word of the text, in any case
    LowerCaseWord, // compared with one word of the text, lower-cased
};

struct ListKey
{
    const char *name;
    QStringList ChainChecksVocabulary::*member;
    EntryKind kind;
};

const ListKey listKeys[] = {
    {"compoundConjunctions", &ChainChecksVocabulary::compoundConjunctions, EntryKind::Literal},
    {"rangeWords", &ChainChecksVocabulary::rangeWords, EntryKind::Pattern},
    {"abbreviations", &ChainChecksVocabulary::abbreviations, EntryKind::Word},
    {"finiteVerbs", &ChainChecksVocabulary::finiteVerbs, EntryKind::LowerCaseWord},
    {"pastTenseEndings", &ChainChecksVocabulary::pastTenseEndings, EntryKind::LowerCaseWord},
    {"adverbsBeforeVerbs", &ChainChecksVocabulary::adverbsBeforeVerbs, EntryKind::LowerCaseWord},
    {"humanErrorPatterns", &ChainChecksVocabulary::humanErrorPatterns, EntryKind::Pattern},
    {"blamePatterns", &ChainChecksVocabulary::blamePatterns, EntryKind::Pattern},
    {"clauseStarters", &ChainChecksVocabulary::clauseStarters, EntryKind::Pattern},
    {"actionVerbs", &ChainChecksVocabulary::actionVerbs, EntryKind::LowerCaseWord},
    {"vagueActionPatterns", &ChainChecksVocabulary::vagueActionPatterns, EntryKind::Pattern},
    {"objectStarters", &ChainChecksVocabulary::objectStarters, EntryKind::LowerCaseWord},
    {"verbEndings", &ChainChecksVocabulary::verbEndings, EntryKind::LowerCaseWord},
    {"notVerbs", &ChainChecksVocabulary::notVerbs, EntryKind::LowerCaseWord},
    {"markers", &ChainChecksVocabulary::markers, EntryKind::LowerCaseWord},
};

const QLatin1String languageKey("language");
const QLatin1String infinitiveKey("infinitiveMayComeLast");

// Why the entry cannot be used; empty when it can.
QString entryProblem(const QString &entry, EntryKind kind)
{
    if (entry.trimmed().isEmpty())
        return ChainChecksVocabulary::tr("is empty");
    switch (kind) {
    case EntryKind::Literal:
        break;
    case EntryKind::Pattern: {
        const QRegularExpression expression(entry);
        if (!expression.isValid())
            return ChainChecksVocabulary::tr("is not a valid regular expression: %1 (at character %2)")
                .arg(expression.errorString())
                .arg(expression.patternErrorOffset() + 1);
        break;
    }
    case EntryKind::Word:
    case EntryKind::LowerCaseWord:
        if (entry.contains(QLatin1Char(' ')))
            return ChainChecksVocabulary::tr("must be one word");
        if (kind == EntryKind::LowerCaseWord && entry != entry.toLower())
            return ChainChecksVocabulary::tr("must be written in lower case");
        break;
    }
    return {};
}

bool readList(const QJsonValue &value, EntryKind kind, QStringList *out, QString *problem)
{
    if (!value.isArray()) {
        *problem = ChainChecksVocabulary::tr("must be a list of strings");
        return false;
    }
    const QJsonArray array = value.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            *problem = ChainChecksVocabulary::tr("entry %1 is not a string").arg(i + 1);
            return false;
        }
        const QString entry = array.at(i).toString();
        if (const QString why = entryProblem(entry, kind); !why.isEmpty()) {
            *problem = ChainChecksVocabulary::tr("entry %1 (“%2”) %3").arg(i + 1).arg(entry, why);
            return false;
        }
        out->append(entry);
    }
    return true;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool fill(ChainChecksVocabulary &v, const QJsonObject &object, const QString &source, QString *error)
{
    const auto keyError = [&](const QString &key, const QString &problem) {
        return fail(error, ChainChecksVocabulary::tr("%1: “%2” %3").arg(source, key, problem));
    };
    QStringList known{languageKey, infinitiveKey};
    for (const ListKey &key : listKeys)
        known.append(QLatin1String(key.name));
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return keyError(it.key(), ChainChecksVocabulary::tr("is not a known key (a typo?)"));
    }

    static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2,3}(?:_[A-Z]{2})?$"));
    const QJsonValue language = object.value(languageKey);
    if (language.isUndefined())
        return keyError(languageKey, ChainChecksVocabulary::tr("is missing"));
    if (!languageCode.match(language.toString()).hasMatch())
        return keyError(languageKey, ChainChecksVocabulary::tr("must be a language code such as “en” or “pt_BR”"));
    v.language = language.toString();

    for (const ListKey &key : listKeys) {
        const QString name = QLatin1String(key.name);
        const QJsonValue value = object.value(name);
        if (value.isUndefined())
            return keyError(name, ChainChecksVocabulary::tr("is missing (an empty list [] is fine)"));
        QString problem;
        if (!readList(value, key.kind, &(v.*key.member), &problem))
            return keyError(name, problem);
    }

    const QJsonValue infinitive = object.value(infinitiveKey);
    if (!infinitive.isUndefined() && !infinitive.isBool())
        return keyError(infinitiveKey, ChainChecksVocabulary::tr("must be true or false"));
    v.infinitiveMayComeLast = infinitive.toBool(false);
    return true;
}

} // namespace

std::optional<ChainChecksVocabulary> ChainChecksVocabulary::fromJson(const QByteArray &json, const QString &source,
                                                                     QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // A line number is what an editor shows.
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        fail(error, tr("%1, line %2: %3").arg(source).arg(line).arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(error, tr("%1: the file must hold one JSON object { ... }").arg(source));
        return std::nullopt;
    }
    ChainChecksVocabulary vocabulary;
    if (!fill(vocabulary, document.object(), source, error))
        return std::nullopt;
    return vocabulary;
}

std::optional<ChainChecksVocabulary> ChainChecksVocabulary::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, tr("%1: cannot be read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return fromJson(file.readAll(), path, error);
}

QList<ChainChecksVocabulary> ChainChecksVocabulary::loadDirectory(const QString &directory, QStringList *errors)
{
    const QString prefix = QStringLiteral("vocabulary-");
    const QString suffix = QStringLiteral(".json");
    QStringList files =
        QDir(directory).entryList({QString(prefix + QLatin1Char('*') + suffix)}, QDir::Files, QDir::Name);
    const auto languageOf = [&](const QString &file) { return file.mid(prefix.size()).chopped(suffix.size()); };
    // English first: the order the tables were written in, which the matching keeps.
    std::stable_partition(files.begin(), files.end(),
                          [&](const QString &file) { return languageOf(file) == QLatin1String("en"); });

    QList<ChainChecksVocabulary> result;
    for (const QString &file : std::as_const(files)) {
        const QString path = QDir(directory).filePath(file);
        QString error;
        auto vocabulary = load(path, &error);
        if (vocabulary && vocabulary->language != languageOf(file))
            error = tr("%1: “language” is “%2” but the file name says “%3”")
                        .arg(path, vocabulary->language, languageOf(file));
        if (!error.isEmpty()) {
            if (errors)
                errors->append(error);
            continue;
        }
        result.append(*vocabulary);
    }
    if (files.isEmpty() && errors)
        errors->append(tr("%1: no vocabulary-<language>.json files: the chain checks know no words")
                           .arg(QDir::toNativeSeparators(directory)));
    return result;
}

namespace {

struct BuiltIn
{
    QList<ChainChecksVocabulary> vocabularies;
    QStringList errors;

    BuiltIn()
    {
        vocabularies = ChainChecksVocabulary::loadDirectory(ChainChecksVocabulary::builtInDirectory(), &errors);
        for (const QString &error : std::as_const(errors))
            qCritical().noquote() << "Whyboard: a chain-check vocabulary failed to load:" << error;
    }
};

const BuiltIn &builtInTables()
{
    static const BuiltIn tables;
    return tables;
}

} // namespace

const QList<ChainChecksVocabulary> &ChainChecksVocabulary::builtIn()
{
    return builtInTables().vocabularies;
}

const QStringList &ChainChecksVocabulary::builtInErrors()
{
    return builtInTables().errors;
}

} // namespace Whyboard
