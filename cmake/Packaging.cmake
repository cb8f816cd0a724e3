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
set(CPACK_PACKAGE_DESCRIPTION
    "Patch Diffusion Studio loads checkpoints of the original Patch Diffusion implementation\n"
    "(the guided-diffusion U-Net with a patching step in front) and samples them with a live\n"
    "step-by-step preview. The package holds patchdiff-studio (Qt 6), patchdiff (the command\n"
    "line: sample with the original flags, info, compare, bench, train) and four bundled\n"
    "64x64 emoji models.")
string(REPLACE ";" "" CPACK_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # patchdiff_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The Patch Diffusion Studio developers")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/patchdiffusion/patch-diffusion-studio")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
if(PATCHDIFF_BUILD_GUI)
  # Plugins Qt loads at run time (not seen by dpkg-shlibdeps): the SVG icon engine of the
  # window icon. The xcb, wayland and offscreen platforms come with libqt6gui6.
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
  # CJK fonts: the language menu and the Chinese and Japanese UIs are empty boxes without them.
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "hicolor-icon-theme, fonts-noto-cjk")
endif()

include(CPack)
