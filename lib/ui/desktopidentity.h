// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Whyboard::DesktopIdentity {

// One reverse-DNS name for the desktop file, the icons, the AppStream metainfo, the window's
// Wayland app id and the single-instance socket: desktops match them by this string.
inline constexpr char id[] = "org.whyboard.Whyboard";
// The MIME type of a library file (packaging/org.whyboard.Whyboard.xml).
inline constexpr char libraryMimeType[] = "application/x-whyboard-library";

} // namespace Whyboard::DesktopIdentity
