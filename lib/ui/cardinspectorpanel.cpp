// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/cardinspectorpanel.h"

#include "analysis/chainpaths.h"
#include "board/boardscene.h"
#include "data/labels.h"
#include "document/commands/editcardcommand.h"
#include "document/sessiondocument.h"
#include "ui/causecategoryfields.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Whyboard {

CardInspectorPanel::CardInspectorPanel(QWidget *parent)
    : QWidget(parent)
    , m_empty(new QLabel(this))
    , m_form(new QWidget(this))
    , m_step(new QLabel(m_form))
    , m_text(new QPlainTextEdit(m_form))
    , m_causeFields(new QWidget(m_form))
    , m_evidence(new QPlainTextEdit(m_causeFields))
    , m_links(new QLabel(m_causeFields))
    , m_verified(new QCheckBox(tr("The room has &checked this evidence"), m_causeFields))
    , m_noAction(new QCheckBox(tr("&Accepted, no action"), m_causeFields))
    , m_noActionReason(new QLineEdit(m_causeFields))
    , m_categoryFields(new CauseCategoryFields(m_causeFields))
{
    setObjectName(QStringLiteral("cardInspector"));
    setWindowTitle(tr("Inspector"));
    setAccessibleName(tr("Card inspector"));

    m_empty->setObjectName(QStringLiteral("inspectorEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_empty->setText(tr("Select a card to see its evidence."));
    // Takes the focus when no card is shown, so the panel's key still lands somewhere that
    // says what to do.
    m_empty->setFocusPolicy(Qt::StrongFocus);

    QFont stepFont = m_step->font();
    stepFont.setBold(true);
    m_step->setFont(stepFont);
    m_step->setObjectName(QStringLiteral("inspectorStep"));

    m_text->setObjectName(QStringLiteral("inspectorText"));
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(tr("Card text"));
    m_text->setMaximumHeight(m_text->fontMetrics().lineSpacing() * 5);
    auto *textLabel = new QLabel(tr("&Text"), m_form);
    textLabel->setBuddy(m_text);

    auto *question = new QLabel(tr("&How do you know? (a log line, a graph, a ticket, a link)"), m_causeFields);
    question->setWordWrap(true);
    question->setBuddy(m_evidence);
    m_evidence->setObjectName(QStringLiteral("inspectorEvidence"));
    m_evidence->setTabChangesFocus(true);
    m_evidence->setAccessibleName(tr("Evidence"));
    m_evidence->setPlaceholderText(tr("No evidence yet"));
    m_links->setObjectName(QStringLiteral("inspectorLinks"));
    m_links->setWordWrap(true);
    m_links->setTextFormat(Qt::RichText);
    m_links->setOpenExternalLinks(true);
    m_links->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_verified->setObjectName(QStringLiteral("inspectorVerified"));
    m_verified->setToolTip(tr("A cause counts as verified only when its evidence is written down and checked"));
    m_noAction->setObjectName(QStringLiteral("inspectorNoAction"));
    m_noAction->setToolTip(tr("The room decided this cause needs no action item; the report shows why"));
    m_noActionReason->setObjectName(QStringLiteral("inspectorNoActionReason"));
    m_noActionReason->setPlaceholderText(tr("Why no action? (the report shows it)"));
    m_noActionReason->setAccessibleName(tr("Reason for no action"));

    auto *causeLayout = new QVBoxLayout(m_causeFields);
    causeLayout->setContentsMargins(0, 0, 0, 0);
    causeLayout->addWidget(question);
    causeLayout->addWidget(m_evidence, 1);
    causeLayout->addWidget(m_links);
    causeLayout->addWidget(m_verified);
    causeLayout->addSpacing(m_noAction->fontMetrics().height() / 2);
    causeLayout->addWidget(m_noAction);
    causeLayout->addWidget(m_noActionReason);
    causeLayout->addSpacing(m_noAction->fontMetrics().height() / 2);
    causeLayout->addWidget(m_categoryFields);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_step);
    formLayout->addWidget(textLabel);
    formLayout->addWidget(m_text);
    formLayout->addWidget(m_causeFields, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_form, 1);
    layout->addStretch(0);

    // A new editing run each time a field is entered: one visit is one undo step.
    for (QWidget *field : {static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_evidence),
                           static_cast<QWidget *>(m_noActionReason)})
        field->installEventFilter(this);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CardInspectorPanel::textEdited);
    connect(m_evidence, &QPlainTextEdit::textChanged, this, &CardInspectorPanel::evidenceEdited);
    connect(m_verified, &QCheckBox::toggled, this, &CardInspectorPanel::verifiedToggled);
    connect(m_noAction, &QCheckBox::toggled, this, &CardInspectorPanel::noActionToggled);
    connect(m_noActionReason, &QLineEdit::textEdited, this, &CardInspectorPanel::noActionReasonEdited);
    refresh();
}

CardInspectorPanel::~CardInspectorPanel() = default;

QDockWidget *CardInspectorPanel::install(MainWindow *window)
{
    auto *panel = new CardInspectorPanel(window);
    auto *dock = new QDockWidget(tr("Inspector"), window);
    dock->setObjectName(QStringLiteral("inspectorDock"));
    dock->setWidget(panel);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    window->addAction(MainWindow::MenuPlace::ViewEnd, dock->toggleViewAction());
    // The key brings the inspector to the front (it may sit behind another tab) and puts the
    // cursor where the room's answer to "how do you know?" goes.
    auto *inspect = new QAction(tr("Inspect Card"), dock);
    inspect->setObjectName(QStringLiteral("inspectCard"));
    inspect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    inspect->setToolTip(tr("The selected card's text, evidence and verification (Ctrl+Shift+I)"));
    connect(inspect, &QAction::triggered, panel, [dock, panel] {
        dock->show();
        dock->raise();
        panel->focusFirstField();
    });
    window->addAction(MainWindow::MenuPlace::ViewEnd, inspect);
    connect(window, &MainWindow::currentDocumentChanged, panel,
            [panel, window](SessionDocument *document) { panel->setBoardScene(document ? window->boardScene() : nullptr); });
    connect(window, &MainWindow::libraryChanged, panel->m_categoryFields, &CauseCategoryFields::setLibrary);
    panel->m_categoryFields->setLibrary(window->library());
    return dock;
}

void CardInspectorPanel::focusFirstField()
{
    if (m_causeFields->isVisibleTo(this) && m_form->isVisibleTo(this))
        m_evidence->setFocus(Qt::ShortcutFocusReason);
    else if (m_form->isVisibleTo(this))
        m_text->setFocus(Qt::ShortcutFocusReason);
}

SessionDocument *CardInspectorPanel::document() const
{
    return m_scene ? m_scene->document() : nullptr;
}

void CardInspectorPanel::setBoardScene(BoardScene *scene)
{
    if (m_scene == scene)
        return;
    if (m_scene) {
        disconnect(m_scene, nullptr, this, nullptr);
        if (SessionDocument *old = m_scene->document())
            disconnect(old, nullptr, this, nullptr);
    }
    m_scene = scene;
    m_cardId.clear();
    if (scene) {
        SessionDocument *doc = scene->document();
        connect(scene, &BoardScene::cardSelectionChanged, this, &CardInspectorPanel::followSelection);
        connect(doc, &SessionDocument::cardChanged, this, [this](const QString &id) {
            if (id == m_cardId)
                refresh();
        });
        connect(doc, &SessionDocument::cardAboutToBeRemoved, this, [this](const QString &id) {
            if (id == m_cardId)
                showCard(QString());
        });
        // The why-number depends on the whole chain: once per step.
        connect(doc, &SessionDocument::stepFinished, this, &CardInspectorPanel::refreshStep);
        connect(doc, &SessionDocument::readOnlyChanged, this, &CardInspectorPanel::refresh);
    }
    followSelection();
}

void CardInspectorPanel::followSelection()
{
    if (!m_scene) {
        showCard(QString());
        return;
    }
    const QStringList selected = m_scene->selectedCardIds();
    showCard(selected.size() == 1 ? selected.first() : QString());
    if (selected.size() > 1)
        m_empty->setText(tr("%n cards selected: select one to see its evidence.", nullptr, int(selected.size())));
}

void CardInspectorPanel::showCard(const QString &cardId)
{
    if (cardId != m_cardId) {
        m_cardId = cardId;
        m_textRun = m_evidenceRun = m_reasonRun = 0;
    }
    m_empty->setText(tr("Select a card to see its evidence."));
    refresh();
}

void CardInspectorPanel::refresh()
{
    const SessionDocument *doc = document();
    const Card *card = doc && !m_cardId.isEmpty() ? doc->session().card(m_cardId) : nullptr;
    m_empty->setVisible(!card);
    m_form->setVisible(card);
    if (!card)
        return;
    m_updating = true;
    const bool writable = !doc->isReadOnly();
    const bool why = card->kind == CardKind::Why;
    // Only what changed elsewhere is replaced, so the cursor stays where the user types.
    if (m_text->toPlainText() != card->text)
        m_text->setPlainText(card->text);
    if (m_evidence->toPlainText() != card->evidence)
        m_evidence->setPlainText(card->evidence);
    m_text->setReadOnly(!writable);
    m_evidence->setReadOnly(!writable);
    m_causeFields->setVisible(why);

    QStringList anchors;
    for (const QString &link : linksIn(card->evidence))
        anchors.append(QStringLiteral("<a href=\"%1\">%2</a>").arg(link.toHtmlEscaped(), link.toHtmlEscaped()));
    m_links->setText(anchors.join(QStringLiteral("<br>")));
    m_links->setVisible(!anchors.isEmpty());

    m_verified->setChecked(card->isVerified());
    m_verified->setEnabled(writable && !card->evidence.trimmed().isEmpty());
    m_noAction->setChecked(card->noActionAccepted);
    m_noAction->setEnabled(writable);
    if (m_noActionReason->text() != card->noActionReason)
        m_noActionReason->setText(card->noActionReason);
    m_noActionReason->setEnabled(writable && card->noActionAccepted);
    m_categoryFields->showCard(why ? document() : nullptr, card->id);
    m_updating = false;
    refreshStep();
}

void CardInspectorPanel::refreshStep()
{
    const SessionDocument *doc = document();
    const Card *card = doc && !m_cardId.isEmpty() ? doc->session().card(m_cardId) : nullptr;
    if (!card)
        return;
    const ChainDepth depth = ChainPaths::depthRanges(doc->session()).value(card->id);
    QString state;
    if (card->kind == CardKind::Why)
        state = card->isVerified() ? tr("verified")
                : card->evidence.trimmed().isEmpty() ? tr("no evidence")
                                                     : tr("evidence not verified");
    const QString step = Labels::chainStep(card->kind, depth.shortest, depth.longest);
    //: The inspector's heading: "Why 3 / 5 · verified".
    m_step->setText(state.isEmpty() ? step : tr("%1 · %2").arg(step, state));
}

QStringList CardInspectorPanel::linksIn(const QString &evidence)
{
    static const QRegularExpression url(QStringLiteral("\\b(?:https?|file)://[^\\s<>\"]+"),
                                        QRegularExpression::CaseInsensitiveOption);
    QStringList links;
    auto it = url.globalMatch(evidence);
    while (it.hasNext()) {
        QString link = it.next().captured(0);
        // A sentence's full stop or a closing bracket after a link is not part of it.
        while (!link.isEmpty() && QStringLiteral(".,;:!?)]}'").contains(link.back()))
            link.chop(1);
        if (!links.contains(link))
            links.append(link);
    }
    return links;
}

bool CardInspectorPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        if (watched == m_text)
            m_textRun = 0;
        else if (watched == m_evidence)
            m_evidenceRun = 0;
        else if (watched == m_noActionReason)
            m_reasonRun = 0;
    }
    return QWidget::eventFilter(watched, event);
}

void CardInspectorPanel::push(const std::function<void(Card &)> &change, int editRun)
{
    SessionDocument *doc = document();
    const Card *card = doc ? doc->session().card(m_cardId) : nullptr;
    if (!card || m_updating)
        return;
    Card edited = *card;
    change(edited);
    if (edited == *card)
        return;
    if (!doc->push(new EditCardCommand(doc, edited, editRun)))
        refresh(); // refused (read-only): show what is stored
}

void CardInspectorPanel::textEdited()
{
    if (m_updating)
        return;
    if (m_textRun == 0)
        m_textRun = EditCardCommand::newEditRun();
    const QString text = m_text->toPlainText();
    push([&](Card &c) { c.text = text; }, m_textRun);
}

void CardInspectorPanel::evidenceEdited()
{
    if (m_updating)
        return;
    if (m_evidenceRun == 0)
        m_evidenceRun = EditCardCommand::newEditRun();
    const QString evidence = m_evidence->toPlainText();
    push([&](Card &c) { c.evidence = evidence; }, m_evidenceRun);
}

void CardInspectorPanel::verifiedToggled(bool checked)
{
    push([&](Card &c) { c.verified = checked; }, 0);
}

void CardInspectorPanel::noActionToggled(bool checked)
{
    if (m_updating)
        return;
    push([&](Card &c) { c.noActionAccepted = checked; }, 0);
    // A decision without its reason is only half written down.
    if (checked && m_noActionReason->isEnabled() && m_noActionReason->text().trimmed().isEmpty())
        m_noActionReason->setFocus();
}

void CardInspectorPanel::noActionReasonEdited()
{
    if (m_updating)
        return;
    if (m_reasonRun == 0)
        m_reasonRun = EditCardCommand::newEditRun();
    const QString reason = m_noActionReason->text();
    push([&](Card &c) { c.noActionReason = reason; }, m_reasonRun);
}

} // namespace Whyboard
