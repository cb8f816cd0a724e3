# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --build BUILD --target package` (`make package` in a Makefile build): a Debian
# package of what `cmake --install` lays out, under /usr. Runtime dependencies are the
# Debian library packages of the .so files the programs link (dpkg-shlibdeps), plus what
# Qt only loads at run time.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME patchdiff)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Patch Diffusion Studio developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "sample, inspect and train patch diffusion models")
# Lines within 80 columns (Debian policy 5.6.13; lintian: extended-description-line-too-long).
set(CPACK_PACKAGE_DESCRIPTION
    "Patch Diffusion Studio loads checkpoints of the original Patch Diffusion\n"
    "implementation (the guided-diffusion U-Net with a patching step in front)\n"
    "and samples them with a live step-by-step preview. The package holds\n"
    "patchdiff-studio (Qt 6), patchdiff (the command line: sample with the\n"
    "original flags, info, compare, bench, train) and four bundled 64x64 emoji\n"
    "models.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # patchdiff_<version>_<arch>.deb
# Policy wants "Name <address>"; the project has no address yet and invents none, so
# lintian's malformed-contact is overridden (packaging/debian/lintian-overrides).
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The Patch Diffusion Studio developers")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/patch-diffusion-studio/patch-diffusion-studio")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(PATCHDIFF_BUILD_GUI)
  # Plugins Qt loads at run time (not seen by dpkg-shlibdeps): the SVG icon engine of the
  # window icon. The xcb, wayland and offscreen platforms come with libqt6gui6.
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
  # CJK fonts: the language menu and the Chinese and Japanese UIs are empty boxes without them.
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "hicolor-icon-theme, fonts-noto-cjk")
endif()

include(CPack)
