// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/readbackview.h"

#include "analysis/chainchecks.h"
#include "analysis/chainpaths.h"
#include "board/boardscene.h"
#include "document/commands/setlinkverdictcommand.h"
#include "document/sessiondocument.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace Whyboard {

namespace {

// Fixed colours: the overlay is read from across the room whatever the desktop theme.
const QColor backdrop(0x10, 0x14, 0x1c);
const QColor foreground(0xf5, 0xf7, 0xfa);
const QColor quiet(0xb8, 0xc2, 0xd0);
const QColor holds(0x6e, 0xe7, 0x9a);
const QColor doesNotHold(0xff, 0xb0, 0xa8); // 7:1 on the buttons' fill too
const QColor emphasis(0xff, 0xd1, 0x66);

QString colourStyle(const QColor &color)
{
    return QStringLiteral("color: %1; background: transparent;").arg(color.name());
}

} // namespace

ReadBackView::ReadBackView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("readBackView"));
    setAttribute(Qt::WA_StyledBackground, false);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Read back"));
    hide();
    if (parent)
        parent->installEventFilter(this);

    const auto label = [this](const QColor &color, Qt::Alignment alignment) {
        auto *l = new QLabel(this);
        l->setWordWrap(true);
        l->setAlignment(alignment);
        l->setStyleSheet(colourStyle(color));
        l->setTextFormat(Qt::PlainText);
        return l;
    };
    m_progress = label(quiet, Qt::AlignLeft | Qt::AlignVCenter);
    m_cause = label(foreground, Qt::AlignCenter);
    m_therefore = label(emphasis, Qt::AlignCenter);
    m_therefore->setText(tr("therefore"));
    m_effect = label(foreground, Qt::AlignCenter);
    m_verdict = label(quiet, Qt::AlignCenter);
    m_keys = label(quiet, Qt::AlignCenter);
    m_keys->setText(tr("H: holds    N: does not hold    → or Space: next    ←: back    Esc: leave"));

    const auto button = [this](const QString &text, void (ReadBackView::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setFocusPolicy(Qt::NoFocus); // keys stay with the read-back
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    m_back = button(tr("← Back"), &ReadBackView::back);
    m_holds = button(tr("Holds (H)"), &ReadBackView::markHolds);
    m_doesNotHold = button(tr("Does Not Hold (N)"), &ReadBackView::markDoesNotHold);
    m_next = button(tr("Next →"), &ReadBackView::next);
    m_close = new QPushButton(tr("Leave (Esc)"), this);
    m_close->setFocusPolicy(Qt::NoFocus);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);

    setStyleSheet(QStringLiteral(
        "QPushButton { color: #f5f7fa; background: #2a3342; border: 1px solid #4a5568; border-radius: 8px;"
        " padding: 10px 22px; }"
        "QPushButton:hover { background: #3a4558; }"
        // Disabled by losing the fill, not by greyed text: every label keeps 7:1.
        "QPushButton:disabled { color: #c3ccd8; background: transparent; border: 1px dashed #4a5568; }"
        "QPushButton#holds { border-color: %1; color: %1; }"
        "QPushButton#doesNotHold { border-color: %2; color: %2; }")
                      .arg(holds.name(), doesNotHold.name()));
    m_holds->setObjectName(QStringLiteral("holds"));
    m_doesNotHold->setObjectName(QStringLiteral("doesNotHold"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_progress, 1);
    top->addWidget(m_close);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(16);
    buttons->addStretch(1);
    for (QPushButton *b : {m_back, m_holds, m_doesNotHold, m_next})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->addLayout(top);
    layout->addStretch(2);
    layout->addWidget(m_cause);
    layout->addSpacing(12);
    layout->addWidget(m_therefore);
    layout->addSpacing(12);
    layout->addWidget(m_effect);
    layout->addStretch(1);
    layout->addWidget(m_verdict);
    layout->addStretch(2);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(m_keys);
    applyFonts();
}

void ReadBackView::setDocument(SessionDocument *document)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_document = document;
    if (document) {
        // The routes are recomputed once per undo step (a 50-card paste is one recomputation).
        m_connections << connect(document, &SessionDocument::stepFinished, this, [this] {
            rebuildSteps();
            showStep();
        });
    }
    rebuildSteps();
    m_current = 0;
    showStep();
}

void ReadBackView::setBoardScene(BoardScene *scene)
{
    m_scene = scene;
}

void ReadBackView::rebuildSteps()
{
    m_steps.clear();
    if (m_document) {
        const QList<QStringList> paths = ChainPaths::readBackPaths(m_document->session());
        for (int p = 0; p < paths.size(); ++p) {
            const QStringList &path = paths.at(p);
            for (int i = 0; i + 1 < path.size(); ++i)
                m_steps.append(Step{path.at(i), path.at(i + 1), p, i, int(path.size()) - 1});
        }
    }
    m_current = qBound(0, m_current, qMax(0, int(m_steps.size()) - 1));
}

std::optional<ReadBackView::Step> ReadBackView::currentStep() const
{
    if (m_current < 0 || m_current >= m_steps.size())
        return std::nullopt;
    return m_steps.at(m_current);
}

ReadBackVerdict ReadBackView::currentVerdict() const
{
    const auto step = currentStep();
    if (!step || !m_document)
        return ReadBackVerdict::NotChecked;
    const Session &s = m_document->session();
    const int index = s.indexOfLink(step->causeId, step->effectId);
    return index < 0 ? ReadBackVerdict::NotChecked : s.links.at(index).verdict;
}

QString ReadBackView::cardText(const QString &cardId) const
{
    const Card *card = m_document ? m_document->session().card(cardId) : nullptr;
    if (!card)
        return {};
    QString text = card->text.simplified();
    if (m_namesHidden)
        text = ChainChecks::hideNames(text, ChainChecks::namesIn(m_document->session()));
    return text.isEmpty() ? tr("(an empty card)") : text;
}

QString ReadBackView::currentSentence() const
{
    const auto step = currentStep();
    if (!step)
        return {};
    return tr("%1, therefore %2").arg(cardText(step->causeId), cardText(step->effectId));
}

void ReadBackView::setCurrentIndex(int index)
{
    if (m_steps.isEmpty())
        return;
    index = qBound(0, index, int(m_steps.size()) - 1);
    if (index == m_current)
        return;
    m_current = index;
    showStep();
    Q_EMIT currentStepChanged(m_current);
}

void ReadBackView::next()
{
    setCurrentIndex(m_current + 1);
}

void ReadBackView::back()
{
    setCurrentIndex(m_current - 1);
}

void ReadBackView::markHolds()
{
    setVerdict(ReadBackVerdict::Holds);
}

void ReadBackView::markDoesNotHold()
{
    setVerdict(ReadBackVerdict::DoesNotHold);
}

void ReadBackView::setNamesHidden(bool hidden)
{
    m_namesHidden = hidden;
    showStep();
}

void ReadBackView::setVerdict(ReadBackVerdict verdict)
{
    const auto step = currentStep();
    if (!step || !m_document)
        return;
    if (currentVerdict() != verdict)
        m_document->push(new SetLinkVerdictCommand(m_document, step->causeId, step->effectId, verdict));
    next(); // the room moves on to the next step once it has decided
}

void ReadBackView::showStep()
{
    const auto step = currentStep();
    const bool any = step.has_value();
    const bool writable = m_document && !m_document->isReadOnly();
    m_therefore->setVisible(any);
    m_effect->setVisible(any);
    m_back->setEnabled(any && m_current > 0);
    m_next->setEnabled(any && m_current + 1 < m_steps.size());
    m_holds->setEnabled(any && writable);
    m_doesNotHold->setEnabled(any && writable);
    if (!any) {
        m_progress->setText(tr("Read back"));
        m_cause->setText(tr("There is no chain to read back yet: add whys under the problem."));
        m_verdict->clear();
        return;
    }
    int paths = 0;
    for (const Step &s : m_steps)
        paths = qMax(paths, s.path + 1);
    m_progress->setText(tr("Route %1 of %2 · step %3 of %4 · %5 steps in all")
                            .arg(step->path + 1)
                            .arg(paths)
                            .arg(step->indexInPath + 1)
                            .arg(step->pathLength)
                            .arg(m_steps.size()));
    QString cause = cardText(step->causeId);
    while (!cause.isEmpty() && QStringLiteral(".;:!").contains(cause.back()))
        cause.chop(1); // "X." becomes "X," before "therefore"
    m_cause->setText(cause + QLatin1Char(','));
    m_effect->setText(cardText(step->effectId));
    switch (currentVerdict()) {
    case ReadBackVerdict::Holds:
        m_verdict->setText(tr("✓ The room says this holds"));
        m_verdict->setStyleSheet(colourStyle(holds));
        break;
    case ReadBackVerdict::DoesNotHold:
        m_verdict->setText(tr("✗ The room says this does not hold"));
        m_verdict->setStyleSheet(colourStyle(doesNotHold));
        break;
    case ReadBackVerdict::NotChecked:
        m_verdict->setText(tr("Does it hold?"));
        m_verdict->setStyleSheet(colourStyle(quiet));
        break;
    }
    if (m_scene && isVisible())
        m_scene->selectCards({step->causeId, step->effectId});
}

void ReadBackView::open()
{
    if (QWidget *p = parentWidget())
        setGeometry(p->rect());
    rebuildSteps();
    showStep();
    show();
    raise();
    setFocus(Qt::OtherFocusReason);
    activateWindow();
    showStep();
}

void ReadBackView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        back();
        break;
    case Qt::Key_H:
        markHolds();
        break;
    case Qt::Key_N:
        markDoesNotHold();
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ReadBackView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), backdrop);
}

bool ReadBackView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void ReadBackView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyFonts();
}

void ReadBackView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    Q_EMIT closed();
}

void ReadBackView::applyFonts()
{
    // Type scales with the screen it is projected from: about 20 lines of statement per height.
    const int statement = qMax(28, height() / 20);
    QFont big = font();
    big.setPixelSize(statement);
    big.setWeight(QFont::DemiBold);
    m_cause->setFont(big);
    m_effect->setFont(big);
    QFont therefore = font();
    therefore.setPixelSize(qMax(20, statement * 2 / 3));
    therefore.setItalic(true);
    m_therefore->setFont(therefore);
    QFont medium = font();
    medium.setPixelSize(qMax(18, statement / 2));
    m_verdict->setFont(medium);
    m_progress->setFont(medium);
    QFont small = font();
    small.setPixelSize(qMax(14, statement * 2 / 5));
    m_keys->setFont(small);
    for (QPushButton *b : {m_back, m_holds, m_doesNotHold, m_next, m_close})
        b->setFont(small);
}

} // namespace Whyboard
