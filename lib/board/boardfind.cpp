// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardfind.h"

#include "board/boardscene.h"
#include "board/boardview.h"
#include "board/carditem.h"
#include "board/cardnavigator.h"
#include "document/sessiondocument.h"

#include <algorithm>
#include <utility>

namespace Whyboard {

BoardFind *BoardFind::of(BoardView *view)
{
    if (auto *find = view->findChild<BoardFind *>(QString(), Qt::FindDirectChildrenOnly))
        return find;
    return new BoardFind(view);
}

BoardFind::BoardFind(BoardView *view)
    : QObject(view)
    , m_view(view)
{
    connect(view, &BoardView::boardSceneChanged, this, &BoardFind::followScene);
    followScene(view->boardScene());
}

void BoardFind::followScene(BoardScene *scene)
{
    disconnect(m_stepConnection);
    m_scene = scene;
    // An edit can make a card match or stop matching: the count follows, the selection stays.
    if (scene)
        m_stepConnection = connect(scene->document(), &SessionDocument::stepFinished, this, [this] { search(false); });
    m_current = -1;
    search(false);
}

QString BoardFind::folded(const QString &text)
{
    // Decomposed, a letter's accents are marks of their own: dropping them leaves the letter.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    }
    // Qt folds one character to one: the German sharp s is matched as "ss" by hand.
    return result.toCaseFolded().replace(QChar(0x00DF), QStringLiteral("ss"));
}

bool BoardFind::cardMatches(const Card &card, const QString &foldedText, const BoardScene *scene)
{
    const auto shown = [scene](const QString &text) { return scene ? scene->shownText(text) : text; };
    return !foldedText.isEmpty()
           && (folded(shown(card.text)).contains(foldedText) || folded(shown(card.evidence)).contains(foldedText));
}

void BoardFind::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    search(true);
}

void BoardFind::search(bool select)
{
    const QString current = currentCardId();
    m_matches.clear();
    m_current = -1;
    const QString needle = folded(m_text.trimmed());
    if (m_scene && !needle.isEmpty()) {
        QList<CardItem *> cards = m_scene->cardItems();
        std::sort(cards.begin(), cards.end(), CardNavigator::readsBefore);
        const Session &session = m_scene->document()->session();
        for (const CardItem *item : std::as_const(cards)) {
            if (const Card *card = session.card(item->cardId()); card && cardMatches(*card, needle, m_scene))
                m_matches.append(card->id);
        }
        m_current = int(m_matches.indexOf(current));
        if (m_current < 0 && !m_matches.isEmpty() && select)
            m_current = 0;
    }
    if (select && m_current >= 0)
        goTo(m_current);
    Q_EMIT resultChanged();
}

void BoardFind::next()
{
    if (!m_matches.isEmpty())
        goTo((m_current + 1) % int(m_matches.size()));
    Q_EMIT resultChanged();
}

void BoardFind::previous()
{
    if (!m_matches.isEmpty())
        goTo(m_current <= 0 ? int(m_matches.size()) - 1 : m_current - 1);
    Q_EMIT resultChanged();
}

void BoardFind::showCurrent()
{
    if (m_current >= 0)
        goTo(m_current);
}

void BoardFind::goTo(int index)
{
    m_current = index;
    // selectCards scrolls the card into view (BoardView::ensureCardVisible) and keeps the zoom.
    if (m_scene)
        m_scene->selectCards({m_matches.at(index)});
}

} // namespace Whyboard
