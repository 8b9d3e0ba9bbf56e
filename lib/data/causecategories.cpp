// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/causecategories.h"

namespace Whyboard {

namespace {

struct DefaultCategory
{
    const char *key;
    const char *name;
};

// Close to the usual contributing-factor lists of incident reviews: what changed, what ran
// out, what we depend on, why we noticed late, who could do what, what was known, how we
// work, and how the system is built.
const DefaultCategory defaultCategories[] = {
    {"change", QT_TRANSLATE_NOOP("Whyboard::CauseCategories", "Change")},
    {"capacity", QT_TRANSLATE_NOOP("Whyboard::CauseCategories", "Capacity")},
    {"dependency", QT_TRANSLATE_NOOP("Whyboard::CauseCategories", "Dependency")},
    {"detection", QT_TRANSLATE_NOOP("Whyboard::CauseCategories", "Detection")},
    {"access", QT_TRANSLATE_NOOP("Whyboard::CauseCategories", "Access")},
    {"knowledge", QT_TRANSLATE_NOOP("Whyboard::CauseCategories", "Knowledge")},
    {"process", QT_TRANSLATE_NOOP("Whyboard::CauseCategories", "Process")},
    {"design", QT_TRANSLATE_NOOP("Whyboard::CauseCategories", "Design")},
};

} // namespace

QStringList CauseCategories::defaults()
{
    QStringList keys;
    for (const DefaultCategory &category : defaultCategories)
        keys.append(QLatin1String(category.key));
    return keys;
}

QString CauseCategories::displayName(const QString &key)
{
    for (const DefaultCategory &category : defaultCategories) {
        if (key == QLatin1String(category.key))
            return tr(category.name);
    }
    return key;
}

QString CauseCategories::keyFor(const QString &typed)
{
    const QString text = typed.simplified();
    for (const DefaultCategory &category : defaultCategories) {
        if (text.compare(QLatin1String(category.key), Qt::CaseInsensitive) == 0
            || text.compare(tr(category.name), Qt::CaseInsensitive) == 0)
            return QLatin1String(category.key);
    }
    return text;
}

QStringList CauseCategories::normalized(const QStringList &names)
{
    QStringList result;
    for (const QString &name : names) {
        const QString key = keyFor(name);
        if (!key.isEmpty() && !result.contains(key, Qt::CaseInsensitive))
            result.append(key);
    }
    return result;
}

} // namespace Whyboard
