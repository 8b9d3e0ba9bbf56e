// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/enums.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Whyboard {

class BoardScene;
class SessionDocument;

// The read-back: a full-window overlay that walks every route from a root cause up to the
// problem, one "X, therefore Y" at a time, in large type. The room says whether each step
// holds (H) or not (N); the verdict is a command on the link, so the board flags it and
// undo takes it back. Right or Space: next; Left: back; Esc: leave.
class ReadBackView : public QWidget
{
    Q_OBJECT

public:
    struct Step
    {
        QString causeId;
        QString effectId;
        int path = 0;        // which route, from 0
        int indexInPath = 0; // which step of that route, from 0
        int pathLength = 0;  // steps in that route
    };

    explicit ReadBackView(QWidget *parent);

    void setDocument(SessionDocument *document);
    void setBoardScene(BoardScene *scene); // optional: shows the current step's cards

    QList<Step> steps() const { return m_steps; }
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);
    std::optional<Step> currentStep() const;
    ReadBackVerdict currentVerdict() const;
    // "The cache expired, therefore the page loaded slowly." for the current step.
    QString currentSentence() const;

public Q_SLOTS:
    // Covers the parent window and takes the keyboard.
    void open();
    void next();
    void back();
    void markHolds();
    void markDoesNotHold();
    // Participants' names read "Person A", ... (the projector's "hide names" view).
    void setNamesHidden(bool hidden);

Q_SIGNALS:
    void closed();
    void currentStepChanged(int index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void rebuildSteps();
    void showStep();
    void setVerdict(ReadBackVerdict verdict);
    QString cardText(const QString &cardId) const;
    void applyFonts();

    QPointer<SessionDocument> m_document;
    QPointer<BoardScene> m_scene;
    QList<Step> m_steps;
    int m_current = 0;
    bool m_namesHidden = false;
    QLabel *m_progress = nullptr;
    QLabel *m_cause = nullptr;
    QLabel *m_therefore = nullptr;
    QLabel *m_effect = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_keys = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_holds = nullptr;
    QPushButton *m_doesNotHold = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_close = nullptr;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Whyboard
