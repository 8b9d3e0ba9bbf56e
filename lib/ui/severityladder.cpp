#include "ui/severityladder.h"

namespace Whyboard {

QString SeverityLadder::name(int severity)
{
    switch (severity) {
    case 1: return tr("1 — Critical");
    case 2: return tr("2 — Major");
    case 3: return tr("3 — Moderate");
    case 4: return tr("4 — Minor");
    default: return tr("Not rated");
    }
}

QString SeverityLadder::description(int severity)
{
    switch (severity) {
    case 1:
        return tr("The site is down, or customer data is lost. The status page is the most visited page today.");
    case 2:
        return tr("A major feature is broken for many users, or the company account posted something "
                  "meant for a private one. Someone senior is already asking.");
    case 3:
        return tr("Degraded: slow pages, a failed nightly job, or every user got an e-mail that starts "
                  "\"Hello FName!\". Embarrassing, survivable.");
    case 4:
        return tr("Minor: a few users noticed, a workaround existed, and nobody had to cancel dinner.");
    default:
        return tr("How bad was it? Pick a level once the room agrees.");
    }
}

} // namespace Whyboard
