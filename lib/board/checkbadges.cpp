// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/checkbadges.h"

#include "analysis/chainchecks.h"
#include "board/boardscene.h"
#include "document/sessiondocument.h"

namespace Whyboard {

CheckBadges::CheckBadges(SessionDocument *document, BoardScene *scene, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_scene(scene)
{
    Q_ASSERT(document && scene);
    connect(document, &SessionDocument::stepFinished, this, &CheckBadges::refresh);
    refresh();
}

QString CheckBadges::badgeText(const QString &checkId)
{
    if (checkId == CheckIds::shallow)
        return tr("Why again?");
    if (checkId == CheckIds::compound)
        return tr("Several causes");
    if (checkId == CheckIds::humanError)
        return tr("Human error");
    if (checkId == CheckIds::blame)
        return tr("Blame");
    if (checkId == CheckIds::noAction)
        return tr("No action");
    // "Unverified" is already in the card's header.
    return {};
}

QColor CheckBadges::badgeColor(const QString &checkId)
{
    if (checkId == CheckIds::humanError || checkId == CheckIds::blame)
        return QColor(0x99, 0x1b, 0x1b);
    if (checkId == CheckIds::noAction)
        return QColor(0x1e, 0x40, 0xaf);
    return QColor(0x8a, 0x3c, 0x00);
}

QHash<QString, QList<CardBadge>> CheckBadges::badgesFor(const QList<CheckFinding> &findings)
{
    QHash<QString, QList<CardBadge>> badges;
    for (const CheckFinding &f : findings) {
        const QString text = badgeText(f.checkId);
        if (f.dismissed || f.itemKind != CheckItemKind::Card || text.isEmpty())
            continue;
        badges[f.itemId].append(
            CardBadge{f.checkId, text, QString(f.message + QLatin1Char('\n') + f.suggestion), badgeColor(f.checkId)});
    }
    return badges;
}

void CheckBadges::refresh()
{
    if (!m_scene)
        return;
    const QHash<QString, QList<CardBadge>> badges =
        m_document ? badgesFor(ChainChecks::run(m_document->session())) : QHash<QString, QList<CardBadge>>();
    for (const QString &cardId : std::as_const(m_badgedCards)) {
        if (!badges.contains(cardId))
            m_scene->setCardBadges(cardId, {});
    }
    m_badgedCards.clear();
    for (auto it = badges.cbegin(); it != badges.cend(); ++it) {
        if (m_scene->cardBadges(it.key()) != it.value())
            m_scene->setCardBadges(it.key(), it.value());
        m_badgedCards.insert(it.key());
    }
}

} // namespace Whyboard
