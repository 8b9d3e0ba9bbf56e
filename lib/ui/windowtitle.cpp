// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/windowtitle.h"

#include "data/safetext.h"
#include "document/sessiondocument.h"
#include "storage/library.h"
#include "storage/librarylocation.h"
#include "ui/namemask.h"

namespace Whyboard {

QString WindowTitle::text(const Library *library, const SessionDocument *document, const NameMask &nameMask)
{
    QString title = tr("Whyboard");
    if (library)
        title = LibraryLocation::ofLibraryPath(library->path()).shortName() + QStringLiteral(" — ") + title;
    if (document)
        title = (document->session().title.isEmpty() ? tr("Untitled session")
                                                     : SafeText::isolated(nameMask.apply(document->session().title)))
                + QStringLiteral(" — ") + title;
    if (nameMask.isOn())
        title += QStringLiteral(" ") + tr("[names hidden]");
    if ((library && library->isReadOnly()) || (document && document->isReadOnly()))
        title += QStringLiteral(" ") + tr("[read-only]");
    return title;
}

} // namespace Whyboard
