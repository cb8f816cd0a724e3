# SPDX-License-Identifier: GPL-3.0-or-later
# core/model: the network against the original's outputs, flags, loading, FLOP count.
patchdiff_add_test(test_unet_reference SOURCES model/test_unet_reference.cpp LABELS reference)
patchdiff_add_test(test_flags SOURCES model/test_flags.cpp LABELS unit)
patchdiff_add_test(test_flag_suggest SOURCES model/test_flag_suggest.cpp LABELS unit)
patchdiff_add_test(test_config_resolver SOURCES model/test_config_resolver.cpp LABELS unit)
patchdiff_add_test(test_bundled_models SOURCES model/test_bundled_models.cpp LABELS unit)
patchdiff_add_test(test_model_roundtrip SOURCES model/test_model_roundtrip.cpp LABELS unit)
patchdiff_add_test(test_flops SOURCES model/test_flops.cpp LABELS unit)
patchdiff_add_test(test_patching SOURCES model/test_patching.cpp LABELS unit)
patchdiff_add_test(test_attention_kernels SOURCES model/test_attention_kernels.cpp LABELS unit)
patchdiff_add_test(test_onednn_conv SOURCES model/test_onednn_conv.cpp LABELS unit)
