// SPDX-License-Identifier: GPL-3.0-or-later
// The floor of the start-up measures: an empty QMainWindow program, built with the same flags
// as Whyboard, that says when it has first painted (as Whyboard does with
// WHYBOARD_QUIT_AFTER_FIRST_PAINT set) and quits.
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {

class FirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QTimer::singleShot(0, qApp, [] {
                std::fputs("painted\n", stdout);
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return false;
    }

private:
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QMainWindow window;
    application.installEventFilter(new FirstPaint(&window));
    window.resize(1280, 800);
    window.show();
    return application.exec();
}
