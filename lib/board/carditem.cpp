// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/carditem.h"

#include "board/boardeditor.h"
#include "board/boardscene.h"
#include "board/cardbuttonitem.h"
#include "board/cardtexteditor.h"
#include "board/connectorhandleitem.h"
#include "board/faroutpainter.h"
#include "board/linkitem.h"
#include "analysis/textexcerpt.h"
#include "data/labels.h"
#include "data/safetext.h"
#include "document/commands/editcardcommand.h"
#include "document/sessiondocument.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextCursor>
#include <QTextDocument>

namespace Whyboard {

namespace {
constexpr qreal minimumTextLines = 1;
constexpr qreal badgeSpacing = 6;
} // namespace

CardItem::CardItem(const SessionDocument *document, const QString &cardId, int indexHint)
    : m_document(document)
    , m_cardId(cardId)
    , m_cardIndex(indexHint)
{
    Q_ASSERT(document && !card().id.isEmpty());
    setFlags(ItemIsSelectable | ItemIsMovable | ItemIsFocusable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    // Moving a card translates its cached pixmap instead of repainting the text.
    setCacheMode(DeviceCoordinateCache);
    setZValue(1);
    m_whyButton = new CardButtonItem(this);
    m_handle = new ConnectorHandleItem(this);
    setPos(card().position);
    refreshToolTip();
}

CardItem::~CardItem() = default;

BoardScene *CardItem::boardScene() const
{
    return qobject_cast<BoardScene *>(scene());
}

const Card &CardItem::card() const
{
    // The scene deletes the item before the document forgets the card; an empty card covers
    // the moment a scene and its document are torn down.
    static const Card none;
    const QList<Card> &cards = m_document->session().cards;
    // The card's place is remembered and checked: searching a thousand cards at every paint
    // made large boards slow. It is searched again only after cards came or went before it.
    if (m_cardIndex < 0 || m_cardIndex >= cards.size() || cards.at(m_cardIndex).id != m_cardId)
        m_cardIndex = m_document->session().indexOfCard(m_cardId);
    const Card *card = m_cardIndex < 0 ? nullptr : &cards.at(m_cardIndex);
    return card ? *card : none;
}

QString CardItem::shownText() const
{
    const BoardScene *s = boardScene();
    return s ? s->shownText(card().text) : card().text;
}

QString CardItem::evidenceLabel() const
{
    const Card &c = card();
    if (c.isVerified())
        return QStringLiteral("\u2713 ") + tr("VERIFIED");
    return c.evidence.trimmed().isEmpty() ? tr("NO EVIDENCE") : tr("EVIDENCE, NOT VERIFIED");
}

void CardItem::refreshToolTip()
{
    // Plain text whatever it holds, its directional controls kept inside it, and no longer than
    // a tooltip can show.
    const QString &evidence = card().evidence;
    qsizetype leftOut = 0;
    const QString shown = TextExcerpt::head(evidence, toolTipCharacters, &leftOut) + (leftOut > 0 ? QString(QChar(0x2026)) : QString());
    setToolTip(evidence.isEmpty() ? QString() : SafeText::plainToolTip(tr("Evidence: %1").arg(SafeText::isolated(shown)), true));
}

void CardItem::refreshContent()
{
    if (m_editor && m_editor->toPlainText() != card().text) {
        // Changed from elsewhere while typed into: show it, keeping the cursor where it can be.
        QTextCursor cursor = m_editor->textCursor();
        const int position = cursor.position();
        m_editor->setPlainText(card().text);
        cursor = QTextCursor(m_editor->document());
        cursor.setPosition(qMin(position, int(card().text.size())));
        m_editor->setTextCursor(cursor);
    }
    refreshToolTip();
    remeasure();
    update();
}

void CardItem::setDocumentPosition(const QPointF &position)
{
    m_applyingDocumentPosition = true;
    setPos(position);
    m_applyingDocumentPosition = false;
}

void CardItem::setDepth(int depth, int shortestDepth)
{
    if (shortestDepth < 0)
        shortestDepth = depth;
    if (m_depth == depth && m_shortestDepth == shortestDepth)
        return;
    m_depth = depth;
    m_shortestDepth = shortestDepth;
    update();
}

QString CardItem::depthLabel() const
{
    // The card's header sets its chain step in capitals: "WHY 3 / 5" when reached both ways.
    return Labels::chainStep(card().kind, m_shortestDepth, m_depth).toUpper();
}

void CardItem::setEmphasis(CardEmphasis emphasis)
{
    if (m_emphasis == emphasis)
        return;
    m_emphasis = emphasis;
    update();
}

CardLook CardItem::look() const
{
    const BoardScene *s = boardScene();
    const BoardTheme theme = s ? s->theme() : BoardTheme::light();
    const bool selected = isSelected() && !(s && s->printMode());
    return theme.cardLook(card().kind, card().isVerified(), s && s->printMode() ? CardEmphasis::None : m_emphasis,
                          selected);
}

void CardItem::setBadges(const CardBadges &badges)
{
    if (m_badges == badges)
        return;
    m_badges = badges;
    remeasure();
    update();
}

void CardItem::addLink(LinkItem *link)
{
    if (!m_links.contains(link))
        m_links.append(link);
}

void CardItem::removeLink(LinkItem *link)
{
    m_links.removeAll(link);
}

void CardItem::refreshAppearance()
{
    if (m_editor)
        m_editor->applyTheme();
    remeasure();
    updateChrome();
    update();
}

qreal CardItem::headerHeight() const
{
    const BoardScene *s = boardScene();
    if (!s)
        return 0;
    return QFontMetricsF(s->theme().headerFont).height() + 10;
}

qreal CardItem::badgeRowHeight() const
{
    const BoardScene *s = boardScene();
    if (!s || m_badges.isEmpty())
        return 0;
    return QFontMetricsF(s->theme().badgeFont).height() + 8 + 10;
}

QRectF CardItem::textRect() const
{
    const BoardScene *s = boardScene();
    if (!s)
        return {};
    const qreal p = s->theme().padding;
    const qreal top = p * 0.75 + headerHeight();
    return QRectF(p, top, m_size.width() - 2 * p,
                  m_size.height() - top - p - badgeRowHeight());
}

QSizeF CardItem::measuredSize(const BoardTheme &theme) const
{
    const qreal width = theme.cardWidth;
    const QFontMetricsF metrics(theme.textFont);
    const QString shown = m_editor ? m_editor->toPlainText() : shownText();
    const QString measured = shown.isEmpty() ? QStringLiteral("M") : shown;
    const qreal textHeight = qMax(wrappedTextHeight(measured, width - 2 * theme.padding, theme.textFont),
                                  metrics.height() * minimumTextLines);
    const qreal header = QFontMetricsF(theme.headerFont).height() + 10;
    const qreal badges = m_badges.isEmpty() ? 0 : QFontMetricsF(theme.badgeFont).height() + 8 + 10;
    return QSizeF(width, theme.padding * 0.75 + header + textHeight + theme.padding + badges);
}

qreal CardItem::wrappedTextHeight(const QString &text, qreal width, const QFont &font) const
{
    if (width != m_wrappedWidth || text != m_wrappedText || font != m_wrappedFont) {
        m_wrappedHeight = QFontMetricsF(font)
                              .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft, text)
                              .height();
        m_wrappedText = text;
        m_wrappedWidth = width;
        m_wrappedFont = font;
    }
    return m_wrappedHeight;
}

void CardItem::remeasure()
{
    const BoardScene *s = boardScene();
    if (!s)
        return;
    const BoardTheme &theme = s->theme();
    QSizeF newSize = measuredSize(theme);
    if (m_editor) {
        // The editor's own layout decides while typing, so the card grows with its caret.
        const qreal typed = m_editor->document()->size().height() - 2 * m_editor->document()->documentMargin();
        const qreal measured = newSize.height() - theme.padding * 1.75 - headerHeight() - badgeRowHeight();
        newSize.setHeight(newSize.height() - measured + qMax(typed, QFontMetricsF(theme.textFont).height() * minimumTextLines));
    }
    if (newSize != m_size) {
        prepareGeometryChange();
        m_size = newSize;
        updateChrome();
        rerouteLinks();
    }
}

void CardItem::updateChrome()
{
    const BoardScene *s = boardScene();
    const bool show = s && !s->printMode() && (m_hovered || isSelected()) && !m_editor
                      && !(s->editor() && s->editor()->isLocked());
    const bool vertical = !s || s->orientation() == Qt::Vertical;
    m_whyButton->setVisible(show);
    m_handle->setVisible(show && card().kind != CardKind::Problem);
    if (vertical) {
        m_whyButton->setCenter(QPointF(m_size.width() / 2, m_size.height()));
        m_handle->setPos(QPointF(m_size.width() / 2, 0));
    } else {
        // Beside the card, not over its text.
        m_whyButton->setCenter(QPointF(m_size.width() + 40, m_size.height() / 2));
        m_handle->setPos(QPointF(0, m_size.height() / 2));
    }
}

void CardItem::rerouteLinks()
{
    // While the board is built or restyled, each link is routed once at the end instead.
    if (BoardScene *s = boardScene(); s && s->deferRerouting(m_links))
        return;
    for (LinkItem *link : std::as_const(m_links))
        link->reroute();
}

void CardItem::beginEditing()
{
    if (m_editor)
        return;
    m_editor = new CardTextEditor(this);
    m_editor->setPlainText(card().text);
    m_editor->setPos(textRect().topLeft() - QPointF(m_editor->document()->documentMargin(),
                                                     m_editor->document()->documentMargin()));
    // The cache would show a stale bitmap while the caret blinks.
    setCacheMode(NoCache);
    updateChrome();
    remeasure();
    m_editor->startEditing();
    update();
}

void CardItem::insertTypedText(const QString &text)
{
    if (m_editor)
        m_editor->textCursor().insertText(text);
}

QString CardItem::editedText() const
{
    return m_editor ? m_editor->toPlainText() : card().text;
}

void CardItem::endEditing()
{
    if (!m_editor)
        return;
    CardTextEditor *editor = m_editor;
    m_editor = nullptr;
    editor->hide();
    editor->deleteLater();
    const BoardScene *s = boardScene();
    setCacheMode(s && s->printMode() ? NoCache : DeviceCoordinateCache);
    remeasure();
    updateChrome();
    update();
}

void CardItem::editorContentsChanged()
{
    remeasure();
    update();
    if (BoardScene *s = boardScene(); s && m_editor)
        s->editor()->textEdited(m_cardId, m_editor->toPlainText());
}

QRectF CardItem::boundingRect() const
{
    // Room for the selection glow and the shadow.
    return cardRect().adjusted(-6, -6, 8, 10);
}

QPainterPath CardItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(cardRect(), 12, 12);
    return path;
}

void CardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const BoardScene *s = boardScene();
    if (!s)
        return;
    const BoardTheme &theme = s->theme();
    const Card &c = card();
    const bool problem = c.kind == CardKind::Problem;
    const bool selected = isSelected() && !s->printMode();
    const CardLook look = this->look();
    const QRectF rect = cardRect();
    const qreal r = theme.cornerRadius;

    const qreal scale = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (!s->printMode() && !m_editor && FarOutPainter::isFarOut(theme, scale)) {
        FarOutPainter::paintCard(painter, rect, look, farOutLabel(), theme, selected);
        return;
    }

    painter->setRenderHint(QPainter::Antialiasing);
    if (theme.cardShadow.alpha() > 0 && !s->printMode()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme.cardShadow);
        painter->drawRoundedRect(rect.translated(0, 4), r, r);
    }
    if (selected) {
        QColor glow = theme.accent;
        glow.setAlpha(60);
        painter->setPen(QPen(glow, 8));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(rect, r, r);
    }

    QPen border(look.border, look.borderWidth);
    border.setStyle(look.borderStyle);
    painter->setPen(border);
    painter->setBrush(look.fill);
    const qreal inset = border.widthF() / 2;
    painter->drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), r, r);

    paintHeader(painter, look);

    if (!m_editor) {
        painter->setFont(theme.textFont);
        const QString shown = s->shownText(c.text);
        if (shown.isEmpty()) {
            QFont italic = theme.textFont;
            italic.setItalic(true);
            painter->setFont(italic);
            painter->setPen(look.placeholder);
            painter->drawText(textRect(), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                              problem ? tr("What went wrong?") : tr("Why?"));
        } else {
            painter->setPen(look.text);
            painter->drawText(textRect(), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                              SafeText::isolated(shown));
        }
    }
    paintBadges(painter);
}

QString CardItem::farOutLabel() const
{
    const Card &c = card();
    if (c.kind == CardKind::Problem || m_depth < 1)
        return depthLabel();
    const QLocale locale;
    if (m_shortestDepth >= 1 && m_shortestDepth < m_depth)
        return QStringLiteral("%1 / %2").arg(locale.toString(m_shortestDepth), locale.toString(m_depth));
    return locale.toString(m_depth);
}

void CardItem::paintHeader(QPainter *painter, const CardLook &look) const
{
    const BoardTheme &theme = boardScene()->theme();
    const Card &c = card();
    const bool problem = c.kind == CardKind::Problem;
    const qreal p = theme.padding;
    const QRectF header(p, p * 0.75, m_size.width() - 2 * p, headerHeight() - 6);

    painter->setFont(theme.headerFont);
    painter->setPen(look.header);
    painter->drawText(header, Qt::AlignLeft | Qt::AlignVCenter, depthLabel());

    if (problem)
        return;
    painter->setPen(look.evidence);
    painter->drawText(header, Qt::AlignRight | Qt::AlignVCenter, evidenceLabel());
}

void CardItem::paintBadges(QPainter *painter) const
{
    if (m_badges.isEmpty())
        return;
    const BoardTheme &theme = boardScene()->theme();
    const QFontMetricsF metrics(theme.badgeFont);
    const qreal height = metrics.height() + 8;
    qreal x = theme.padding;
    const qreal y = m_size.height() - theme.padding - height + 4;
    painter->setFont(theme.badgeFont);
    for (const CardBadge &badge : m_badges) {
        const qreal width = metrics.horizontalAdvance(badge.text) + 16;
        if (x + width > m_size.width() - theme.padding && x > theme.padding)
            break; // the tooltip of the card lists what does not fit
        const QRectF pill(x, y, width, height);
        const auto [fill, text] = theme.badgeColours(badge.color);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(pill, height / 2, height / 2);
        painter->setPen(text);
        painter->drawText(pill, Qt::AlignCenter, badge.text);
        x += width + badgeSpacing;
    }
}

QVariant CardItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    BoardScene *s = boardScene();
    if (change == ItemPositionChange && s && !m_applyingDocumentPosition && s->snapToGrid())
        return s->snapped(value.toPointF());
    if (change == ItemPositionHasChanged)
        rerouteLinks();
    if (change == ItemSelectedHasChanged)
        updateChrome();
    if (change == ItemSceneHasChanged && s) {
        remeasure();
        updateChrome();
    }
    return QGraphicsItem::itemChange(change, value);
}

void CardItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    updateChrome();
    QGraphicsItem::hoverEnterEvent(event);
}

void CardItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    updateChrome();
    QGraphicsItem::hoverLeaveEvent(event);
}

void CardItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (BoardScene *s = boardScene(); s && event->button() == Qt::LeftButton) {
        s->editor()->editCard(cardId());
        event->accept();
        return;
    }
    QGraphicsItem::mouseDoubleClickEvent(event);
}

} // namespace Whyboard
