// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/gif_writer.h"

#include "core/error.h"
#include "core/io/atomic_file.h"

// Defined for this file alone by core/CMakeLists.txt when giflib was found (the desktop
// build requires it; a LibTorch-only GPU machine may lack it).
#ifdef PATCHDIFF_HAVE_GIFLIB
#include <gif_lib.h>

#include <memory>
#endif

namespace patchdiff::io {

#ifdef PATCHDIFF_HAVE_GIFLIB

namespace {

int append_bytes(GifFileType* gif, const GifByteType* data, int size) {
  static_cast<std::string*>(gif->UserData)->append(reinterpret_cast<const char*>(data), static_cast<size_t>(size));
  return size;
}

[[noreturn]] void fail(const std::string& what, int code) {
  const char* reason = GifErrorString(code);
  throw IoError(Message(PATCHDIFF_TR_NOOP("core", "GIF encoding failed: %1 (%2)"),
                        {what, reason ? std::string(reason) : std::string("giflib error")}));
}

struct MapDeleter {
  void operator()(ColorMapObject* map) const { GifFreeMapObject(map); }
};

}  // namespace

std::string encode_gif(const std::vector<GifFrame>& frames, bool loop) {
  if (frames.empty()) throw IoError(Message(PATCHDIFF_TR_NOOP("core", "GIF encoding: no frames to write"), {}));
  const int w = frames.front().width, h = frames.front().height;
  if (w <= 0 || h <= 0 || w > 65535 || h > 65535)
    throw IoError(Message(PATCHDIFF_TR_NOOP("core", "GIF encoding: frame size %1x%2 is not 1..65535"),
                          {std::to_string(w), std::to_string(h)}));
  for (size_t i = 0; i < frames.size(); ++i)
    if (frames[i].width != w || frames[i].height != h ||
        frames[i].rgb.size() != static_cast<size_t>(w) * static_cast<size_t>(h) * 3)
      throw IoError(Message(PATCHDIFF_TR_NOOP("core", "GIF encoding: frame %1 is not %2x%3 RGB like the first"),
                            {std::to_string(i), std::to_string(w), std::to_string(h)}));

  std::string out;
  int error = 0;
  GifFileType* gif = EGifOpen(&out, append_bytes, &error);
  if (!gif) fail("cannot start the stream", error);
  auto close = [&gif]() {
    int code = 0;
    const bool ok = EGifCloseFile(gif, &code) == GIF_OK;
    gif = nullptr;
    return ok ? 0 : code;
  };
  try {
    EGifSetGifVersion(gif, /*gif89=*/true);
    if (EGifPutScreenDesc(gif, w, h, /*ColorRes=*/8, /*BackGround=*/0, nullptr) == GIF_ERROR)
      fail("screen descriptor", gif->Error);
    if (loop) {  // NETSCAPE2.0 application extension: loop count 0 = forever
      static const char kApp[] = "NETSCAPE2.0";
      const GifByteType count[3] = {1, 0, 0};
      if (EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
          EGifPutExtensionBlock(gif, 11, kApp) == GIF_ERROR || EGifPutExtensionBlock(gif, 3, count) == GIF_ERROR ||
          EGifPutExtensionTrailer(gif) == GIF_ERROR)
        fail("loop extension", gif->Error);
    }
    const size_t pixels = static_cast<size_t>(w) * static_cast<size_t>(h);
    std::vector<GifByteType> red(pixels), green(pixels), blue(pixels), indices(pixels);
    for (const auto& frame : frames) {
      for (size_t p = 0; p < pixels; ++p) {
        red[p] = frame.rgb[3 * p];
        green[p] = frame.rgb[3 * p + 1];
        blue[p] = frame.rgb[3 * p + 2];
      }
      std::unique_ptr<ColorMapObject, MapDeleter> map(GifMakeMapObject(256, nullptr));
      if (!map) throw IoError(Message(PATCHDIFF_TR_NOOP("core", "GIF encoding: out of memory for a palette"), {}));
      int colors = 256;
      if (GifQuantizeBuffer(static_cast<unsigned>(w), static_cast<unsigned>(h), &colors, red.data(), green.data(),
                            blue.data(), indices.data(), map->Colors) == GIF_ERROR)
        throw IoError(Message(PATCHDIFF_TR_NOOP("core", "GIF encoding: colour quantization failed"), {}));
      GraphicsControlBlock gcb{};
      gcb.DisposalMode = DISPOSE_DO_NOT;
      gcb.UserInputFlag = false;
      gcb.DelayTime = frame.delay_cs;
      gcb.TransparentColor = NO_TRANSPARENT_COLOR;
      GifByteType extension[4];
      const size_t length = EGifGCBToExtension(&gcb, extension);
      if (EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, static_cast<int>(length), extension) == GIF_ERROR)
        fail("frame delay", gif->Error);
      if (EGifPutImageDesc(gif, 0, 0, w, h, /*Interlace=*/false, map.get()) == GIF_ERROR)
        fail("image descriptor", gif->Error);
      for (int y = 0; y < h; ++y)
        if (EGifPutLine(gif, indices.data() + static_cast<size_t>(y) * w, w) == GIF_ERROR)
          fail("pixel rows", gif->Error);
    }
  } catch (...) {
    if (gif) close();
    throw;
  }
  if (const int code = close()) fail("finishing the stream", code);
  return out;
}

#else

std::string encode_gif(const std::vector<GifFrame>&, bool) {
  throw IoError(Message(PATCHDIFF_TR_NOOP("core", "this build of patchdiff has no GIF encoder (it was built without "
                                                  "giflib, Debian package libgif-dev); export PNG frames or a "
                                                  "filmstrip instead"),
                        {}));
}

#endif

void write_gif(const std::string& path, const std::vector<GifFrame>& frames, bool loop) {
  write_file_atomic(path, encode_gif(frames, loop));
}

}  // namespace patchdiff::io
