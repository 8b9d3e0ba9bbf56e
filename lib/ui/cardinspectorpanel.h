// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/card.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QCheckBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Whyboard {

class BoardScene;
class CauseCategoryFields;
class MainWindow;
class SessionDocument;

// The selected card in full, for the facilitator at the keyboard: its why-number, its text,
// its evidence ("how do you know?") with the links in it clickable, whether the room checked
// the evidence, whether the room accepted that this cause needs no action (and why), and the
// cause's category and tags.
// Every change is an EditCardCommand; typing into a field merges into one undo step per
// editing run, the way typing on the card does.
class CardInspectorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CardInspectorPanel(QWidget *parent = nullptr);
    ~CardInspectorPanel() override;

    // Adds the panel's dock to the window, with View › Inspector and View › Inspect Card
    // (Ctrl+Shift+I: shows the dock in front, the cursor in the evidence); it follows the
    // window's current session and board selection.
    static QDockWidget *install(MainWindow *window);

    // The board whose selected card is shown; nullptr shows nothing.
    void setBoardScene(BoardScene *scene);
    QString cardId() const { return m_cardId; }
    // The cursor into the evidence (a cause) or the text (the problem).
    void focusFirstField();

    QLabel *stepLabel() const { return m_step; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QPlainTextEdit *evidenceEdit() const { return m_evidence; }
    QLabel *linksLabel() const { return m_links; }
    QCheckBox *verifiedBox() const { return m_verified; }
    QCheckBox *noActionBox() const { return m_noAction; }
    QLineEdit *noActionReasonEdit() const { return m_noActionReason; }
    CauseCategoryFields *categoryFields() const { return m_categoryFields; }

    // The links written in an evidence text (http, https, file), in order, each once.
    static QStringList linksIn(const QString &evidence);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followSelection();
    void showCard(const QString &cardId);
    void refresh();
    void refreshStep();
    void push(const std::function<void(Card &)> &change, int editRun);
    void textEdited();
    void evidenceEdited();
    void verifiedToggled(bool checked);
    void noActionToggled(bool checked);
    void noActionReasonEdited();
    SessionDocument *document() const;

    QPointer<BoardScene> m_scene;
    QString m_cardId;
    bool m_updating = false;
    int m_textRun = 0;
    int m_evidenceRun = 0;
    int m_reasonRun = 0;

    QLabel *m_empty;
    QWidget *m_form;
    QLabel *m_step;
    QPlainTextEdit *m_text;
    QWidget *m_causeFields;
    QPlainTextEdit *m_evidence;
    QLabel *m_links;
    QCheckBox *m_verified;
    QCheckBox *m_noAction;
    QLineEdit *m_noActionReason;
    CauseCategoryFields *m_categoryFields;
};

} // namespace Whyboard
